import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { LearningEventType } from '../learning/rules/learning-events.js';
import { requireEmployee } from '../shared/employees.js';
import { recordEvent } from '../shared/events.js';
import { bankLetter } from '../measurement/items.js';
import { recordItemResponse } from '../measurement/record-response.js';
import { reviewItemStatistics } from '../measurement/review-statistics.js';
import { updateEstimate, type Response } from '../measurement/rules/estimate.js';
import { agreeWithAnswers, verdictFor } from '../measurement/rules/verdict.js';
import { saveSittingEstimate, storedEstimates } from '../measurement/skill-estimates.js';
import { parseAnswer } from '../shared/options.js';
import type { OptionKey } from '../shared/types.js';
import { resultsView } from './get-results.js';
import { requireOpenSession } from './queries.js';
import { scoreBySkill } from './rules/scoring.js';
import { loadSitting, outcomeOf } from './sitting.js';
import type { ResultsView } from './views.js';

class AlreadyScored extends Error {}

/**
 * Submits the open assessment and scores it, once. `answers` (question id -> option) may carry
 * answers not yet recorded one by one; an answer already recorded stands. Every id must belong to
 * this session and every option must be A-D (or "I don't know"), or nothing is written.
 *
 * Scoring measures: per skill, the estimate the sitting started from, updated by every answer, gives
 * the verdict against the role's target (gap, on target, not sure yet) with its certainty, and becomes
 * the person's stored estimate. The original's score (correct / asked, an unanswered question counting
 * as wrong) is kept beside it; for the estimate, a question shown and left unanswered counts as
 * "I don't know".
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
  const incoming = new Map<number, { option: OptionKey | null; dontKnow: boolean }>();
  for (const [rawId, rawOption] of Object.entries(input.answers ?? {})) {
    const id = /^\d+$/.test(rawId) ? Number(rawId) : NaN;
    if (!byId.has(id)) {
      throw new SkillcheckError('QUESTION_NOT_IN_SESSION', `Question ${rawId.slice(0, 40)} does not belong to your current assessment.`, {
        questionId: rawId.slice(0, 40),
      });
    }
    incoming.set(id, parseAnswer(rawOption));
  }
  const sitting = await loadSitting(deps.db, session.id);
  /** bank questions answered with this submit: their statistics are looked at once it is written */
  const answeredItems: number[] = [];
  const stored = await storedEstimates(
    deps.db,
    input.employeeId,
    sitting.skills.map((skill) => skill.skillId),
  );

  try {
    await deps.db.$transaction(async (tx) => {
      const now = deps.now();
      const claimed = await tx.assessmentSession.updateMany({
        where: { id: session.id, status: 'IN_PROGRESS' },
        data: { status: 'COMPLETED', openSlot: null, completedAt: now },
      });
      if (claimed.count === 0) throw new AlreadyScored();

      const newAnswers = [...incoming].filter(([id]) => !byId.get(id)?.answer);
      const isCorrect = (id: number, answer: { option: OptionKey | null }) => answer.option !== null && answer.option === byId.get(id)?.correctOption;
      if (newAnswers.length > 0) {
        await tx.assessmentAnswer.createMany({
          data: newAnswers.map(([id, answer]) => ({
            questionId: id,
            sessionId: session.id,
            selectedOption: answer.option,
            dontKnow: answer.dontKnow,
            isCorrect: isCorrect(id, answer),
            answeredAt: now,
          })),
        });
      }
      const newById = new Map(newAnswers);
      const scores = scoreBySkill(
        questions.map((question) => ({
          skillId: question.skillId,
          correctOption: question.correctOption,
          selectedOption: question.answer?.selectedOption ?? newById.get(question.id)?.option ?? null,
        })),
      );
      for (const skill of sitting.skills) {
        // The skill's answers in question order, the ones sent with the submit included.
        const responses: Response[] = [];
        let dontKnow = 0;
        for (const question of sitting.questions.filter((row) => row.skillId === skill.skillId)) {
          const fresh = newById.get(question.id);
          // A question shown and left unanswered counts as "I don't know" (the original counted it as wrong).
          const answer = question.answer ?? (fresh ? { ...fresh, selectedOption: fresh.option, isCorrect: isCorrect(question.id, fresh) } : { dontKnow: true, isCorrect: false });
          const outcome = outcomeOf(answer);
          if (fresh && question.bankQuestionId !== null) {
            await recordItemResponse(tx, {
              bankQuestionId: question.bankQuestionId,
              employeeId: input.employeeId,
              skillId: skill.skillId,
              context: 'SITTING',
              outcome,
              bankOption: fresh.option ? bankLetter(question.bankOptions, fresh.option) : null,
              abilityBefore: updateEstimate(skill.prior, responses).mean,
              at: now,
            });
            answeredItems.push(question.bankQuestionId);
          }
          if (answer.dontKnow) dontKnow += 1;
          responses.push({ difficulty: question.itemDifficulty, outcome });
        }
        const estimate = updateEstimate(skill.prior, responses);
        const everMeasured = responses.length > 0 || (stored.get(skill.skillId)?.answers ?? 0) > 0;
        const judged = verdictFor(estimate, skill.targetLevel, deps.settings.skillCertainty);
        // No verdict rests on a self-rating alone: a skill never answered about stays "not sure yet".
        const right = responses.filter((response) => response.outcome === 'right').length;
        const verdict = judged.verdict !== null && !everMeasured ? 'NOT_SURE' : agreeWithAnswers(judged.verdict, { right, notRight: responses.length - right });
        const score = scores.get(skill.skillId) ?? { asked: 0, correct: 0, score: 0 };
        await tx.assessmentResult.create({
          data: {
            sessionId: session.id,
            employeeId: input.employeeId,
            skillId: skill.skillId,
            asked: score.asked,
            correct: score.correct,
            score: score.score,
            dontKnow,
            targetLevel: skill.targetLevel,
            mean: estimate.mean,
            sd: estimate.sd,
            verdict,
            certainty: judged.verdict === null ? null : judged.certainty,
            createdAt: now,
          },
        });
        await saveSittingEstimate(tx, {
          employeeId: input.employeeId,
          skillId: skill.skillId,
          estimate,
          answers: responses.length,
          at: now,
          // Check-ins keep measuring what the sitting left undecided.
          checkInDue: verdict === 'NOT_SURE' ? now : null,
        });
      }
      await recordEvent(tx, {
        employeeId: input.employeeId,
        type: LearningEventType.ASSESSMENT_SUBMITTED,
        sessionId: session.id,
        data: {
          answered: questions.filter((question) => question.answer || incoming.has(question.id)).length,
          adaptive: session.adaptive,
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
  for (const bankQuestionId of answeredItems) await reviewItemStatistics(deps, bankQuestionId);
  return resultsView(deps, session.id);
}
