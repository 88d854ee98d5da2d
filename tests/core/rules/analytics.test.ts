import { describe, expect, it } from 'vitest';
import { countLearningStatus, topSkillGaps } from '../../../src/core/admin/rules/analytics.js';

describe('analytics', () => {
  it('counts current path items by status, untouched ones as not started', () => {
    const items = [
      { employeeId: 1, contentId: 10 },
      { employeeId: 1, contentId: 11 },
      { employeeId: 2, contentId: 10 },
      { employeeId: 2, contentId: 12 },
    ];
    const progress = [
      { employeeId: 1, contentId: 10, status: 'DONE' as const },
      { employeeId: 2, contentId: 12, status: 'IN_PROGRESS' as const },
      // progress on an item no longer on a current path does not count
      { employeeId: 3, contentId: 10, status: 'DONE' as const },
    ];
    expect(countLearningStatus(items, progress)).toEqual({ NOT_STARTED: 2, IN_PROGRESS: 1, DONE: 1 });
    expect(countLearningStatus([], progress)).toEqual({ NOT_STARTED: 0, IN_PROGRESS: 0, DONE: 0 });
  });

  it('ranks skills by the people with a gap in them, once per person, ties by name, at most five', () => {
    const gaps = [
      { employeeId: 1, skill: 'SQL' },
      { employeeId: 1, skill: 'SQL' },
      { employeeId: 2, skill: 'Spark' },
      { employeeId: 3, skill: 'Spark' },
      { employeeId: 2, skill: 'Airflow' },
      ...['A', 'B', 'C', 'D'].map((skill) => ({ employeeId: 9, skill })),
    ];
    expect(topSkillGaps(gaps)).toEqual([
      { skill: 'Spark', count: 2 },
      { skill: 'A', count: 1 },
      { skill: 'Airflow', count: 1 },
      { skill: 'B', count: 1 },
      { skill: 'C', count: 1 },
    ]);
    expect(topSkillGaps(gaps, 1)).toEqual([{ skill: 'Spark', count: 2 }]);
  });
});
