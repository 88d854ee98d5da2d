import type { Tx } from '../ports/database.js';
import { calibratedDifficulty, type Outcome } from './rules/item-model.js';

/** A bank question's calibration: its difficulty on the ability scale and the answers it rests on. */
export interface ItemCalibration {
  difficultyLogit: number;
  answerCount: number;
}

/**
 * Logs one answer to a bank question and calibrates the question from it (inside the caller's
 * transaction): its counts, and its difficulty moved toward what the answer showed. The calibration
 * is a read-modify-write: with `known` (the question as the caller read it just before) it is a
 * compare-and-set on the answer count, and only when another answer landed in between is the question
 * read again. Two answers to the same question at the same instant on PostgreSQL may let one nudge
 * win, which an online estimate tolerates (the counts are exact). The calibration written, or null
 * when the question is gone.
 */
export async function recordItemResponse(
  tx: Tx,
  input: {
    bankQuestionId: number;
    employeeId: number;
    skillId: number;
    context: 'SITTING' | 'CHECKIN';
    outcome: Outcome;
    bankOption: string | null;
    abilityBefore: number;
    at: Date;
  },
  known?: ItemCalibration,
): Promise<ItemCalibration | null> {
  const counts = {
    answerCount: { increment: 1 },
    rightCount: { increment: input.outcome === 'right' ? 1 : 0 },
    dontKnowCount: { increment: input.outcome === 'dontKnow' ? 1 : 0 },
  };
  const calibrated = (item: ItemCalibration): ItemCalibration => ({
    difficultyLogit: calibratedDifficulty({ difficulty: item.difficultyLogit, answers: item.answerCount }, input.abilityBefore, input.outcome),
    answerCount: item.answerCount + 1,
  });
  const log = () =>
    tx.itemResponse.createMany({
      data: [
        {
          bankQuestionId: input.bankQuestionId,
          employeeId: input.employeeId,
          skillId: input.skillId,
          context: input.context,
          outcome: input.outcome,
          bankOption: input.bankOption,
          abilityBefore: input.abilityBefore,
          answeredAt: input.at,
        },
      ],
    });
  if (known) {
    // The common case in plain SQL (a click's hot path): a compare-and-set on the answer count, then the log.
    const next = calibrated(known);
    const swapped = await tx.$executeRaw`UPDATE "BankQuestion" SET "difficultyLogit" = ${next.difficultyLogit},
      "answerCount" = "answerCount" + 1, "rightCount" = "rightCount" + ${input.outcome === 'right' ? 1 : 0},
      "dontKnowCount" = "dontKnowCount" + ${input.outcome === 'dontKnow' ? 1 : 0}, "updatedAt" = ${new Date()}
      WHERE "id" = ${input.bankQuestionId} AND "answerCount" = ${known.answerCount}`;
    if (swapped === 1) {
      await tx.$executeRaw`INSERT INTO "ItemResponse" ("bankQuestionId", "employeeId", "skillId", "context", "outcome", "bankOption", "abilityBefore", "answeredAt")
        VALUES (${input.bankQuestionId}, ${input.employeeId}, ${input.skillId}, ${input.context}, ${input.outcome}, ${input.bankOption}, ${input.abilityBefore}, ${input.at})`;
      return next;
    }
  }
  const item = await tx.bankQuestion.findUnique({ where: { id: input.bankQuestionId }, select: { difficultyLogit: true, answerCount: true } });
  if (!item) return null;
  const next = calibrated(item);
  await tx.bankQuestion.update({ where: { id: input.bankQuestionId }, data: { difficultyLogit: next.difficultyLogit, ...counts }, select: { id: true } });
  await log();
  return next;
}
