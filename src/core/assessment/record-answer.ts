import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { LearningEventType } from '../learning/rules/learning-events.js';
import { bankLetter } from '../measurement/items.js';
import { recordItemResponse } from '../measurement/record-response.js';
import { reviewItemStatistics } from '../measurement/review-statistics.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import { assertId, requireEmployee } from '../shared/employees.js';
import { recordEvent } from '../shared/events.js';
import { parseAnswer } from '../shared/options.js';
import type { OptionKey } from '../shared/types.js';
import { currentQuestion } from './current-question.js';
import { loadSitting, outcomeOf } from './sitting.js';
import type { AnswerOutcome } from './views.js';

class SessionClosed extends Error {}

/**
 * Records one answer (one click in chat): an option, or "I don't know" (recorded as such, not as a
 * guess). Only for a question of the employee's own open session; idempotent: the unique key on the
 * question makes a second recording impossible, so retries, double clicks and two processes record
 * once, and the first answer stands. A bank question's answer is also logged for its calibration.
 */
export async function recordAnswer(
  deps: CoreDeps,
  input: { employeeId: number; questionId: number; option: string },
): Promise<AnswerOutcome> {
  const answer = parseAnswer(input.option);
  assertId(input.employeeId, 'employee id');
  assertId(input.questionId, 'question id');
  // Read narrowly: this runs on every click. The employee is looked up only when the question is not theirs.
  const question = await deps.db.assessmentQuestion.findUnique({
    where: { id: input.questionId },
    select: {
      id: true,
      sessionId: true,
      skillId: true,
      correctOption: true,
      bankKey: true,
      bankOptions: true,
      session: { select: { id: true, employeeId: true, status: true, attempt: true, adaptive: true } },
    },
  });
  if (!question || question.session.employeeId !== input.employeeId) {
    await requireEmployee(deps.db, input.employeeId);
    throw new SkillcheckError(question ? 'QUESTION_NOT_IN_SESSION' : 'QUESTION_NOT_FOUND');
  }

  const answerOf = async () => deps.db.assessmentAnswer.findUnique({ where: { questionId: question.id }, select: { selectedOption: true, dontKnow: true } });
  let recorded = false;
  let stored: { selectedOption: string | null; dontKnow: boolean } | null = null;
  let bankQuestionId: number | null = null;
  if (question.session.status !== 'IN_PROGRESS') {
    // A closed session takes no answers; a click on a question it already has is a harmless repeat.
    stored = await answerOf();
    if (!stored) throw new SkillcheckError('ASSESSMENT_CLOSED');
  } else {
    const before = await loadSitting(deps.db, question.sessionId);
    const abilityBefore = before.skills.find((skill) => skill.skillId === question.skillId)?.estimate.mean ?? 0;
    bankQuestionId = before.questions.find((row) => row.id === question.id)?.bankQuestionId ?? null;
    const isCorrect = answer.option !== null && answer.option === question.correctOption;
    try {
      await deps.db.$transaction(async (tx) => {
        const now = deps.now();
        // Touching the session only while it is open orders this write against a concurrent submit.
        const open = await tx.assessmentSession.updateMany({
          where: { id: question.sessionId, status: 'IN_PROGRESS' },
          data: { updatedAt: now },
        });
        if (open.count === 0) throw new SessionClosed();
        await tx.assessmentAnswer.create({
          data: {
            questionId: question.id,
            sessionId: question.sessionId,
            selectedOption: answer.option,
            dontKnow: answer.dontKnow,
            isCorrect,
            answeredAt: now,
          },
        });
        if (bankQuestionId !== null) {
          await recordItemResponse(tx, {
            bankQuestionId,
            employeeId: input.employeeId,
            skillId: question.skillId,
            context: 'SITTING',
            outcome: outcomeOf({ dontKnow: answer.dontKnow, isCorrect }),
            bankOption: answer.option ? bankLetter(question.bankOptions, answer.option) : null,
            abilityBefore,
            at: now,
          });
        }
        await recordEvent(tx, {
          employeeId: input.employeeId,
          type: LearningEventType.ANSWER_RECORDED,
          sessionId: question.sessionId,
          data: { questionId: question.id, skillId: question.skillId, ...(answer.dontKnow ? { dontKnow: true } : {}) },
          at: now,
        });
      });
      recorded = true;
      stored = { selectedOption: answer.option, dontKnow: answer.dontKnow };
    } catch (error) {
      // Answered already (a double click, a retry, the other process): the first answer stands. Closed
      // meanwhile: a repeat of an answered question is still harmless, a new answer is refused.
      if (!isUniqueViolation(error) && !(error instanceof SessionClosed)) throw error;
      stored = await answerOf();
      if (!stored) throw new SkillcheckError('ASSESSMENT_CLOSED');
    }
  }
  if (recorded && bankQuestionId !== null) await reviewItemStatistics(deps, bankQuestionId);

  const session = question.session;
  const now = await deps.db.assessmentSession.findUnique({ where: { id: session.id }, select: { status: true } });
  const next = now?.status === 'IN_PROGRESS' ? await currentQuestion(deps, session) : null;
  // A closed session is over when it was scored or every question it asked has an answer.
  const over =
    next === null &&
    (now?.status !== 'CANCELLED' || (await deps.db.assessmentQuestion.count({ where: { sessionId: session.id, answer: { is: null } } })) === 0);
  const [answeredCount, total] = await Promise.all([
    deps.db.assessmentAnswer.count({ where: { sessionId: session.id } }),
    next ? Promise.resolve(next.progress.atMost) : deps.db.assessmentQuestion.count({ where: { sessionId: session.id } }),
  ]);
  return {
    recorded,
    questionId: question.id,
    sessionId: question.sessionId,
    selectedOption: (stored.selectedOption as OptionKey | null) ?? null,
    dontKnow: stored.dontKnow,
    answeredCount,
    total,
    allAnswered: over,
    next,
  };
}
