import type { ProgressStatus } from '../../shared/types.js';

/** How many skills the analytics list as the top gaps. */
export const TOP_SKILL_GAPS = 5;

/** The items of everyone's current learning path by status: an item nobody has touched is NOT_STARTED. */
export function countLearningStatus(
  items: readonly { employeeId: number; contentId: number }[],
  progress: readonly { employeeId: number; contentId: number; status: ProgressStatus }[],
): Record<ProgressStatus, number> {
  const statusOf = new Map(progress.map((row) => [`${row.employeeId}:${row.contentId}`, row.status]));
  const counts: Record<ProgressStatus, number> = { NOT_STARTED: 0, IN_PROGRESS: 0, DONE: 0 };
  for (const item of items) counts[statusOf.get(`${item.employeeId}:${item.contentId}`) ?? 'NOT_STARTED'] += 1;
  return counts;
}

/**
 * The skills most people have a certain gap in, by their latest scored sitting (one count per person
 * and skill), most first, then by name; at most `limit`.
 */
export function topSkillGaps(gaps: readonly { employeeId: number; skill: string }[], limit = TOP_SKILL_GAPS): { skill: string; count: number }[] {
  const people = new Map<string, Set<number>>();
  for (const gap of gaps) people.set(gap.skill, (people.get(gap.skill) ?? new Set()).add(gap.employeeId));
  return [...people]
    .map(([skill, who]) => ({ skill, count: who.size }))
    .sort((a, b) => b.count - a.count || a.skill.localeCompare(b.skill))
    .slice(0, limit);
}
