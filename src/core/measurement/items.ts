import type { Db, Tx } from '../ports/database.js';
import { OPTION_KEYS, type OptionKey } from '../shared/types.js';
import { seededRandom, shuffled } from '../assessment/rules/seeded-random.js';
import { DIFFICULTY_PRIOR } from './rules/item-model.js';
import type { Difficulty } from '../shared/types.js';

/** A question's difficulty on the ability scale: calibrated when it has a bank row, else its label's prior. */
export const difficultyOf = (row: { difficultyLogit?: number | null; difficulty: Difficulty } | null | undefined, label: Difficulty): number =>
  row?.difficultyLogit ?? DIFFICULTY_PRIOR[row?.difficulty ?? label];

/**
 * What a person has already been asked, in sittings (by bank key) or check-ins (by bank question id), in one
 * statement: both are read on every click, and a key is matched to its question in memory by the caller.
 */
export async function seenItems(db: Db | Tx, employeeId: number): Promise<SeenItems> {
  const rows = await db.$queryRaw<Array<{ key: string | null; id: number | bigint | null }>>`
    SELECT q."bankKey" AS "key", CAST(NULL AS INTEGER) AS "id"
    FROM "AssessmentSession" s JOIN "AssessmentQuestion" q ON q."sessionId" = s."id"
    WHERE s."employeeId" = ${employeeId} AND q."bankKey" IS NOT NULL
    UNION
    SELECT NULL, c."bankQuestionId" FROM "CheckIn" c WHERE c."employeeId" = ${employeeId}`;
  const seen: SeenItems = { keys: new Set(), ids: new Set() };
  for (const row of rows) {
    if (row.key !== null) seen.keys.add(row.key);
    if (row.id !== null) seen.ids.add(Number(row.id));
  }
  return seen;
}

export interface SeenItems {
  /** bank keys asked in sittings */
  keys: Set<string>;
  /** bank question ids asked in check-ins */
  ids: Set<number>;
}

/** A bank question as the adaptive rule weighs it. */
export interface BankItemRow {
  id: number;
  key: string;
  skillId: number;
  status: string;
  difficulty: Difficulty;
  difficultyLogit: number;
}

/** A bank question as a click weighs, calibrates and reviews it. */
export type BankItem = BankItemRow & { answerCount: number; correctOption: string };

/** Usable questions (ACTIVE) of these skills that the person has not seen, per skill, from rows already read. */
export function unseenOf(rows: readonly BankItemRow[], seen: SeenItems, skillIds: readonly number[]) {
  const bySkill = new Map<number, { id: number; key: string; difficulty: number }[]>(skillIds.map((id) => [id, []]));
  for (const row of rows) {
    if (row.status !== 'ACTIVE' || seen.keys.has(row.key) || seen.ids.has(row.id)) continue;
    bySkill.get(row.skillId)?.push({ id: row.id, key: row.key, difficulty: difficultyOf(row, row.difficulty) });
  }
  return bySkill;
}

/** Usable questions (ACTIVE) of these skills that the person has not seen, per skill. */
export async function unseenItems(db: Db | Tx, employeeId: number, skillIds: readonly number[]) {
  const [seen, rows] = await Promise.all([
    seenItems(db, employeeId),
    db.bankQuestion.findMany({
      where: { skillId: { in: [...skillIds] }, status: 'ACTIVE' },
      select: { id: true, key: true, skillId: true, status: true, difficulty: true, difficultyLogit: true },
      orderBy: { id: 'asc' },
    }),
  ]);
  return unseenOf(rows, seen, skillIds);
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
