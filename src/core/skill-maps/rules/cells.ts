import type { Estimate } from '../../measurement/rules/estimate.js';
import { verdictFor } from '../../measurement/rules/verdict.js';
import type { SkillCategory } from '../../shared/types.js';
import type { SkillCell, SkillColumn, StateCounts } from '../views.js';

export interface ExpectedSkill {
  skillId: number;
  name: string;
  category: SkillCategory;
  targetLevel: number;
}

/**
 * One person's cell for one skill: NOT_EXPECTED when their role does not expect it, NOT_ASSESSED when
 * nothing is measured, otherwise the verdict of the current estimate against the target (the same
 * rule a sitting's results use), with the level range and the certainty.
 */
export function cellFor(skillId: number, expected: { targetLevel: number } | null, estimate: Estimate | null, required: number): SkillCell {
  if (!expected) return { skillId, state: 'NOT_EXPECTED', targetLevel: null, level: null, certainty: null };
  if (!estimate) return { skillId, state: 'NOT_ASSESSED', targetLevel: expected.targetLevel, level: null, certainty: null };
  const verdict = verdictFor(estimate, expected.targetLevel, required);
  return { skillId, state: verdict.verdict ?? 'NOT_SURE', targetLevel: expected.targetLevel, level: verdict.level, certainty: verdict.certainty };
}

/**
 * The columns of a skill map: every skill some role expects, once; core first (a skill core in any
 * role is core), then by name.
 */
export function skillColumns(expected: Iterable<Pick<ExpectedSkill, 'skillId' | 'name' | 'category'>>): SkillColumn[] {
  const byId = new Map<number, SkillColumn>();
  for (const skill of expected) {
    const known = byId.get(skill.skillId);
    if (!known) byId.set(skill.skillId, { skillId: skill.skillId, name: skill.name, category: skill.category });
    else if (skill.category === 'CORE') known.category = 'CORE';
  }
  return [...byId.values()].sort((a, b) => (a.category === 'CORE' ? 0 : 1) - (b.category === 'CORE' ? 0 : 1) || a.name.localeCompare(b.name) || a.skillId - b.skillId);
}

export const emptyCounts = (): StateCounts => ({ gap: 0, onTarget: 0, notSure: 0, notAssessed: 0 });

/** Adds one expected cell to a group's counts (a cell not expected counts nowhere). */
export function countCell(counts: StateCounts, state: SkillCell['state']): StateCounts {
  switch (state) {
    case 'GAP':
      return { ...counts, gap: counts.gap + 1 };
    case 'ON_TARGET':
      return { ...counts, onTarget: counts.onTarget + 1 };
    case 'NOT_SURE':
      return { ...counts, notSure: counts.notSure + 1 };
    case 'NOT_ASSESSED':
      return { ...counts, notAssessed: counts.notAssessed + 1 };
    case 'NOT_EXPECTED':
      return counts;
  }
}
