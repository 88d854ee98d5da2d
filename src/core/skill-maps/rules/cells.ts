import type { Estimate } from '../../measurement/rules/estimate.js';
import { agreeWithAnswers, verdictFor } from '../../measurement/rules/verdict.js';
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
 * nothing is measured, otherwise the verdict of the current estimate against the target with the same
 * rules a sitting's results use (nobody is a gap in a skill where every answer was right, nor on target
 * where none was), with the level range and the certainty.
 */
export function cellFor(
  skillId: number,
  expected: { targetLevel: number } | null,
  estimate: (Estimate & { right?: number; notRight?: number }) | null,
  required: number,
): SkillCell {
  if (!expected) return { skillId, state: 'NOT_EXPECTED', targetLevel: null, level: null, certainty: null };
  if (!estimate) return { skillId, state: 'NOT_ASSESSED', targetLevel: expected.targetLevel, level: null, certainty: null };
  const verdict = verdictFor(estimate, expected.targetLevel, required);
  const agreed = agreeWithAnswers(verdict.verdict, { right: estimate.right ?? 0, notRight: estimate.notRight ?? 0 });
  return { skillId, state: agreed ?? 'NOT_SURE', targetLevel: expected.targetLevel, level: verdict.level, certainty: verdict.certainty };
}

/** A group of people sharing the skills they are expected to have (the people of one role). */
export interface SkillGroup {
  /** the role's name: groups of the same size keep their skills together in this order */
  name: string;
  people: number;
  skills: Iterable<Pick<ExpectedSkill, 'skillId' | 'name' | 'category'>>;
}

interface RankedSkill {
  column: SkillColumn;
  /** how many people are expected to have it, over all groups */
  people: number;
  /** the rank of the largest group expecting it (groups by size, then name) */
  group: number;
}

/** Every skill some group expects, once, with how many people are expected to have it. A skill core in any group is core. */
function rankSkills(groups: readonly SkillGroup[]): RankedSkill[] {
  const ranked = [...groups].sort((a, b) => b.people - a.people || a.name.localeCompare(b.name));
  const found = new Map<number, RankedSkill>();
  ranked.forEach((group, rank) => {
    for (const skill of group.skills) {
      const known = found.get(skill.skillId);
      if (!known) found.set(skill.skillId, { column: { skillId: skill.skillId, name: skill.name, category: skill.category }, people: group.people, group: rank });
      else {
        known.people += group.people;
        if (skill.category === 'CORE') known.column.category = 'CORE';
      }
    }
  });
  return [...found.values()];
}

const coreFirst = (skill: RankedSkill) => (skill.column.category === 'CORE' ? 0 : 1);
const byPeople = (a: RankedSkill, b: RankedSkill) => b.people - a.people;
const byGroupThenName = (a: RankedSkill, b: RankedSkill) => a.group - b.group || a.column.name.localeCompare(b.column.name) || a.column.skillId - b.column.skillId;

/**
 * The columns of a team's skill map (and of one person's profile): the skills most of the people are
 * expected to have first, so that the team's common skills are never crowded out by one person's
 * specialism; among skills expected of as many people, core before nice-to-have, then one group's
 * skills together (the larger group first, then by role name), then by name.
 */
export function skillColumns(groups: readonly SkillGroup[]): SkillColumn[] {
  return rankSkills(groups)
    .sort((a, b) => byPeople(a, b) || coreFirst(a) - coreFirst(b) || byGroupThenName(a, b))
    .map((skill) => skill.column);
}

/**
 * The columns of the organisation map, where each row is a role: every role's core skills before any
 * nice-to-have one, so a smaller role's core is not pushed out of the picture by a larger role's
 * extras. Within core and within nice-to-have: the skills expected of the most people first, then one
 * role's skills together (the larger role first, then by name), then by name.
 */
export function roleColumns(groups: readonly SkillGroup[]): SkillColumn[] {
  return rankSkills(groups)
    .sort((a, b) => coreFirst(a) - coreFirst(b) || byPeople(a, b) || byGroupThenName(a, b))
    .map((skill) => skill.column);
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
