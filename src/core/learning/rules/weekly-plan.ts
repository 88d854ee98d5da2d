/** Where an item of the path stands against the weekly time budget. */
export type WeekPlan = 'DONE' | 'THIS_WEEK' | 'LATER';

/**
 * Fits the path into a week of learning (LEARNING_HOURS_PER_WEEK): the items not done, in path order,
 * go into this week while their minutes fit the budget, and the first of them always does (however
 * long it is, it is where to start); from the first one that does not fit, the rest is kept for later,
 * so the path's order (core first, easier first) is never broken. As items are done, later ones move up.
 */
export function planWeek(items: readonly { minutes: number; done: boolean }[], minutesPerWeek: number): WeekPlan[] {
  let used = 0;
  let full = false;
  let first = true;
  return items.map((item) => {
    if (item.done) return 'DONE';
    if (full) return 'LATER';
    if (first || used + item.minutes <= minutesPerWeek) {
      first = false;
      used += item.minutes;
      return 'THIS_WEEK';
    }
    full = true;
    return 'LATER';
  });
}
