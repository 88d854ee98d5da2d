import type { Db, Tx } from '../ports/database.js';
import { OPTION_KEYS, type OptionKey } from '../shared/types.js';
import { seededRandom, shuffled } from '../assessment/rules/seeded-random.js';
import { DIFFICULTY_PRIOR } from './rules/item-model.js';
import type { Difficulty } from '../shared/types.js';

/** A question's difficulty on the ability scale: calibrated when it has a bank row, else its label's prior. */
export const difficultyOf = (row: { difficultyLogit?: number | null; difficulty: Difficulty } | null | undefined, label: Difficulty): number =>
  row?.difficultyLogit ?? DIFFICULTY_PRIOR[row?.difficulty ?? label];

/** The bank questions a person has already been asked, in sittings or check-ins. */
export async function seenItemIds(db: Db | Tx, employeeId: number): Promise<Set<number>> {
  const [inSittings, inCheckIns] = await Promise.all([
    db.assessmentQuestion.findMany({ where: { session: { employeeId }, bankKey: { not: null } }, select: { bankKey: true }, distinct: ['bankKey'] }),
    db.checkIn.findMany({ where: { employeeId }, select: { bankQuestionId: true } }),
  ]);
  const keys = inSittings.map((row) => row.bankKey as string);
  const ids = keys.length
    ? (await db.bankQuestion.findMany({ where: { key: { in: keys } }, select: { id: true } })).map((row) => row.id)
    : [];
  return new Set([...ids, ...inCheckIns.map((row) => row.bankQuestionId)]);
}

/** Usable questions (ACTIVE) of these skills that the person has not seen, per skill. */
export async function unseenItems(db: Db | Tx, employeeId: number, skillIds: readonly number[]) {
  const [seen, rows] = await Promise.all([
    seenItemIds(db, employeeId),
    db.bankQuestion.findMany({
      where: { skillId: { in: [...skillIds] }, status: 'ACTIVE' },
      select: { id: true, key: true, skillId: true, difficulty: true, difficultyLogit: true },
      orderBy: { id: 'asc' },
    }),
  ]);
  const bySkill = new Map<number, { id: number; key: string; difficulty: number }[]>(skillIds.map((id) => [id, []]));
  for (const row of rows) {
    if (seen.has(row.id)) continue;
    bySkill.get(row.skillId)?.push({ id: row.id, key: row.key, difficulty: difficultyOf(row, row.difficulty) });
  }
  return bySkill;
}

/**
 * The order a question's options are shown in, as the bank's letters ("CADB": shown A is the bank's
 * C), shuffled per seed so the key's position tells nothing.
 */
export const optionOrder = (seed: string): string => shuffled(OPTION_KEYS, seededRandom(`options:${seed}`)).join('');

/** The bank letter behind a shown letter. */
export function bankLetter(order: string | null, shown: OptionKey): OptionKey {
  if (!order) return shown;
  return order[OPTION_KEYS.indexOf(shown)] as OptionKey;
}

/** The shown letter of a bank letter. */
export function shownLetter(order: string | null, bank: string): OptionKey {
  if (!order) return bank as OptionKey;
  return OPTION_KEYS[order.indexOf(bank)] as OptionKey;
}

/** A bank question's options in the shown order, keyed by shown letter. */
export function shownOptions(row: { optionA: string; optionB: string; optionC: string; optionD: string }, order: string): Record<OptionKey, string> {
  const byBank: Record<OptionKey, string> = { A: row.optionA, B: row.optionB, C: row.optionC, D: row.optionD };
  return Object.fromEntries(OPTION_KEYS.map((shown, index) => [shown, byBank[order[index] as OptionKey]])) as Record<OptionKey, string>;
}
