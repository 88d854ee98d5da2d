import { describe, expect, it } from 'vitest';
import { BATCH_SIZE, batchDifficulties, isShort, nearestLabel, neededDifficulty, skillToTopUp } from '../../../src/core/measurement/rules/bank-shortage.js';
import type { SittingLimits, SittingSkill } from '../../../src/core/measurement/rules/next-question.js';

const limits: SittingLimits = { certainty: 0.9, perSkill: 4, total: 20 };
const item = (id: number, difficulty: number) => ({ id, difficulty });
const skill = (overrides: Partial<SittingSkill> & { skillId: number }): SittingSkill => ({
  position: overrides.skillId,
  targetLevel: 3,
  estimate: { mean: 0, sd: 1 },
  asked: 0,
  candidates: [item(overrides.skillId * 10, 0)],
  ...overrides,
});

describe('neededDifficulty', () => {
  it('is the estimate where a written question can reach it, and the nearest end of the labels beyond', () => {
    expect(neededDifficulty(0.4)).toBe(0.4);
    expect(neededDifficulty(-0.9)).toBe(-0.9);
    expect(neededDifficulty(2.5)).toBe(1);
    expect(neededDifficulty(-3)).toBe(-1);
  });
});

describe('isShort', () => {
  it('is short with no unseen question at all', () => {
    expect(isShort([], 0)).toBe(true);
  });

  it('is not short with a question within 0.75 logit of the need, either side, the edge included', () => {
    expect(isShort([item(1, 0.75)], 0)).toBe(false);
    expect(isShort([item(1, -0.7)], 0)).toBe(false);
    expect(isShort([item(1, -1), item(2, 1.3)], 0.6)).toBe(false);
  });

  it('is short when every unseen question is further away', () => {
    expect(isShort([item(1, -1), item(2, 1)], 0)).toBe(true);
    expect(isShort([item(1, 0)], 0.8)).toBe(true);
  });

  it('measures from the reachable need: an ADVANCED question is near enough for someone far above it', () => {
    expect(isShort([item(1, 1)], 3)).toBe(false);
    expect(isShort([item(1, 0)], 3)).toBe(true);
    expect(isShort([item(1, -1)], -2.5)).toBe(false);
  });
});

describe('nearestLabel', () => {
  it('picks the label whose prior is nearest, the easier one on a tie', () => {
    expect(nearestLabel(-2)).toBe('BEGINNER');
    expect(nearestLabel(-0.4)).toBe('INTERMEDIATE');
    expect(nearestLabel(0.6)).toBe('ADVANCED');
    expect(nearestLabel(0.5)).toBe('INTERMEDIATE');
    expect(nearestLabel(-0.5)).toBe('BEGINNER');
  });
});

describe('batchDifficulties', () => {
  it('asks BATCH_SIZE questions by default', () => {
    expect(batchDifficulties(0)).toHaveLength(BATCH_SIZE);
  });

  it('in the middle: the nearest label most, then one at each neighbour, the nearer first', () => {
    expect(batchDifficulties(0.3)).toEqual(['INTERMEDIATE', 'INTERMEDIATE', 'ADVANCED', 'BEGINNER']);
    expect(batchDifficulties(-0.3)).toEqual(['INTERMEDIATE', 'INTERMEDIATE', 'BEGINNER', 'ADVANCED']);
  });

  it('at an end of the scale: the end label, and its one neighbour', () => {
    expect(batchDifficulties(1)).toEqual(['ADVANCED', 'ADVANCED', 'ADVANCED', 'INTERMEDIATE']);
    expect(batchDifficulties(-1, 3)).toEqual(['BEGINNER', 'BEGINNER', 'INTERMEDIATE']);
  });

  it('a small batch keeps the nearest label first', () => {
    expect(batchDifficulties(0.2, 1)).toEqual(['INTERMEDIATE']);
    expect(batchDifficulties(0.2, 2)).toEqual(['INTERMEDIATE', 'ADVANCED']);
    expect(batchDifficulties(0, 0)).toEqual([]);
  });
});

describe('skillToTopUp', () => {
  it('is null while the skill the rule asks next has a question near the need (the usual case)', () => {
    const skills = [skill({ skillId: 1 }), skill({ skillId: 2 })];
    expect(skillToTopUp(skills, 0, limits, new Set())).toBeNull();
  });

  it('names the skill the rule asks next when its questions are all far from the need', () => {
    const skills = [skill({ skillId: 1, candidates: [item(10, -1), item(11, 1.2)] }), skill({ skillId: 2 })];
    expect(skillToTopUp(skills, 0, limits, new Set())).toBe(1);
  });

  it('names an undecided skill with no questions left, which the rule itself would pass over', () => {
    const skills = [skill({ skillId: 1, candidates: [] }), skill({ skillId: 2 })];
    expect(skillToTopUp(skills, 0, limits, new Set())).toBe(1);
  });

  it('passes over a skill that had its batch: the next skill the rule would ask is looked at instead', () => {
    const skills = [skill({ skillId: 1, candidates: [] }), skill({ skillId: 2, candidates: [] }), skill({ skillId: 3 })];
    expect(skillToTopUp(skills, 0, limits, new Set([1]))).toBe(2);
    expect(skillToTopUp(skills, 0, limits, new Set([1, 2]))).toBeNull();
  });

  it('is null when the skill asked next had its batch, even if short: no second batch in a sitting', () => {
    const skills = [skill({ skillId: 1, candidates: [item(10, 2)] }), skill({ skillId: 2, candidates: [] })];
    expect(skillToTopUp(skills, 0, limits, new Set([1]))).toBeNull();
  });

  it('is null for a skill that is decided or at its cap, and when the sitting is at its cap', () => {
    const decided = skill({ skillId: 1, asked: 3, estimate: { mean: 2.5, sd: 0.3 }, candidates: [] });
    const capped = skill({ skillId: 2, asked: 4, candidates: [] });
    expect(skillToTopUp([decided, capped], 7, limits, new Set())).toBeNull();
    expect(skillToTopUp([skill({ skillId: 3, candidates: [] })], 20, limits, new Set())).toBeNull();
  });
});
