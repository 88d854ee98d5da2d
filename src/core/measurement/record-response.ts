import type { Tx } from '../ports/database.js';
import { calibratedDifficulty, type Outcome } from './rules/item-model.js';

/**
 * Logs one answer to a bank question and calibrates the question from it (inside the caller's
 * transaction): its counts, and its difficulty moved toward what the answer showed. The calibration
 * is a read-modify-write; two answers to the same question at the same instant may let one nudge win,
 * which an online estimate tolerates (the counts are exact).
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
): Promise<void> {
  const item = await tx.bankQuestion.findUnique({ where: { id: input.bankQuestionId }, select: { difficultyLogit: true, answerCount: true } });
  if (!item) return;
  await tx.itemResponse.create({
    data: {
      bankQuestionId: input.bankQuestionId,
      employeeId: input.employeeId,
      skillId: input.skillId,
      context: input.context,
      outcome: input.outcome,
      bankOption: input.bankOption,
      abilityBefore: input.abilityBefore,
      answeredAt: input.at,
    },
  });
  await tx.bankQuestion.update({
    where: { id: input.bankQuestionId },
    data: {
      difficultyLogit: calibratedDifficulty({ difficulty: item.difficultyLogit, answers: item.answerCount }, input.abilityBefore, input.outcome),
      answerCount: { increment: 1 },
      rightCount: { increment: input.outcome === 'right' ? 1 : 0 },
      dontKnowCount: { increment: input.outcome === 'dontKnow' ? 1 : 0 },
    },
  });
}
