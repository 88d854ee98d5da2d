import { interval, type Estimate } from './estimate.js';

/**
 * Levels 1 (aware) .. 5 (expert) on the logit scale, one logit a level: level L begins at L - 3, so
 * the population's middle (0) is where level 3 begins. A role's target level L is the cut L - 3: a
 * person is on target when their ability is at or above it. (Abilities are N(0, 1) in the population,
 * so target 3 is met by about half of people, target 4 by one in six, target 2 by five in six.)
 */
export const LEVEL_MIN = 1;
export const LEVEL_MAX = 5;

export const cutFor = (targetLevel: number): number => targetLevel - 3;

export const levelAt = (theta: number): number => Math.min(LEVEL_MAX, Math.max(LEVEL_MIN, Math.floor(theta + 3)));

/** The level range people read: the levels the middle 80% of the estimate falls on ("level 2-3"). */
export function levelRange(estimate: Estimate): { low: number; high: number } {
  const { low, high } = interval(estimate, 0.8);
  return { low: levelAt(low), high: levelAt(high) };
}

/** The self-rated level a difficulty label stands for, for questions written to a target. */
export const levelText = (range: { low: number; high: number }): string => (range.low === range.high ? `level ${range.low}` : `level ${range.low}-${range.high}`);
