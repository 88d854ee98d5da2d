import type { CoreDeps } from '../context.js';
import { LearningEventType } from '../domain/learning-events.js';
import type { OptionKey } from '../domain/types.js';
import { SkillcheckError } from '../errors.js';
import type { AnswerOutcome } from '../views/assessment-views.js';
import { questionView, sessionQuestions } from './shared/assessments.js';
import { isUniqueViolation } from './shared/db-errors.js';
import { assertId, requireEmployee } from './shared/employees.js';
import { recordEvent } from './shared/events.js';
import { parseOption } from './shared/options.js';

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
  await requireEmployee(deps.db, input.employeeId);
  assertId(input.questionId, 'question id');
  const question = await deps.db.assessmentQuestion.findUnique({
    where: { id: input.questionId },
    include: { session: { select: { id: true, employeeId: true, status: true } }, answer: true },
  });
  if (!question) throw new SkillcheckError('QUESTION_NOT_FOUND');
  if (question.session.employeeId !== input.employeeId) throw new SkillcheckError('QUESTION_NOT_IN_SESSION');

  let recorded = false;
  if (!question.answer) {
    if (question.session.status !== 'IN_PROGRESS') throw new SkillcheckError('ASSESSMENT_CLOSED');
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
    } catch (error) {
      if (error instanceof SessionClosed) throw new SkillcheckError('ASSESSMENT_CLOSED');
      if (!isUniqueViolation(error)) throw error;
    }
  }

  const questions = await sessionQuestions(deps.db, question.sessionId);
  const stored = questions.find((row) => row.id === question.id)?.answer?.selectedOption as OptionKey;
  const answeredCount = questions.filter((row) => row.answer).length;
  const next = questions.find((row) => !row.answer);
  return {
    recorded,
    questionId: question.id,
    sessionId: question.sessionId,
    selectedOption: stored,
    answeredCount,
    total: questions.length,
    allAnswered: !next,
    next: next ? questionView(next, questions.length) : null,
  };
}
