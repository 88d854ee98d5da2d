/** An organisation map never shows a group of fewer people than this: counts of a few would name them. */
export const MIN_GROUP_SIZE = 5;

/**
 * The groups an organisation map may show, and how many it must leave out: a group with people but
 * fewer than `min` of them is never shown, only counted; an empty group is neither.
 */
export function showableGroups<G extends { people: number }>(groups: readonly G[], min: number = MIN_GROUP_SIZE): { shown: G[]; hidden: number } {
  const shown = groups.filter((group) => group.people >= min);
  const hidden = groups.filter((group) => group.people > 0 && group.people < min).length;
  return { shown, hidden };
}
