import type { CoreDeps } from '../context.js';
import { qualityFlag, MIN_ANSWERS_FOR_REVIEW } from './rules/item-quality.js';
import type { Outcome } from './rules/item-model.js';

/** Statistics are looked at again every this many answers (and at the first trusted count). */
const REVIEW_EVERY = 5;

/**
 * After an answer: when a question has enough answers, checks its statistics and withholds it (into
 * the review queue, with the reason) when they look wrong. Cheap to call: it reads the responses only
 * every few answers. `known`: the question as the caller just wrote it, which spares reading it.
 */
export async function reviewItemStatistics(
  deps: CoreDeps,
  bankQuestionId: number,
  known?: { status: string; answerCount: number; correctOption: string },
): Promise<boolean> {
  const item = known ?? (await deps.db.bankQuestion.findUnique({ where: { id: bankQuestionId }, select: { status: true, answerCount: true, correctOption: true } }));
  if (!item || item.status !== 'ACTIVE' || item.answerCount < MIN_ANSWERS_FOR_REVIEW) return false;
  if ((item.answerCount - MIN_ANSWERS_FOR_REVIEW) % REVIEW_EVERY !== 0) return false;
  const responses = await deps.db.itemResponse.findMany({
    where: { bankQuestionId },
    select: { abilityBefore: true, outcome: true, bankOption: true },
  });
  const flag = qualityFlag(
    responses.map((row) => ({ abilityBefore: row.abilityBefore, outcome: row.outcome as Outcome, option: row.bankOption })),
    item.correctOption,
  );
  if (!flag) return false;
  const withheld = await deps.db.$transaction(async (tx) => {
    const changed = await tx.bankQuestion.updateMany({ where: { id: bankQuestionId, status: 'ACTIVE' }, data: { status: 'REVIEW', reviewReason: flag.reason } });
    if (changed.count === 0) return false;
    await tx.questionReport.create({ data: { bankQuestionId, employeeId: null, reason: `${flag.code}: ${flag.reason}`, createdAt: deps.now() } });
    return true;
  });
  if (withheld) deps.logger.warn({ bankQuestionId, flag: flag.code }, 'question withheld for review: its statistics look wrong');
  return withheld;
}
