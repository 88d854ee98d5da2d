import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { LearningEventType } from '../learning/rules/learning-events.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import { assertId, requireEmployee } from '../shared/employees.js';
import { recordEvent } from '../shared/events.js';
import { parseOption } from '../shared/options.js';
import type { OptionKey } from '../shared/types.js';
import { questionView, sessionProgress } from './queries.js';
import type { AnswerOutcome } from './views.js';

class SessionClosed extends Error {}

/**
 * Records one answer (one click in chat). Only for a question of the employee's own open session;
 * idempotent: the unique key on the question makes a second recording impossible, so retries,
 * double clicks and two processes record once, and the first answer stands.
 */
export async function recordAnswer(
  deps: CoreDeps,
  input: { employeeId: number; questionId: number; option: string },
): Promise<AnswerOutcome> {
  const option = parseOption(input.option);
  assertId(input.employeeId, 'employee id');
  assertId(input.questionId, 'question id');
  // Read narrowly: this runs on every click. The employee is looked up only when the question is not theirs.
  const question = await deps.db.assessmentQuestion.findUnique({
    where: { id: input.questionId },
    select: { id: true, sessionId: true, skillId: true, correctOption: true, session: { select: { employeeId: true, status: true } } },
  });
  if (!question || question.session.employeeId !== input.employeeId) {
    await requireEmployee(deps.db, input.employeeId);
    throw new SkillcheckError(question ? 'QUESTION_NOT_IN_SESSION' : 'QUESTION_NOT_FOUND');
  }

  const answerOf = async () => (await deps.db.assessmentAnswer.findUnique({ where: { questionId: question.id }, select: { selectedOption: true } }))?.selectedOption;
  let recorded = false;
  let stored: string | undefined;
  if (question.session.status !== 'IN_PROGRESS') {
    // A closed session takes no answers; a click on a question it already has is a harmless repeat.
    stored = await answerOf();
    if (!stored) throw new SkillcheckError('ASSESSMENT_CLOSED');
  } else {
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
            selectedOption: option,
            isCorrect: option === question.correctOption,
            answeredAt: now,
          },
        });
        await recordEvent(tx, {
          employeeId: input.employeeId,
          type: LearningEventType.ANSWER_RECORDED,
          sessionId: question.sessionId,
          data: { questionId: question.id, skillId: question.skillId },
          at: now,
        });
      });
      recorded = true;
      stored = option;
    } catch (error) {
      // Answered already (a double click, a retry, the other process): the first answer stands. Closed
      // meanwhile: a repeat of an answered question is still harmless, a new answer is refused.
      if (!isUniqueViolation(error) && !(error instanceof SessionClosed)) throw error;
      stored = await answerOf();
      if (!stored) throw new SkillcheckError('ASSESSMENT_CLOSED');
    }
  }

  const { next, total, answeredCount } = await sessionProgress(deps.db, question.sessionId);
  return {
    recorded,
    questionId: question.id,
    sessionId: question.sessionId,
    selectedOption: stored as OptionKey,
    answeredCount,
    total,
    allAnswered: !next,
    next: next ? questionView(next, total) : null,
  };
}
