import { describe, expect, it } from 'vitest';
import {
  MIN_SD,
  POPULATION,
  expectedInformation,
  interval,
  normalCdf,
  probabilityAtLeast,
  startingEstimate,
  updateEstimate,
  type Response,
} from '../../../src/core/measurement/rules/estimate.js';
import { qualityFlag, MIN_ANSWERS_FOR_REVIEW, type ItemAnswer } from '../../../src/core/measurement/rules/item-quality.js';
import { DIFFICULTY_PRIOR, GUESS, calibratedDifficulty, information, knows, likelihood, rightAnswer } from '../../../src/core/measurement/rules/item-model.js';
import { cutFor, levelAt, levelRange } from '../../../src/core/measurement/rules/levels.js';
import { chooseFixedSet, informationFor, nextQuestion, skillStop, type SittingSkill } from '../../../src/core/measurement/rules/next-question.js';
import { ANSWERS_TO_DECIDE_MAX, agreeWithAnswers, answersToDecide, verdictFor } from '../../../src/core/measurement/rules/verdict.js';

describe('the item model', () => {
  it('knows a question at its own difficulty half the time, and a guess is right a quarter of the time', () => {
    expect(knows(0.7, 0.7)).toBeCloseTo(0.5, 10);
    expect(rightAnswer(0.7, 0.7)).toBeCloseTo(GUESS + (1 - GUESS) * 0.5, 10);
    expect(rightAnswer(-10, 0)).toBeCloseTo(GUESS, 3);
    expect(rightAnswer(10, 0)).toBeCloseTo(1, 3);
  });

  it('reads "I don\'t know" as not knowing, like a wrong answer, and a right answer as knowing or a lucky guess', () => {
    for (const theta of [-2, 0, 1.5]) {
      expect(likelihood('dontKnow', theta, 0.3)).toBeCloseTo(likelihood('wrong', theta, 0.3), 12);
      expect(likelihood('right', theta, 0.3)).toBeCloseTo(rightAnswer(theta, 0.3), 12);
    }
  });

  it('starts difficulties from the labels, one logit apart', () => {
    expect(DIFFICULTY_PRIOR).toEqual({ BEGINNER: -1, INTERMEDIATE: 0, ADVANCED: 1 });
  });

  it('tells most about people near the question, little about people far from it', () => {
    const near = information(0.2, 0);
    expect(near).toBeGreaterThan(information(-2.5, 0));
    expect(near).toBeGreaterThan(information(3, 0));
  });

  it('calibrates online: a surprise right answer makes a question easier, a surprise miss harder, less so as answers accumulate', () => {
    const fresh = { difficulty: 0, answers: 0 };
    expect(calibratedDifficulty(fresh, -1, 'right')).toBeLessThan(0);
    expect(calibratedDifficulty(fresh, 1, 'wrong')).toBeGreaterThan(0);
    expect(calibratedDifficulty(fresh, 1, 'dontKnow')).toBe(calibratedDifficulty(fresh, 1, 'wrong'));
    const settled = { difficulty: 0, answers: 400 };
    expect(Math.abs(calibratedDifficulty(settled, -1, 'right'))).toBeLessThan(Math.abs(calibratedDifficulty(fresh, -1, 'right')));
    expect(calibratedDifficulty({ difficulty: 4, answers: 0 }, -4, 'wrong')).toBeLessThanOrEqual(4);
  });
});

describe('skill estimates', () => {
  const right = (difficulty: number): Response => ({ difficulty, outcome: 'right' });
  const wrong = (difficulty: number): Response => ({ difficulty, outcome: 'wrong' });

  it('is the prior until an answer arrives', () => {
    expect(updateEstimate({ mean: 0.4, sd: 0.8 }, [])).toEqual({ mean: 0.4, sd: 0.8 });
  });

  it('moves up and narrows with right answers, down with wrong ones', () => {
    const up = updateEstimate(POPULATION, [right(0), right(0.5)]);
    expect(up.mean).toBeGreaterThan(0.3);
    expect(up.sd).toBeLessThan(POPULATION.sd);
    const down = updateEstimate(POPULATION, [wrong(0), wrong(-0.5)]);
    expect(down.mean).toBeLessThan(-0.3);
  });

  it('trusts a wrong answer more than a right one: a right answer may be a lucky guess', () => {
    const afterRight = updateEstimate(POPULATION, [right(0)]);
    const afterWrong = updateEstimate(POPULATION, [wrong(0)]);
    expect(Math.abs(afterWrong.mean)).toBeGreaterThan(Math.abs(afterRight.mean));
  });

  it('does not depend on the order of the answers', () => {
    const a = updateEstimate(POPULATION, [right(-1), wrong(1), right(0)]);
    const b = updateEstimate(POPULATION, [wrong(1), right(0), right(-1)]);
    expect(a.mean).toBeCloseTo(b.mean, 10);
    expect(a.sd).toBeCloseTo(b.sd, 10);
  });

  it('never becomes narrower than the floor, however many answers agree', () => {
    const many = Array.from({ length: 200 }, () => right(0));
    expect(updateEstimate(POPULATION, many).sd).toBeGreaterThanOrEqual(MIN_SD);
  });

  it('starts from earlier results made less certain with age, else from the self-rating trusted half, else the population', () => {
    const now = new Date('2026-06-01T00:00:00Z');
    const fresh = startingEstimate({ earlier: { mean: 1.2, sd: 0.4, at: now } }, now);
    expect(fresh).toEqual({ mean: 1.2, sd: 0.4 });
    const yearOld = startingEstimate({ earlier: { mean: 1.2, sd: 0.4, at: new Date('2025-06-01T00:00:00Z') } }, now);
    expect(yearOld.mean).toBe(1.2);
    expect(yearOld.sd).toBeGreaterThan(0.8);
    expect(yearOld.sd).toBeLessThanOrEqual(POPULATION.sd);
    expect(startingEstimate({ selfRating: 5 }, now).mean).toBe(1);
    expect(startingEstimate({ selfRating: 1 }, now).mean).toBe(-1);
    expect(startingEstimate({ selfRating: 3 }, now).sd).toBeCloseTo(Math.sqrt(0.75), 10);
    expect(startingEstimate({}, now)).toEqual(POPULATION);
  });

  it('computes normal probabilities and intervals', () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.96)).toBeCloseTo(0.975, 3);
    expect(normalCdf(-1.2816)).toBeCloseTo(0.1, 3);
    expect(probabilityAtLeast({ mean: 0, sd: 1 }, 0)).toBeCloseTo(0.5, 7);
    expect(probabilityAtLeast({ mean: 1, sd: 0.5 }, 0)).toBeCloseTo(0.977, 3);
    const { low, high } = interval({ mean: 0.5, sd: 1 }, 0.8);
    expect(low).toBeCloseTo(0.5 - 1.2816, 3);
    expect(high).toBeCloseTo(0.5 + 1.2816, 3);
  });

  it('averages information over the estimate', () => {
    const sharp = expectedInformation({ mean: 0, sd: 0.01 }, (theta) => information(theta, 0));
    expect(sharp).toBeCloseTo(information(0, 0), 3);
    expect(expectedInformation({ mean: 0, sd: 2 }, (theta) => information(theta, 0))).toBeLessThan(sharp);
  });
});

describe('levels and verdicts', () => {
  it('puts target level L at the cut L - 3 and reads levels one logit wide', () => {
    expect([1, 2, 3, 4, 5].map(cutFor)).toEqual([-2, -1, 0, 1, 2]);
    expect(levelAt(0)).toBe(3);
    expect(levelAt(-0.01)).toBe(2);
    expect(levelAt(0.99)).toBe(3);
    expect(levelAt(1)).toBe(4);
    expect(levelAt(-9)).toBe(1);
    expect(levelAt(9)).toBe(5);
  });

  it('is on target exactly when the level reached is the target or more (level 1 is the floor of the scale)', () => {
    for (const theta of [-2.5, -1, -0.2, 0, 0.4, 1, 2.7]) for (const target of [2, 3, 4, 5]) expect(theta >= cutFor(target)).toBe(levelAt(theta) >= target);
  });

  it('gives a level range holding the middle 80% of the estimate', () => {
    expect(levelRange({ mean: 0.5, sd: 0.25 })).toEqual({ low: 3, high: 3 });
    expect(levelRange({ mean: 0, sd: 0.9 })).toEqual({ low: 1, high: 4 });
  });

  it('says gap or on target only when sure enough, and not sure yet otherwise', () => {
    expect(verdictFor({ mean: 1.5, sd: 0.4 }, 3, 0.9)).toMatchObject({ verdict: 'ON_TARGET' });
    expect(verdictFor({ mean: -1, sd: 0.4 }, 3, 0.9)).toMatchObject({ verdict: 'GAP' });
    const unsure = verdictFor({ mean: 0.2, sd: 0.8 }, 3, 0.9);
    expect(unsure.verdict).toBe('NOT_SURE');
    expect(unsure.certainty).toBeGreaterThan(0.5);
    expect(unsure.certainty).toBeLessThan(0.9);
    // The same estimate is a gap against a higher target.
    expect(verdictFor({ mean: 0.2, sd: 0.3 }, 4, 0.9).verdict).toBe('GAP');
  });

  it('never calls a gap where every answer was right, nor on target where none was', () => {
    expect(agreeWithAnswers('GAP', { right: 2, notRight: 0 })).toBe('NOT_SURE');
    expect(agreeWithAnswers('GAP', { right: 2, notRight: 1 })).toBe('GAP');
    expect(agreeWithAnswers('ON_TARGET', { right: 0, notRight: 3 })).toBe('NOT_SURE');
    expect(agreeWithAnswers('ON_TARGET', { right: 1, notRight: 3 })).toBe('ON_TARGET');
    expect(agreeWithAnswers('GAP', { right: 0, notRight: 0 })).toBe('GAP');
  });

  it('gives a skill without a target a level but no verdict', () => {
    expect(verdictFor({ mean: 0, sd: 0.5 }, null, 0.9)).toMatchObject({ verdict: null, probabilityOnTarget: null });
  });

  it('says roughly how many more answers decide a skill: more the nearer the cut, capped', () => {
    const far = answersToDecide({ mean: 1, sd: 0.8 }, 3, 0.9);
    const near = answersToDecide({ mean: 0.3, sd: 0.8 }, 3, 0.9);
    expect(far).toBeGreaterThanOrEqual(1);
    expect(near).toBeGreaterThan(far);
    expect(answersToDecide({ mean: 0, sd: 0.8 }, 3, 0.9)).toBeLessThanOrEqual(ANSWERS_TO_DECIDE_MAX);
  });
});

describe('the adaptive rule', () => {
  const limits = { certainty: 0.9, perSkill: 4, total: 20 };
  const items = (...difficulties: number[]) => difficulties.map((difficulty, index) => ({ id: 100 + index, difficulty }));
  const skill = (skillId: number, overrides: Partial<SittingSkill> = {}): SittingSkill => ({
    skillId,
    position: skillId,
    targetLevel: 3,
    estimate: { mean: 0, sd: 1 },
    asked: 0,
    candidates: items(-1, 0, 1),
    ...overrides,
  });
  const byId = (id: number) => id;

  it('asks every expected skill once before asking any twice, in plan order', () => {
    const step = nextQuestion([skill(1, { asked: 1, estimate: { mean: 0, sd: 0.9 } }), skill(2), skill(3)], 1, limits, byId);
    expect(step).toMatchObject({ kind: 'ask', skillId: 2 });
  });

  it('then asks where a verdict is nearest to being decided, not where it sits on the cut', () => {
    const step = nextQuestion(
      [skill(1, { asked: 1, estimate: { mean: 0.05, sd: 0.7 } }), skill(2, { asked: 1, estimate: { mean: -0.7, sd: 0.6 } }), skill(3, { asked: 1, estimate: { mean: 0.4, sd: 0.6 } })],
      3,
      limits,
      byId,
    );
    expect(step).toMatchObject({ kind: 'ask', skillId: 2 });
  });

  it('chooses the question that tells most where the verdict is decided: halfway between the estimate and the target', () => {
    const low = nextQuestion([skill(1, { estimate: { mean: -1.5, sd: 0.4 }, targetLevel: 2 })], 0, limits, byId);
    const high = nextQuestion([skill(1, { estimate: { mean: 2.5, sd: 0.4 }, targetLevel: 4 })], 0, limits, byId);
    expect(low).toMatchObject({ itemId: 100 });
    expect(high).toMatchObject({ itemId: 102 });
    expect(informationFor({ estimate: { mean: 2.5, sd: 0.4 }, targetLevel: 4 }, 1)).toBeCloseTo(information(1.75, 1), 10);
  });

  it('lets the tie-break choose among equally good questions, so people get different ones', () => {
    const twins = { candidates: items(0, 0, 0) };
    const first = nextQuestion([skill(1, twins)], 0, limits, (id) => id);
    const last = nextQuestion([skill(1, twins)], 0, limits, (id) => -id);
    expect(first).toMatchObject({ itemId: 100 });
    expect(last).toMatchObject({ itemId: 102 });
  });

  it('stops a skill when its verdict is certain, at its cap, or out of questions', () => {
    expect(skillStop(skill(1, { asked: 2, estimate: { mean: 2, sd: 0.3 } }), limits)).toBe('certain');
    expect(skillStop(skill(1, { asked: 4 }), limits)).toBe('capped');
    expect(skillStop(skill(1, { asked: 1, candidates: [] }), limits)).toBe('exhausted');
    expect(skillStop(skill(1, { asked: 1 }), limits)).toBeNull();
  });

  it('asks a skill at least once even when the self-rating alone looks certain', () => {
    expect(skillStop(skill(1, { asked: 0, targetLevel: 1, estimate: { mean: 1, sd: 0.5 } }), limits)).toBeNull();
  });

  it('asks a skill the role does not expect once, after the expected ones', () => {
    const extra = skill(9, { targetLevel: null });
    expect(nextQuestion([extra, skill(1)], 0, limits, byId)).toMatchObject({ skillId: 1 });
    expect(nextQuestion([extra, skill(1, { asked: 2, estimate: { mean: 2, sd: 0.3 } })], 2, limits, byId)).toMatchObject({ skillId: 9 });
    expect(skillStop({ ...extra, asked: 1 }, limits)).toBe('certain');
  });

  it('ends the sitting at its cap, or when no skill is open, saying why', () => {
    expect(nextQuestion([skill(1)], 20, limits, byId)).toEqual({ kind: 'done', reason: 'capped' });
    expect(nextQuestion([skill(1, { asked: 3, estimate: { mean: 2, sd: 0.3 } })], 3, limits, byId)).toEqual({ kind: 'done', reason: 'certain' });
    expect(nextQuestion([skill(1, { asked: 1, candidates: [] }), skill(2, { asked: 2, estimate: { mean: 2, sd: 0.3 } })], 3, limits, byId)).toEqual({
      kind: 'done',
      reason: 'exhausted',
    });
  });
});

describe('a set drawn at once', () => {
  const item = (id: number, difficulty: number) => ({ id, difficulty });
  const bank = [item(1, -1), item(2, -1), item(3, 0), item(4, 0), item(5, 1), item(6, 1)];

  it('spreads around where the verdict is decided: there first, then below, then above', () => {
    // prior 0, target 3 (cut 0): the centre is 0
    expect(chooseFixedSet({ estimate: { mean: 0, sd: 1 }, targetLevel: 3 }, bank, [], 3, (id) => id)).toEqual([3, 1, 5]);
  });

  it('moves with the target and the prior', () => {
    // prior 1, target 4 (cut 1): centre 1
    expect(chooseFixedSet({ estimate: { mean: 1, sd: 1 }, targetLevel: 4 }, bank, [], 1, (id) => id)).toEqual([5]);
  });

  it('takes seen questions only when the unseen run out, and never more than there are', () => {
    expect(chooseFixedSet({ estimate: { mean: 0, sd: 1 }, targetLevel: 3 }, [item(1, -1)], [item(9, 0)], 3, (id) => id)).toEqual([1, 9]);
  });
});

describe('question quality', () => {
  /** n people spread over abilities; `answer` decides what each does. */
  const people = (n: number, answer: (ability: number) => Pick<ItemAnswer, 'outcome' | 'option'>): ItemAnswer[] =>
    Array.from({ length: n }, (_, i) => {
      const ability = -2 + (4 * i) / (n - 1);
      return { abilityBefore: ability, ...answer(ability) };
    });

  it('waits for enough answers before judging', () => {
    const wrongKey = people(MIN_ANSWERS_FOR_REVIEW - 1, () => ({ outcome: 'wrong', option: 'B' }));
    expect(qualityFlag(wrongKey, 'A')).toBeNull();
  });

  it('passes a question that strong people get right more often than weak ones', () => {
    const good = people(40, (ability) => (ability > -0.5 ? { outcome: 'right', option: 'A' } : { outcome: 'wrong', option: ability > -1.2 ? 'B' : 'C' }));
    expect(qualityFlag(good, 'A')).toBeNull();
  });

  it('flags a wrong key: among the strong, one distractor beats the key', () => {
    // The truly right answer is B, but the bank says A.
    const wrongKey = people(40, (ability) => (ability > -0.5 ? { outcome: 'wrong', option: 'B' } : { outcome: ability > -1.2 ? 'right' : 'wrong', option: ability > -1.2 ? 'A' : 'C' }));
    expect(qualityFlag(wrongKey, 'A')).toMatchObject({ code: 'DISTRACTOR_BEATS_KEY' });
  });

  it('does not flag a difference that chance alone makes', () => {
    // 20 a half: the weaker half right 11 times, the stronger 9 (55% against 45%).
    const noisy = people(40, (ability) => {
      const i = Math.round(((ability + 2) / 4) * 39);
      const right = i < 20 ? i % 20 < 11 : i % 20 < 9;
      return right ? { outcome: 'right', option: 'A' } : { outcome: 'wrong', option: ['B', 'C', 'D'][i % 3]! };
    });
    expect(qualityFlag(noisy, 'A')).toBeNull();
  });

  it('flags a misleading question that strong people miss more often than weak ones', () => {
    const misleading = people(40, (ability) =>
      ability > 0 ? { outcome: ability > 1 ? 'dontKnow' : 'right', option: ability > 1 ? null : 'A' } : { outcome: 'right', option: 'A' },
    );
    expect(qualityFlag(misleading, 'A')).toMatchObject({ code: 'STRONG_MISS_MORE' });
  });
});
