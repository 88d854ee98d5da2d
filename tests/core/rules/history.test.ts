import { describe, expect, it } from 'vitest';
import { countVerdicts, storedVerdict } from '../../../src/core/history/rules/sitting-summary.js';
import { latestTrend, trendBetween, TREND_MIN_MOVE } from '../../../src/core/history/rules/trend.js';

describe('the trend of a skill between two sittings', () => {
  it('follows the estimate when it moved half a level or more, whatever the verdicts did', () => {
    expect(trendBetween({ verdict: 'GAP', mean: -1 }, { verdict: 'GAP', mean: -1 + TREND_MIN_MOVE })).toBe('BETTER');
    expect(trendBetween({ verdict: 'ON_TARGET', mean: 1.2 }, { verdict: 'ON_TARGET', mean: 0.6 })).toBe('WORSE');
    // More certain of a gap, but the estimate went up a level: better.
    expect(trendBetween({ verdict: 'NOT_SURE', mean: -1.5 }, { verdict: 'GAP', mean: -0.4 })).toBe('BETTER');
  });

  it('counts a small move only when the verdict moved the same way', () => {
    expect(trendBetween({ verdict: 'GAP', mean: -0.3 }, { verdict: 'NOT_SURE', mean: -0.1 })).toBe('BETTER');
    expect(trendBetween({ verdict: 'NOT_SURE', mean: 0.1 }, { verdict: 'ON_TARGET', mean: 0.3 })).toBe('BETTER');
    expect(trendBetween({ verdict: 'ON_TARGET', mean: 0.2 }, { verdict: 'NOT_SURE', mean: 0 })).toBe('WORSE');
    // Only more certain of the same level: the same.
    expect(trendBetween({ verdict: 'NOT_SURE', mean: -0.2 }, { verdict: 'GAP', mean: -0.1 })).toBe('SAME');
    expect(trendBetween({ verdict: 'NOT_SURE', mean: 0.2 }, { verdict: 'ON_TARGET', mean: 0.1 })).toBe('SAME');
    expect(trendBetween({ verdict: 'GAP', mean: -1 }, { verdict: 'GAP', mean: -0.8 })).toBe('SAME');
  });

  it('uses the verdicts alone for results scored before measurement, and the estimate alone for skills outside the role', () => {
    expect(trendBetween({ verdict: 'NOT_SURE', mean: null }, { verdict: 'ON_TARGET', mean: 0.4 })).toBe('BETTER');
    expect(trendBetween({ verdict: 'ON_TARGET', mean: null }, { verdict: 'GAP', mean: null })).toBe('WORSE');
    expect(trendBetween({ verdict: 'GAP', mean: null }, { verdict: 'GAP', mean: -2 })).toBe('SAME');
    expect(trendBetween({ verdict: null, mean: 0 }, { verdict: null, mean: 0.7 })).toBe('BETTER');
    expect(trendBetween({ verdict: null, mean: 0 }, { verdict: null, mean: 0.3 })).toBe('SAME');
  });

  it('compares the latest sitting with the one before it, and says nothing with one sitting', () => {
    expect(latestTrend([])).toBeNull();
    expect(latestTrend([{ verdict: 'GAP', mean: -1 }])).toBeNull();
    expect(latestTrend([{ verdict: 'GAP', mean: -2 }, { verdict: 'ON_TARGET', mean: 1 }, { verdict: 'ON_TARGET', mean: 0.9 }])).toBe('SAME');
    expect(latestTrend([{ verdict: 'ON_TARGET', mean: 1 }, { verdict: 'GAP', mean: -1 }])).toBe('WORSE');
  });
});

describe("a sitting's verdicts in counts", () => {
  it('reads stored verdicts, counts an expected skill scored before measurement as not sure, and a claimed skill nowhere', () => {
    expect(storedVerdict({ verdict: 'GAP', mean: -1 }, true)).toBe('GAP');
    expect(storedVerdict({ verdict: null, mean: null }, true)).toBe('NOT_SURE');
    expect(storedVerdict({ verdict: null, mean: 0.3 }, false)).toBeNull();
    expect(storedVerdict({ verdict: 'SOMETHING', mean: 0.3 }, false)).toBeNull();
    expect(countVerdicts(['GAP', 'GAP', 'ON_TARGET', 'NOT_SURE', null])).toEqual({ gaps: 2, onTarget: 1, notSure: 1 });
    expect(countVerdicts([])).toEqual({ gaps: 0, onTarget: 0, notSure: 0 });
  });
});
