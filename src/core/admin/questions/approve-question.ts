import type { AuditActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/record-audit.js';
import { resolveAuditActor, type EmployeeActor } from '../../audit/resolve-actor.js';
import type { CoreDeps } from '../../context.js';
import { SkillcheckError } from '../../errors.js';
import { bankQuestionInclude, bankQuestionView, questionSubject, requireBankQuestion } from './queries.js';
import type { BankQuestionView } from './views.js';

/**
 * An admin approves a withheld question: it is asked again (ACTIVE), its review reason cleared; its reports stay as
 * its history. The audit entry naming the admin is written in the same transaction; a refused approval writes neither.
 */
export async function approveBankQuestion(deps: CoreDeps, input: { key: string; auditActor: AuditActor | EmployeeActor }): Promise<BankQuestionView> {
  const row = await requireBankQuestion(deps.db, input.key);
  if (row.status === 'RETIRED') throw new SkillcheckError('QUESTION_RETIRED');
  const actor = await resolveAuditActor(deps.db, input.auditActor);
  const updated = await deps.db.$transaction(async (tx) => {
    const question = await tx.bankQuestion.update({ where: { id: row.id }, data: { status: 'ACTIVE', reviewReason: null }, include: bankQuestionInclude });
    await recordAudit(tx, { actor, action: 'question.change', subject: questionSubject(row.key), detail: { key: row.key, change: 'approve', from: row.status }, at: deps.now() });
    return question;
  });
  if (row.status !== 'ACTIVE') deps.logger.info({ key: row.key }, 'question approved: asked again');
  return bankQuestionView(updated);
}
