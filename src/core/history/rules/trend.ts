import type { Verdict } from '../../measurement/rules/verdict.js';

/** How a skill moved from one sitting to the next. */
export type Trend = 'BETTER' | 'WORSE' | 'SAME';

/** One sitting's measurement of a skill, as far as a trend needs it. */
export interface TrendPoint {
  /** null for a skill the role did not expect then */
  verdict: Verdict | null;
  /** the estimate's mean on the logit scale; null for results scored before measurement */
  mean: number | null;
}

/**
 * Half a level: a move of the estimate smaller than this is within what one sitting's few answers can
 * shift by chance, so it is "the same" unless the verdict moved with it.
 */
export const TREND_MIN_MOVE = 0.5;

const rank = (verdict: Verdict | null): number | null => (verdict === 'GAP' ? 0 : verdict === 'NOT_SURE' ? 1 : verdict === 'ON_TARGET' ? 2 : null);

/**
 * Better, worse or the same from `before` to `after`. The estimate decides when it moved by at least
 * half a level; a smaller move counts only when the verdict moved the same way (gap -> not sure yet ->
 * on target is better). A verdict that moved against the estimate (more certain of the same level)
 * is the same. Results scored before measurement have no estimate: their verdicts alone decide.
 */
export function trendBetween(before: TrendPoint, after: TrendPoint): Trend {
  const from = rank(before.verdict);
  const to = rank(after.verdict);
  const verdictMove = from === null || to === null ? 0 : Math.sign(to - from);
  if (before.mean === null || after.mean === null) return verdictMove > 0 ? 'BETTER' : verdictMove < 0 ? 'WORSE' : 'SAME';
  const move = after.mean - before.mean;
  if (move >= TREND_MIN_MOVE) return 'BETTER';
  if (move <= -TREND_MIN_MOVE) return 'WORSE';
  if (verdictMove > 0 && move > 0) return 'BETTER';
  if (verdictMove < 0 && move < 0) return 'WORSE';
  return 'SAME';
}

/** The trend of a skill over its sittings (oldest first): from the one before the latest to the latest; null with fewer than two. */
export function latestTrend(points: readonly TrendPoint[]): Trend | null {
  if (points.length < 2) return null;
  return trendBetween(points[points.length - 2]!, points[points.length - 1]!);
}
