import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { LearningEventType } from '../learning/rules/learning-events.js';
import { requireEmployee } from '../shared/employees.js';
import { recordEvent } from '../shared/events.js';
import { parseOption } from '../shared/options.js';
import type { OptionKey } from '../shared/types.js';
import { resultsView } from './get-results.js';
import { requireOpenSession } from './queries.js';
import { scoreBySkill } from './rules/scoring.js';
import type { ResultsView } from './views.js';

class AlreadyScored extends Error {}

/**
 * Submits the open assessment and scores it, once. `answers` (question id -> option) may carry
 * answers not yet recorded one by one; an answer already recorded stands. Every id must belong to
 * this session and every option must be A-D, or nothing is written. Unanswered questions count
 * as wrong.
 */
export async function submitAssessment(
  deps: CoreDeps,
  input: { employeeId: number; answers?: Record<string, unknown> },
): Promise<ResultsView> {
  await requireEmployee(deps.db, input.employeeId);
  const session = await requireOpenSession(deps.db, input.employeeId);
  if (session.status === 'STARTED') throw new SkillcheckError('QUESTIONS_NOT_READY');

  const questions = await deps.db.assessmentQuestion.findMany({
    where: { sessionId: session.id },
    include: { answer: true },
    orderBy: { position: 'asc' },
  });
  const byId = new Map(questions.map((question) => [question.id, question]));
  const incoming = new Map<number, OptionKey>();
  for (const [rawId, rawOption] of Object.entries(input.answers ?? {})) {
    const id = /^\d+$/.test(rawId) ? Number(rawId) : NaN;
    if (!byId.has(id)) {
      throw new SkillcheckError('QUESTION_NOT_IN_SESSION', `Question ${rawId.slice(0, 40)} does not belong to your current assessment.`, {
        questionId: rawId.slice(0, 40),
      });
    }
    incoming.set(id, parseOption(rawOption));
  }

  try {
    await deps.db.$transaction(async (tx) => {
      const now = deps.now();
      const claimed = await tx.assessmentSession.updateMany({
        where: { id: session.id, status: 'IN_PROGRESS' },
        data: { status: 'COMPLETED', openSlot: null, completedAt: now },
      });
      if (claimed.count === 0) throw new AlreadyScored();

      const newAnswers = [...incoming].filter(([id]) => !byId.get(id)?.answer);
      if (newAnswers.length > 0) {
        await tx.assessmentAnswer.createMany({
          data: newAnswers.map(([id, option]) => ({
            questionId: id,
            sessionId: session.id,
            selectedOption: option,
            isCorrect: option === byId.get(id)?.correctOption,
            answeredAt: now,
          })),
        });
      }
      const scores = scoreBySkill(
        questions.map((question) => ({
          skillId: question.skillId,
          correctOption: question.correctOption,
          selectedOption: question.answer?.selectedOption ?? incoming.get(question.id) ?? null,
        })),
      );
      await tx.assessmentResult.createMany({
        data: [...scores.values()].map((score) => ({
          sessionId: session.id,
          employeeId: input.employeeId,
          skillId: score.skillId,
          asked: score.asked,
          correct: score.correct,
          score: score.score,
          createdAt: now,
        })),
      });
      await recordEvent(tx, {
        employeeId: input.employeeId,
        type: LearningEventType.ASSESSMENT_SUBMITTED,
        sessionId: session.id,
        data: {
          answered: questions.filter((question) => question.answer || incoming.has(question.id)).length,
          total: questions.length,
          scores: Object.fromEntries([...scores.values()].map((score) => [score.skillId, score.score])),
        },
        at: now,
      });
    });
  } catch (error) {
    if (error instanceof AlreadyScored) throw new SkillcheckError('ASSESSMENT_ALREADY_SUBMITTED');
    throw error;
  }
  return resultsView(deps, session.id);
}
