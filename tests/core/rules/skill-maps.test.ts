import { describe, expect, it } from 'vitest';
import { cellFor, countCell, emptyCounts, roleColumns, skillColumns } from '../../../src/core/skill-maps/rules/cells.js';
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

  it('calls nobody a gap where every answer was right, nor on target where none was, as results do', () => {
    const low = { mean: cutFor(3) - 1, sd: 0.3 };
    const high = { mean: cutFor(3) + 1, sd: 0.3 };
    expect(cellFor(1, { targetLevel: 3 }, { ...low, right: 2, notRight: 0 }, REQUIRED).state).toBe('NOT_SURE');
    expect(cellFor(1, { targetLevel: 3 }, { ...low, right: 2, notRight: 1 }, REQUIRED).state).toBe('GAP');
    expect(cellFor(1, { targetLevel: 3 }, { ...high, right: 0, notRight: 3 }, REQUIRED).state).toBe('NOT_SURE');
    expect(cellFor(1, { targetLevel: 3 }, { ...high, right: 1, notRight: 3 }, REQUIRED).state).toBe('ON_TARGET');
    // The level range still says what was measured.
    expect(cellFor(1, { targetLevel: 3 }, { ...low, right: 2, notRight: 0 }, REQUIRED).level).toEqual({ low: 1, high: 2 });
  });

  it('decides with the certainty required: the same estimate is NOT_SURE when more certainty is asked', () => {
    const estimate = { mean: cutFor(3) + 0.5, sd: 0.4 }; // P(on target) ~ 0.894
    expect(cellFor(1, { targetLevel: 3 }, estimate, 0.85).state).toBe('ON_TARGET');
    expect(cellFor(1, { targetLevel: 3 }, estimate, 0.9).state).toBe('NOT_SURE');
  });
});

describe('skillColumns', () => {
  const skill = (skillId: number, name: string, category: 'CORE' | 'NICE_TO_HAVE' = 'CORE') => ({ skillId, name, category });
  const fullStack = [skill(1, 'JavaScript'), skill(2, 'TypeScript'), skill(3, 'SQL'), skill(4, 'Git', 'NICE_TO_HAVE'), skill(5, 'HTML & CSS', 'NICE_TO_HAVE')];
  const devOps = [skill(10, 'AWS'), skill(11, 'CI/CD'), skill(12, 'Docker'), skill(4, 'Git', 'NICE_TO_HAVE'), skill(13, 'Bash', 'NICE_TO_HAVE')];
  const names = (columns: Array<{ name: string }>) => columns.map((column) => column.name);

  it("puts the skills most of the team is expected to have first: five full-stack developers' core before one DevOps engineer's", () => {
    const columns = skillColumns([
      { name: 'Cloud / DevOps Engineer', people: 1, skills: devOps },
      { name: 'Full-stack Developer', people: 5, skills: fullStack },
    ]);
    // Git is expected of all six; then the full-stack skills (5 people), core first; then the DevOps ones (1 person).
    expect(names(columns)).toEqual(['Git', 'JavaScript', 'SQL', 'TypeScript', 'HTML & CSS', 'AWS', 'CI/CD', 'Docker', 'Bash']);
  });

  it("among skills expected of as many people: core first, one role's together (the larger role first, then by name), then by name", () => {
    const data = [skill(20, 'Python'), skill(21, 'Airflow', 'NICE_TO_HAVE'), skill(22, 'Spark')];
    const columns = skillColumns([
      { name: 'Full-stack Developer', people: 5, skills: fullStack.filter((entry) => entry.skillId !== 4) },
      { name: 'Data Engineer', people: 5, skills: data },
    ]);
    expect(names(columns)).toEqual(['Python', 'Spark', 'JavaScript', 'SQL', 'TypeScript', 'Airflow', 'HTML & CSS']);
  });

  it('counts a skill shared by roles once, with all their people, and as core when any role has it as core', () => {
    const columns = skillColumns([
      { name: 'Analyst', people: 3, skills: [skill(3, 'SQL', 'NICE_TO_HAVE'), skill(30, 'Excel')] },
      { name: 'Engineer', people: 4, skills: [skill(3, 'SQL'), skill(31, 'Python')] },
    ]);
    expect(columns).toEqual([
      { skillId: 3, name: 'SQL', category: 'CORE' },
      { skillId: 31, name: 'Python', category: 'CORE' },
      { skillId: 30, name: 'Excel', category: 'CORE' },
    ]);
  });

  it("is core first, then by name, for one person's role (the skill profile); no roles, no columns", () => {
    expect(names(skillColumns([{ name: 'Full-stack Developer', people: 1, skills: fullStack }]))).toEqual(['JavaScript', 'SQL', 'TypeScript', 'Git', 'HTML & CSS']);
    expect(skillColumns([])).toEqual([]);
  });
});

describe('roleColumns (the organisation map)', () => {
  const skill = (skillId: number, name: string, category: 'CORE' | 'NICE_TO_HAVE' = 'CORE') => ({ skillId, name, category });
  const fullStack = { name: 'Full-stack Developer', people: 6, skills: [skill(1, 'JavaScript'), skill(3, 'SQL'), skill(2, 'TypeScript'), skill(4, 'Git', 'NICE_TO_HAVE')] };
  const data = { name: 'Data Engineer', people: 5, skills: [skill(20, 'Python'), skill(3, 'SQL'), skill(21, 'Airflow', 'NICE_TO_HAVE'), skill(22, 'Spark')] };

  it("puts every role's core skills before any nice-to-have: a smaller role's core is not pushed out by a larger role's extras", () => {
    const columns = roleColumns([data, fullStack]);
    expect(columns.map((column) => column.name)).toEqual(['SQL', 'JavaScript', 'TypeScript', 'Python', 'Spark', 'Git', 'Airflow']);
    // The people-first order of a team would put the larger role's nice-to-have before the smaller role's core.
    expect(skillColumns([data, fullStack]).map((column) => column.name).indexOf('Git')).toBeLessThan(skillColumns([data, fullStack]).map((column) => column.name).indexOf('Python'));
  });

  it("keeps roles of the same size apart by name, each role's core together", () => {
    const columns = roleColumns([
      { ...fullStack, people: 5, skills: fullStack.skills.filter((entry) => entry.skillId !== 3) },
      { ...data, skills: data.skills.filter((entry) => entry.skillId !== 3) },
    ]);
    expect(columns.map((column) => column.name)).toEqual(['Python', 'Spark', 'JavaScript', 'TypeScript', 'Airflow', 'Git']);
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
