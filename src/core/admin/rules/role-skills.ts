import type { SkillCategory } from '../../shared/types.js';

/** A role's expected skill: core or nice to have, and the level the role expects (1 aware .. 5 expert). */
export interface ExpectedSkill {
  skill: string;
  category: SkillCategory;
  targetLevel: number;
}

export const TARGET_LEVELS = [1, 2, 3, 4, 5] as const;
export const isTargetLevel = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 5;

/** Why an edit of a role's expected skills is refused (the use cases turn these into error codes). */
export type RoleSkillProblem = 'TARGET_LEVEL_INVALID' | 'ROLE_SKILL_ALREADY_EXPECTED' | 'ROLE_SKILL_NOT_EXPECTED' | 'ROLE_NEEDS_A_SKILL';

export type RoleSkillEdit = { ok: true; next: ExpectedSkill[]; changed: boolean } | { ok: false; problem: RoleSkillProblem };

/** Adds a skill the role does not expect yet. */
export function addExpectedSkill(current: readonly ExpectedSkill[], entry: ExpectedSkill): RoleSkillEdit {
  if (!isTargetLevel(entry.targetLevel)) return { ok: false, problem: 'TARGET_LEVEL_INVALID' };
  if (current.some((existing) => existing.skill === entry.skill)) return { ok: false, problem: 'ROLE_SKILL_ALREADY_EXPECTED' };
  return { ok: true, next: [...current, { ...entry }], changed: true };
}

/** Changes an expected skill's category or target level; what is left out stays as it is. */
export function changeExpectedSkill(current: readonly ExpectedSkill[], skill: string, change: { category?: SkillCategory; targetLevel?: number }): RoleSkillEdit {
  if (change.targetLevel !== undefined && !isTargetLevel(change.targetLevel)) return { ok: false, problem: 'TARGET_LEVEL_INVALID' };
  const existing = current.find((entry) => entry.skill === skill);
  if (!existing) return { ok: false, problem: 'ROLE_SKILL_NOT_EXPECTED' };
  const updated = { ...existing, ...(change.category ? { category: change.category } : {}), ...(change.targetLevel !== undefined ? { targetLevel: change.targetLevel } : {}) };
  const changed = updated.category !== existing.category || updated.targetLevel !== existing.targetLevel;
  return { ok: true, next: current.map((entry) => (entry.skill === skill ? updated : { ...entry })), changed };
}

/**
 * Removes an expected skill. A role keeps at least one (the import requires it, so an export of the
 * organisation always imports back).
 */
export function removeExpectedSkill(current: readonly ExpectedSkill[], skill: string): RoleSkillEdit {
  if (!current.some((entry) => entry.skill === skill)) return { ok: false, problem: 'ROLE_SKILL_NOT_EXPECTED' };
  if (current.length === 1) return { ok: false, problem: 'ROLE_NEEDS_A_SKILL' };
  return { ok: true, next: current.filter((entry) => entry.skill !== skill).map((entry) => ({ ...entry })), changed: true };
}
