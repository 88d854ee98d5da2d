import type { CoreDeps } from '../context.js';
import { bankLetter, difficultyOf, shownLetter } from '../measurement/items.js';
import { recordItemResponse } from '../measurement/record-response.js';
import { reviewItemStatistics } from '../measurement/review-statistics.js';
import { POPULATION, updateEstimate } from '../measurement/rules/estimate.js';
import type { Outcome } from '../measurement/rules/item-model.js';
import type { Tx } from '../ports/database.js';
import { parseAnswer } from '../shared/options.js';
import { checkInView, requireCheckIn } from './check-in-view.js';
import { expectedSkills, skillsBeingLearnt } from './check-in-people.js';
import { nextDue, storedVerdict } from './rules/choose-check-in.js';
import { scheduleAfterAnswer } from './rules/schedule-card.js';
import type { CheckInView } from './views.js';

class AlreadyAnswered extends Error {}
class EstimateChanged extends Error {}

/** Attempts before two writers of one estimate give up on each other (each retry rereads it). */
const MAX_ATTEMPTS = 5;

/**
 * Answers a check-in: an option (as shown) or "I don't know". Once: a double press, a retry or the
 * other platform's copy of the card finds the first answer standing. In one transaction the answer is
 * recorded, logged for the question's calibration, and moves the skill's estimate (a write conditional
 * on the estimate's version, tried again when another answer changed it meanwhile); the skill's FSRS
 * card is reviewed (Good when right, Again when wrong or "I don't know") and gives the next due day,
 * unless the verdict is now decided: on target, or a gap the person is not learning. A gap of the
 * latest results that an answer moves over its target is closed by it, never by completing content.
 */
export async function answerCheckIn(
  deps: CoreDeps,
  input: { employeeId: number; checkInId: number; option: string; defaultTimezone: string },
): Promise<CheckInView> {
  const checkIn = await requireCheckIn(deps, input.employeeId, input.checkInId);
  const answer = parseAnswer(input.option);
  if (checkIn.answeredAt) return checkInView(deps, checkIn, { defaultTimezone: input.defaultTimezone, recorded: false });

  const isCorrect = answer.option !== null && answer.option === shownLetter(checkIn.optionOrder, checkIn.question.correctOption);
  const outcome: Outcome = answer.dontKnow ? 'dontKnow' : isCorrect ? 'right' : 'wrong';
  const difficulty = difficultyOf(checkIn.question, checkIn.question.difficulty);
  const targetLevel = (await expectedSkills(deps.db, input.employeeId)).find((skill) => skill.skillId === checkIn.skillId)?.targetLevel ?? null;
  const learning = (await skillsBeingLearnt(deps.db, input.employeeId)).has(checkIn.skillId);
  const certainty = deps.settings.skillCertainty;

  let gapClosed = false;
  for (let attempt = 1; ; attempt++) {
    try {
      gapClosed = await deps.db.$transaction(async (tx) => {
        const now = deps.now();
        const recorded = await tx.checkIn.updateMany({
          where: { id: checkIn.id, answeredAt: null },
          data: { answeredAt: now, selectedOption: answer.option, dontKnow: answer.dontKnow, isCorrect },
        });
        if (recorded.count === 0) throw new AlreadyAnswered();
        const stored = await tx.skillEstimate.findUnique({ where: { employeeId_skillId: { employeeId: input.employeeId, skillId: checkIn.skillId } } });
        const before = stored ? { mean: stored.mean, sd: stored.sd } : { ...POPULATION };
        await recordItemResponse(tx, {
          bankQuestionId: checkIn.bankQuestionId,
          employeeId: input.employeeId,
          skillId: checkIn.skillId,
          context: 'CHECKIN',
          outcome,
          bankOption: answer.option ? bankLetter(checkIn.optionOrder, answer.option) : null,
          abilityBefore: before.mean,
          at: now,
        });
        const after = updateEstimate(before, [{ difficulty, outcome }]);
        const answers = (stored?.answers ?? 0) + 1;
        const card = scheduleAfterAnswer(stored?.checkInCard ?? null, outcome, now);
        const verdict = targetLevel === null ? null : storedVerdict({ estimate: after, answers, targetLevel }, certainty);
        const due = verdict === null ? null : nextDue(verdict, learning, card.due, now);
        const data = { mean: after.mean, sd: after.sd, answers, measuredAt: now, checkInCard: card.card, checkInDue: due };
        if (stored) {
          const written = await tx.skillEstimate.updateMany({ where: { id: stored.id, version: stored.version }, data: { ...data, version: { increment: 1 } } });
          if (written.count === 0) throw new EstimateChanged();
        } else {
          await tx.skillEstimate.create({ data: { employeeId: input.employeeId, skillId: checkIn.skillId, ...data } });
        }
        const wasOnTarget = stored !== null && targetLevel !== null && storedVerdict({ estimate: before, answers: stored.answers, targetLevel }, certainty) === 'ON_TARGET';
        return verdict === 'ON_TARGET' && !wasOnTarget && (await latestVerdict(tx, input.employeeId, checkIn.skillId)) === 'GAP';
      });
      break;
    } catch (error) {
      if (error instanceof AlreadyAnswered) return checkInView(deps, await requireCheckIn(deps, input.employeeId, input.checkInId), { defaultTimezone: input.defaultTimezone, recorded: false });
      if (!(error instanceof EstimateChanged) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
  await reviewItemStatistics(deps, checkIn.bankQuestionId);
  const answered = await requireCheckIn(deps, input.employeeId, input.checkInId);
  return checkInView(deps, answered, { defaultTimezone: input.defaultTimezone, recorded: true, gapClosed });
}

/** The skill's verdict in the person's latest scored assessment: a gap there is what a check-in can close. */
async function latestVerdict(tx: Tx, employeeId: number, skillId: number): Promise<string | null> {
  const result = await tx.assessmentResult.findFirst({
    where: { employeeId, skillId, session: { status: 'COMPLETED' } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { verdict: true },
  });
  return result?.verdict ?? null;
}
