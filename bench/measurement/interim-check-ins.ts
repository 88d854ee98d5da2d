import { createHash } from 'node:crypto';
import type { CoreDeps } from '../../src/core/context.js';
import { bankLetter, optionOrder, shownLetter, unseenItems } from '../../src/core/measurement/items.js';
import { recordItemResponse } from '../../src/core/measurement/record-response.js';
import { reviewItemStatistics } from '../../src/core/measurement/review-statistics.js';
import { updateEstimate } from '../../src/core/measurement/rules/estimate.js';
import type { Outcome } from '../../src/core/measurement/rules/item-model.js';
import { nextQuestion } from '../../src/core/measurement/rules/next-question.js';
import { answersToDecide, verdictFor, type Verdict } from '../../src/core/measurement/rules/verdict.js';
import { parseAnswer } from '../../src/core/shared/options.js';
import type { OptionKey } from '../../src/core/shared/types.js';

/**
 * The check-in phase as the bench drives it: ask a person today's next check-in question, and record
 * their answer. Written against this small interface so that the check-in use cases of the core can
 * replace the interim implementation below when they exist.
 */
export interface CheckInPrompt {
  /** the CheckIn row */
  handle: number;
  employeeId: number;
  skillId: number;
  bankKey: string;
  /** the key, as the letter shown to the person */
  correctShown: OptionKey;
}

export interface CheckInPhase {
  /** what implements the phase, said in the bench's output */
  readonly source: string;
  /** The next check-in question for the person now (up to the day's allowance), or null when there is none. */
  askCheckIn(employeeId: number, now: Date): Promise<CheckInPrompt | null>;
  /** Records the answer: a shown letter or 'DONT_KNOW'. */
  answerCheckIn(prompt: CheckInPrompt, answer: string, now: Date): Promise<void>;
  /** The verdict of every expected skill, with its certainty, from the stored estimates. */
  verdicts(employeeId: number): Promise<Map<number, { verdict: Verdict; certainty: number }>>;
}

const dayKey = (at: Date) => at.toISOString().slice(0, 10);

/**
 * INTERIM check-ins, until the core has its check-in use cases: built only from the core's measurement
 * functions. Each call picks, among the person's expected skills whose stored estimate is not decided
 * yet, the one that needs the fewest answers to decide (answersToDecide) and still has unseen ACTIVE
 * questions, and asks its most informative unseen question (unseenItems + the adaptive rule), at most
 * CHECKIN_QUESTIONS_PER_DAY a day. The answer is written as a CheckIn row, logged and calibrated
 * (recordItemResponse, context CHECKIN), updates the SkillEstimate (updateEstimate, conditional on its
 * version), and the question's statistics are reviewed as after a sitting answer. It does not schedule
 * with ts-fsrs (every undecided skill is due every day) and sends no message.
 */
export function interimCheckIns(deps: CoreDeps): CheckInPhase {
  const targets = new Map<number, Map<number, number>>();
  const targetsOf = async (employeeId: number) => {
    const known = targets.get(employeeId);
    if (known) return known;
    const employee = await deps.db.employee.findUniqueOrThrow({ where: { id: employeeId }, select: { role: { select: { skills: { select: { skillId: true, targetLevel: true } } } } } });
    const map = new Map((employee.role?.skills ?? []).map((entry) => [entry.skillId, entry.targetLevel]));
    targets.set(employeeId, map);
    return map;
  };
  const certainty = deps.settings.skillCertainty;

  return {
    source:
      'INTERIM: the core has no check-in use case yet, so bench/measurement/interim-check-ins.ts asks and records check-ins with the core measurement functions (every undecided expected skill due every day, no FSRS schedule); it is to be replaced by the check-in use cases when present',

    async askCheckIn(employeeId, now) {
      const periodKey = dayKey(now);
      const today = await deps.db.checkIn.count({ where: { employeeId, periodKey } });
      if (today >= deps.settings.checkInQuestionsPerDay) return null;
      const expected = await targetsOf(employeeId);
      const estimates = await deps.db.skillEstimate.findMany({ where: { employeeId, skillId: { in: [...expected.keys()] } } });
      const open = estimates
        .map((row) => ({ row, targetLevel: expected.get(row.skillId)!, estimate: { mean: row.mean, sd: row.sd } }))
        .filter((entry) => entry.row.answers === 0 || verdictFor(entry.estimate, entry.targetLevel, certainty).verdict === 'NOT_SURE')
        .map((entry) => ({ ...entry, needs: answersToDecide(entry.estimate, entry.targetLevel, certainty) }))
        .sort((a, b) => a.needs - b.needs || a.row.skillId - b.row.skillId);
      if (open.length === 0) return null;
      const unseen = await unseenItems(
        deps.db,
        employeeId,
        open.map((entry) => entry.row.skillId),
      );
      const chosen = open.find((entry) => (unseen.get(entry.row.skillId) ?? []).length > 0);
      if (!chosen) return null;
      const step = nextQuestion(
        [{ skillId: chosen.row.skillId, position: 1, targetLevel: chosen.targetLevel, estimate: chosen.estimate, asked: 1, candidates: unseen.get(chosen.row.skillId)! }],
        0,
        { certainty, perSkill: Number.POSITIVE_INFINITY, total: Number.POSITIVE_INFINITY },
        (itemId) => createHash('sha256').update(`checkin:${employeeId}:${itemId}`).digest().readUInt32LE(0),
      );
      if (step.kind !== 'ask') return null;
      const item = await deps.db.bankQuestion.findUniqueOrThrow({ where: { id: step.itemId }, select: { id: true, key: true, correctOption: true } });
      const position = today + 1;
      const order = optionOrder(`checkin:${employeeId}:${periodKey}:${position}:${item.key}`);
      const row = await deps.db.checkIn.create({
        data: { employeeId, skillId: chosen.row.skillId, bankQuestionId: item.id, periodKey, position, optionOrder: order, sentAt: now },
        select: { id: true },
      });
      return { handle: row.id, employeeId, skillId: chosen.row.skillId, bankKey: item.key, correctShown: shownLetter(order, item.correctOption) };
    },

    async answerCheckIn(prompt, answer, now) {
      const parsed = parseAnswer(answer);
      const checkIn = await deps.db.checkIn.findUniqueOrThrow({ where: { id: prompt.handle }, include: { question: { select: { difficultyLogit: true } } } });
      const isCorrect = parsed.option !== null && parsed.option === prompt.correctShown;
      const outcome: Outcome = parsed.dontKnow ? 'dontKnow' : isCorrect ? 'right' : 'wrong';
      await deps.db.$transaction(async (tx) => {
        const stored = await tx.skillEstimate.findUniqueOrThrow({ where: { employeeId_skillId: { employeeId: prompt.employeeId, skillId: prompt.skillId } } });
        const before = { mean: stored.mean, sd: stored.sd };
        const after = updateEstimate(before, [{ difficulty: checkIn.question.difficultyLogit, outcome }]);
        await tx.checkIn.update({ where: { id: checkIn.id }, data: { answeredAt: now, selectedOption: parsed.option, dontKnow: parsed.dontKnow, isCorrect } });
        await recordItemResponse(tx, {
          bankQuestionId: checkIn.bankQuestionId,
          employeeId: prompt.employeeId,
          skillId: prompt.skillId,
          context: 'CHECKIN',
          outcome,
          bankOption: parsed.option ? bankLetter(checkIn.optionOrder, parsed.option) : null,
          abilityBefore: before.mean,
          at: now,
        });
        const written = await tx.skillEstimate.updateMany({
          where: { id: stored.id, version: stored.version },
          data: { mean: after.mean, sd: after.sd, answers: { increment: 1 }, measuredAt: now, version: { increment: 1 } },
        });
        if (written.count === 0) throw new Error('the skill estimate changed while a check-in answer was recorded');
      });
      await reviewItemStatistics(deps, checkIn.bankQuestionId);
    },

    async verdicts(employeeId) {
      const expected = await targetsOf(employeeId);
      const estimates = await deps.db.skillEstimate.findMany({ where: { employeeId, skillId: { in: [...expected.keys()] } } });
      // As after a sitting, no verdict rests on a self-rating alone.
      return new Map(
        estimates.map((row) => {
          const judged = verdictFor({ mean: row.mean, sd: row.sd }, expected.get(row.skillId)!, certainty);
          return [row.skillId, { verdict: row.answers === 0 ? 'NOT_SURE' : judged.verdict!, certainty: judged.certainty }];
        }),
      );
    },
  };
}
