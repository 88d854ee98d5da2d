import type { Verdict } from '../../measurement/rules/verdict.js';

export interface VerdictCounts {
  gaps: number;
  onTarget: number;
  notSure: number;
}

/**
 * A stored result's verdict: as recorded; a result of an expected skill scored before measurement
 * (no estimate, no verdict) counts as not sure yet, as its results view shows it; a skill the role
 * did not expect has none.
 */
export function storedVerdict(result: { verdict: string | null; mean: number | null }, expected: boolean): Verdict | null {
  if (result.verdict === 'GAP' || result.verdict === 'ON_TARGET' || result.verdict === 'NOT_SURE') return result.verdict;
  return expected && result.mean === null ? 'NOT_SURE' : null;
}

/** A sitting's expected skills by verdict. */
export function countVerdicts(verdicts: Iterable<Verdict | null>): VerdictCounts {
  const counts: VerdictCounts = { gaps: 0, onTarget: 0, notSure: 0 };
  for (const verdict of verdicts) {
    if (verdict === 'GAP') counts.gaps += 1;
    else if (verdict === 'ON_TARGET') counts.onTarget += 1;
    else if (verdict === 'NOT_SURE') counts.notSure += 1;
  }
  return counts;
}
