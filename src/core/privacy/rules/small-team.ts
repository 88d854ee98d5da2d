import type { ManagerView } from './manager-view.js';

/** A team smaller than this never shows a figure over the team that could single out someone who keeps their levels private. */
export const MIN_TEAM_FOR_AGGREGATES = 5;

/**
 * Whether a figure computed over a whole team may be shown to its manager, when the figure reflects
 * levels or scores (an average level or score, a team row of a heat map, a "most common gaps" ranking
 * whose gaps are picked by score). Such a figure is shown when nobody in the team chose VERDICTS, or
 * when the team has at least MIN_TEAM_FOR_AGGREGATES people; in a smaller team with anyone choosing
 * VERDICTS it is not shown at all. Counts of verdicts per person are no such figure: the manager sees
 * those person by person anyway. An empty team has no figure to show.
 */
export function teamAggregatesShown(team: readonly ManagerView[]): boolean {
  if (team.length === 0) return false;
  return team.length >= MIN_TEAM_FOR_AGGREGATES || team.every((view) => view === 'LEVELS');
}
