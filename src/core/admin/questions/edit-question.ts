import { questionProblem } from '../../assessment/rules/question-rules.js';
import type { AuditActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/record-audit.js';
import { resolveAuditActor, type EmployeeActor } from '../../audit/resolve-actor.js';
import type { CoreDeps } from '../../context.js';
import { SkillcheckError } from '../../errors.js';
import { DIFFICULTY_PRIOR } from '../../measurement/rules/item-model.js';
import type { OptionKey } from '../../shared/types.js';
import { applyQuestionEdit, type QuestionEdit } from '../rules/question-edit.js';
import { bankQuestionInclude, bankQuestionView, questionSubject, requireBankQuestion } from './queries.js';
import type { BankQuestionView } from './views.js';

/** Explanations longer than this are refused (a card shows them in full). */
export const EXPLANATION_MAX = 2000;

/**
 * An admin edits a bank question: its stem, options, answer, explanation or difficulty label, validated
 * as every question is. A changed stem, option or answer makes it another question: its statistics start
 * again (counts 0, difficulty back to its label's prior, its answer log deleted) and it goes back into
 * circulation. A changed explanation or label alone keeps its statistics and its status (a new label
 * moves the difficulty only while nobody has answered it). A retired question is not edited. The audit entry
 * naming the admin and the parts changed is written in the same transaction; a refused edit, or one that changes
 * nothing, writes neither.
 */
export async function editBankQuestion(deps: CoreDeps, input: { key: string; changes: QuestionEdit; auditActor: AuditActor | EmployeeActor }): Promise<BankQuestionView> {
  const row = await requireBankQuestion(deps.db, input.key);
  if (row.status === 'RETIRED') throw new SkillcheckError('QUESTION_RETIRED');
  const { next, contentChanged, labelChanged, changed } = applyQuestionEdit(row, input.changes ?? {});
  const problem =
    next.explanation.length > EXPLANATION_MAX
      ? 'explanation too long'
      : questionProblem(
          {
            skillId: row.skillId,
            difficulty: next.difficulty,
            stem: next.stem,
            options: { A: next.optionA, B: next.optionB, C: next.optionC, D: next.optionD },
            correctOption: next.correctOption as OptionKey,
            explanation: next.explanation,
          },
          new Set([row.skillId]),
        );
  if (problem) throw new SkillcheckError('QUESTION_INVALID', `That question would not be valid: ${problem}.`, { problem });
  if (changed.length === 0) return bankQuestionView(row);

  const actor = await resolveAuditActor(deps.db, input.auditActor);
  const updated = await deps.db.$transaction(async (tx) => {
    await recordAudit(tx, { actor, action: 'question.change', subject: questionSubject(row.key), detail: { key: row.key, change: 'edit', fields: changed, statisticsReset: contentChanged }, at: deps.now() });
    if (contentChanged) {
      await tx.itemResponse.deleteMany({ where: { bankQuestionId: row.id } });
      return tx.bankQuestion.update({
        where: { id: row.id },
        data: {
          ...next,
          difficultyLogit: DIFFICULTY_PRIOR[next.difficulty],
          answerCount: 0,
          rightCount: 0,
          dontKnowCount: 0,
          status: 'ACTIVE',
          reviewReason: null,
        },
        include: bankQuestionInclude,
      });
    }
    return tx.bankQuestion.update({
      where: { id: row.id },
      data: { ...next, ...(labelChanged && row.answerCount === 0 ? { difficultyLogit: DIFFICULTY_PRIOR[next.difficulty] } : {}) },
      include: bankQuestionInclude,
    });
  });
  deps.logger.info({ key: row.key, contentChanged }, contentChanged ? 'question edited: its statistics start again' : 'question edited');
  return bankQuestionView(updated);
}
