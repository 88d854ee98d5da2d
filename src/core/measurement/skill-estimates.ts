import type { Db, Tx } from '../ports/database.js';
import type { Estimate } from './rules/estimate.js';

/** The person's stored estimates, per skill. */
export async function storedEstimates(db: Db | Tx, employeeId: number, skillIds?: readonly number[]) {
  const rows = await db.skillEstimate.findMany({ where: { employeeId, ...(skillIds ? { skillId: { in: [...skillIds] } } : {}) } });
  return new Map(rows.map((row) => [row.skillId, row]));
}

export type StoredEstimate = NonNullable<Awaited<ReturnType<typeof storedEstimates>> extends Map<number, infer R> ? R : never>;

/**
 * Writes a skill's estimate after a sitting (inside its transaction): the sitting's final estimate
 * replaces the stored one, which it started from.
 */
export async function saveSittingEstimate(
  tx: Tx,
  input: { employeeId: number; skillId: number; estimate: Estimate; answers: number; at: Date; checkInDue: Date | null },
): Promise<void> {
  await tx.skillEstimate.upsert({
    where: { employeeId_skillId: { employeeId: input.employeeId, skillId: input.skillId } },
    create: {
      employeeId: input.employeeId,
      skillId: input.skillId,
      mean: input.estimate.mean,
      sd: input.estimate.sd,
      answers: input.answers,
      measuredAt: input.at,
      checkInDue: input.checkInDue,
    },
    update: {
      mean: input.estimate.mean,
      sd: input.estimate.sd,
      answers: { increment: input.answers },
      ...(input.answers > 0 ? { measuredAt: input.at } : {}),
      checkInDue: input.checkInDue,
      version: { increment: 1 },
    },
  });
}
