import { describe, expect, it } from 'vitest';
import { cellFor, countCell, emptyCounts, skillColumns } from '../../../src/core/skill-maps/rules/cells.js';
import { MIN_GROUP_SIZE, showableGroups } from '../../../src/core/skill-maps/rules/group-size.js';
import { cutFor } from '../../../src/core/measurement/rules/levels.js';

const REQUIRED = 0.9;

describe('cellFor', () => {
  it('is NOT_EXPECTED, with nothing else, for a skill the role does not expect (even when measured)', () => {
    expect(cellFor(7, null, { mean: 1, sd: 0.3 }, REQUIRED)).toEqual({ skillId: 7, state: 'NOT_EXPECTED', targetLevel: null, level: null, certainty: null });
  });

  it('is NOT_ASSESSED with the target but no level or certainty when nothing is measured', () => {
    expect(cellFor(7, { targetLevel: 4 }, null, REQUIRED)).toEqual({ skillId: 7, state: 'NOT_ASSESSED', targetLevel: 4, level: null, certainty: null });
  });

  it('is a GAP when the estimate is surely under the target, ON_TARGET when surely over, NOT_SURE at the cut', () => {
    const target = 3;
    const gap = cellFor(1, { targetLevel: target }, { mean: cutFor(target) - 1, sd: 0.3 }, REQUIRED);
    const on = cellFor(1, { targetLevel: target }, { mean: cutFor(target) + 1, sd: 0.3 }, REQUIRED);
    const unsure = cellFor(1, { targetLevel: target }, { mean: cutFor(target), sd: 0.5 }, REQUIRED);
    expect([gap.state, on.state, unsure.state]).toEqual(['GAP', 'ON_TARGET', 'NOT_SURE']);
    expect(gap.level).toEqual({ low: 1, high: 2 });
    expect(on.level).toEqual({ low: 3, high: 4 });
    expect(gap.certainty).toBeGreaterThan(0.99);
    expect(unsure.certainty).toBeCloseTo(0.5, 5);
    expect(gap.targetLevel).toBe(3);
  });

  it('decides with the certainty required: the same estimate is NOT_SURE when more certainty is asked', () => {
    const estimate = { mean: cutFor(3) + 0.5, sd: 0.4 }; // P(on target) ~ 0.894
    expect(cellFor(1, { targetLevel: 3 }, estimate, 0.85).state).toBe('ON_TARGET');
    expect(cellFor(1, { targetLevel: 3 }, estimate, 0.9).state).toBe('NOT_SURE');
  });
});

describe('skillColumns', () => {
  it('lists each skill once, core first, then by name, and a skill core in any role counts as core', () => {
    const columns = skillColumns([
      { skillId: 1, name: 'Python', category: 'NICE_TO_HAVE' },
      { skillId: 2, name: 'SQL', category: 'CORE' },
      { skillId: 3, name: 'Airflow', category: 'NICE_TO_HAVE' },
      { skillId: 4, name: 'dbt', category: 'NICE_TO_HAVE' },
      { skillId: 1, name: 'Python', category: 'CORE' },
      { skillId: 5, name: 'Excel', category: 'CORE' },
    ]);
    expect(columns.map((column) => `${column.name}:${column.category}`)).toEqual(['Excel:CORE', 'Python:CORE', 'SQL:CORE', 'Airflow:NICE_TO_HAVE', 'dbt:NICE_TO_HAVE']);
  });
});

describe('countCell', () => {
  it('counts each expected state in its own bucket and ignores skills not expected', () => {
    const counts = (['GAP', 'GAP', 'ON_TARGET', 'NOT_SURE', 'NOT_ASSESSED', 'NOT_EXPECTED'] as const).reduce(countCell, emptyCounts());
    expect(counts).toEqual({ gap: 2, onTarget: 1, notSure: 1, notAssessed: 1 });
  });
});

describe('showableGroups', () => {
  it('never shows a group of fewer than 5 people: it is only counted', () => {
    expect(MIN_GROUP_SIZE).toBe(5);
    const groups = [
      { name: 'four', people: 4 },
      { name: 'five', people: 5 },
      { name: 'one', people: 1 },
      { name: 'twelve', people: 12 },
    ];
    const { shown, hidden } = showableGroups(groups);
    expect(shown.map((group) => group.name)).toEqual(['five', 'twelve']);
    expect(hidden).toBe(2);
  });

  it('neither shows nor counts a group nobody is in', () => {
    expect(showableGroups([{ people: 0 }, { people: 6 }])).toEqual({ shown: [{ people: 6 }], hidden: 0 });
  });
});
