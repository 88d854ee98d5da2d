import { describe, expect, it } from 'vitest';
import { findGaps, type ResultForGap } from '../../../src/core/assessment/rules/gaps.js';
import {
  OPTION_MAX,
  STEM_MAX,
  minutesFor,
  questionProblem,
  spreadCorrectOptions,
} from '../../../src/core/assessment/rules/question-rules.js';
import { scoreBySkill, scorePercent, type ScoredQuestion } from '../../../src/core/assessment/rules/scoring.js';
import { seededRandom, shuffled } from '../../../src/core/assessment/rules/seeded-random.js';
import type { DraftQuestion } from '../../../src/core/ports/question-writer.js';
import { OPTION_KEYS, type OptionKey } from '../../../src/core/shared/types.js';

const draft = (overrides: Partial<DraftQuestion> = {}): DraftQuestion => ({
  skillId: 1,
  difficulty: 'BEGINNER',
  stem: 'Which HTTP status code means "Not Found"?',
  options: { A: '200', B: '404', C: '500', D: '302' },
  correctOption: 'B',
  explanation: '404 is Not Found.',
  ...overrides,
});

/** A draft with distinct option texts tagged by its index, the answer always at B. */
const numberedDraft = (index: number, correctOption: OptionKey = 'B'): DraftQuestion =>
  draft({
    stem: `Question ${index}`,
    options: { A: `a${index}`, B: `b${index}`, C: `c${index}`, D: `d${index}` },
    correctOption,
  });

const countByKey = (keys: OptionKey[]) => Object.fromEntries(OPTION_KEYS.map((key) => [key, keys.filter((k) => k === key).length]));

describe('scorePercent', () => {
  it('is 0 when nothing was asked (no division by zero)', () => {
    expect(scorePercent(0, 0)).toBe(0);
  });

  it('is 0 with nothing correct and 100 with everything correct', () => {
    expect(scorePercent(0, 3)).toBe(0);
    expect(scorePercent(3, 3)).toBe(100);
  });

  it('rounds to a whole percent', () => {
    expect(scorePercent(1, 3)).toBe(33);
    expect(scorePercent(2, 3)).toBe(67);
    expect(scorePercent(1, 8)).toBe(13); // 12.5 rounds up
    expect(scorePercent(1, 200)).toBe(1); // 0.5 rounds up
    expect(scorePercent(1, 201)).toBe(0); // 0.497... rounds down
  });
});

describe('scoreBySkill', () => {
  it('returns an empty map for no questions', () => {
    expect(scoreBySkill([]).size).toBe(0);
  });

  it('scores each skill as correct / asked x 100, rounded', () => {
    const questions: ScoredQuestion[] = [
      { skillId: 7, correctOption: 'A', selectedOption: 'A' },
      { skillId: 7, correctOption: 'B', selectedOption: 'C' },
      { skillId: 7, correctOption: 'D', selectedOption: 'D' },
      { skillId: 9, correctOption: 'C', selectedOption: 'C' },
      { skillId: 9, correctOption: 'C', selectedOption: 'C' },
    ];
    const scores = scoreBySkill(questions);
    expect(scores.get(7)).toEqual({ skillId: 7, asked: 3, correct: 2, score: 67 });
    expect(scores.get(9)).toEqual({ skillId: 9, asked: 2, correct: 2, score: 100 });
    expect(scores.size).toBe(2);
  });

  it('counts an unanswered question as asked and wrong', () => {
    const scores = scoreBySkill([
      { skillId: 1, correctOption: 'A', selectedOption: null },
      { skillId: 1, correctOption: 'B', selectedOption: 'B' },
    ]);
    expect(scores.get(1)).toEqual({ skillId: 1, asked: 2, correct: 1, score: 50 });
  });

  it('gives 0 to a skill whose questions were all left unanswered', () => {
    const scores = scoreBySkill([
      { skillId: 4, correctOption: 'A', selectedOption: null },
      { skillId: 4, correctOption: 'C', selectedOption: null },
    ]);
    expect(scores.get(4)).toEqual({ skillId: 4, asked: 2, correct: 0, score: 0 });
  });

  it('matches the selected key exactly (a lower-case key is not the answer)', () => {
    const scores = scoreBySkill([{ skillId: 1, correctOption: 'B', selectedOption: 'b' }]);
    expect(scores.get(1)?.correct).toBe(0);
  });

  it('lists skills in the order they are first asked', () => {
    const scores = scoreBySkill([
      { skillId: 30, correctOption: 'A', selectedOption: 'A' },
      { skillId: 10, correctOption: 'A', selectedOption: 'A' },
      { skillId: 30, correctOption: 'A', selectedOption: 'B' },
      { skillId: 20, correctOption: 'A', selectedOption: 'A' },
    ]);
    expect([...scores.keys()]).toEqual([30, 10, 20]);
  });
});

describe('findGaps', () => {
  const threshold = 70;
  /** A measured result: verdict against the target from the estimate. */
  const measured = (skillId: number, name: string, category: ResultForGap['category'], verdict: string | null, mean: number, targetLevel = 3): ResultForGap => ({
    skillId,
    name,
    category,
    score: 50,
    verdict,
    mean,
    targetLevel,
    certainty: 0.95,
  });
  /** A result scored before measurement existed: no verdict, no estimate. */
  const legacy = (skillId: number, name: string, category: ResultForGap['category'], score: number): ResultForGap => ({
    skillId,
    name,
    category,
    score,
    verdict: null,
    mean: null,
    targetLevel: 3,
    certainty: null,
  });

  it('returns nothing for no results', () => {
    expect(findGaps([], threshold)).toEqual([]);
  });

  it('names only certain gaps: a skill not sure yet is never a gap, however low its estimate', () => {
    const gaps = findGaps([measured(1, 'SQL', 'CORE', 'NOT_SURE', -2), measured(2, 'Docker', 'CORE', 'GAP', -0.5), measured(3, 'Git', 'CORE', 'ON_TARGET', 1)], threshold);
    expect(gaps.map((gap) => gap.name)).toEqual(['Docker']);
  });

  it('measures the shortfall from the estimate to the target, in tenths of a level', () => {
    // target 4 begins at +1; an estimate of -0.25 is 1.25 levels below it
    const [gap] = findGaps([measured(1, 'SQL', 'CORE', 'GAP', -0.25, 4)], threshold);
    expect(gap).toMatchObject({ skillId: 1, targetLevel: 4, shortfall: 13 });
  });

  it('never counts a claimed skill outside the role (category null), whatever its verdict', () => {
    const gaps = findGaps([measured(1, 'Rust', null, 'GAP', -3), measured(2, 'SQL', 'CORE', 'GAP', -1)], threshold);
    expect(gaps.map((gap) => gap.name)).toEqual(['SQL']);
  });

  it('orders core skills first, even when a nice-to-have gap is bigger', () => {
    const gaps = findGaps([measured(1, 'GraphQL', 'NICE_TO_HAVE', 'GAP', -3), measured(2, 'SQL', 'CORE', 'GAP', -0.5)], threshold);
    expect(gaps.map((gap) => gap.name)).toEqual(['SQL', 'GraphQL']);
  });

  it('orders by biggest gap first within a category, then by name on ties', () => {
    const gaps = findGaps(
      [
        measured(1, 'Kubernetes', 'NICE_TO_HAVE', 'GAP', -1),
        measured(2, 'TypeScript', 'CORE', 'GAP', -2),
        measured(3, 'AWS', 'NICE_TO_HAVE', 'GAP', -5),
        measured(4, 'SQL', 'CORE', 'GAP', -6),
        measured(5, 'Docker', 'CORE', 'GAP', -2),
        measured(6, 'Azure', 'NICE_TO_HAVE', 'GAP', -1),
      ],
      threshold,
    );
    expect(gaps.map((gap) => `${gap.category}:${gap.name}:${gap.shortfall}`)).toEqual([
      'CORE:SQL:60',
      'CORE:Docker:20',
      'CORE:TypeScript:20',
      'NICE_TO_HAVE:AWS:50',
      'NICE_TO_HAVE:Azure:10',
      'NICE_TO_HAVE:Kubernetes:10',
    ]);
  });

  it('keeps the original rule for results scored before measurement: under the threshold is a gap', () => {
    const gaps = findGaps([legacy(1, 'SQL', 'CORE', 70), legacy(2, 'Docker', 'CORE', 40)], threshold);
    expect(gaps.map((gap) => [gap.name, gap.shortfall])).toEqual([['Docker', 3]]);
  });

  it('does not reorder or change the results it is given', () => {
    const results = [measured(1, 'B', 'NICE_TO_HAVE', 'GAP', -1), measured(2, 'A', 'CORE', 'GAP', -1)];
    const copy = structuredClone(results);
    findGaps(results, threshold);
    expect(results).toEqual(copy);
  });
});

describe('questionProblem', () => {
  const known = new Set([1, 2]);

  it('accepts a well-formed question', () => {
    expect(questionProblem(draft(), known)).toBeNull();
  });

  it('accepts every difficulty and every correct key', () => {
    for (const difficulty of ['BEGINNER', 'INTERMEDIATE', 'ADVANCED'] as const) {
      expect(questionProblem(draft({ difficulty }), known)).toBeNull();
    }
    for (const correctOption of OPTION_KEYS) expect(questionProblem(draft({ correctOption }), known)).toBeNull();
  });

  it('rejects an unknown skill', () => {
    expect(questionProblem(draft({ skillId: 3 }), known)).toBe('unknown skill');
    expect(questionProblem(draft(), new Set())).toBe('unknown skill');
  });

  it('rejects an unknown difficulty (case matters)', () => {
    expect(questionProblem(draft({ difficulty: 'EXPERT' as DraftQuestion['difficulty'] }), known)).toBe('unknown difficulty');
    expect(questionProblem(draft({ difficulty: 'beginner' as DraftQuestion['difficulty'] }), known)).toBe('unknown difficulty');
  });

  it('rejects an empty, blank or missing stem', () => {
    expect(questionProblem(draft({ stem: '' }), known)).toBe('empty stem');
    expect(questionProblem(draft({ stem: '  \n\t ' }), known)).toBe('empty stem');
    expect(questionProblem(draft({ stem: undefined as unknown as string }), known)).toBe('empty stem');
  });

  it('accepts a stem of exactly STEM_MAX characters and rejects one longer', () => {
    expect(STEM_MAX).toBe(1000);
    expect(questionProblem(draft({ stem: 'x'.repeat(STEM_MAX) }), known)).toBeNull();
    expect(questionProblem(draft({ stem: 'x'.repeat(STEM_MAX + 1) }), known)).toBe('stem too long');
  });

  it('rejects missing options', () => {
    expect(questionProblem(draft({ options: null as unknown as DraftQuestion['options'] }), known)).toBe('no options');
    expect(questionProblem(draft({ options: 'A) 1 B) 2' as unknown as DraftQuestion['options'] }), known)).toBe('no options');
  });

  it('needs exactly the four keys A-D with text', () => {
    const expected = 'needs exactly options A-D';
    const three = { A: '1', B: '2', C: '3' } as unknown as DraftQuestion['options'];
    const five = { A: '1', B: '2', C: '3', D: '4', E: '5' } as unknown as DraftQuestion['options'];
    const wrongKey = { A: '1', B: '2', C: '3', E: '4' } as unknown as DraftQuestion['options'];
    const lowerCase = { a: '1', b: '2', c: '3', d: '4' } as unknown as DraftQuestion['options'];
    const notText = { A: '1', B: '2', C: '3', D: 4 } as unknown as DraftQuestion['options'];
    const array = ['1', '2', '3', '4'] as unknown as DraftQuestion['options'];
    for (const options of [three, five, wrongKey, lowerCase, notText, array]) {
      expect(questionProblem(draft({ options }), known)).toBe(expected);
    }
  });

  it('rejects an empty or blank option', () => {
    expect(questionProblem(draft({ options: { A: '200', B: '404', C: '', D: '302' } }), known)).toBe('empty option');
    expect(questionProblem(draft({ options: { A: '200', B: '404', C: '500', D: '   ' } }), known)).toBe('empty option');
  });

  it('accepts an option of exactly OPTION_MAX characters (after trimming) and rejects one longer', () => {
    expect(OPTION_MAX).toBe(300);
    const atMax = 'y'.repeat(OPTION_MAX);
    expect(questionProblem(draft({ options: { A: atMax, B: '404', C: '500', D: '302' } }), known)).toBeNull();
    expect(questionProblem(draft({ options: { A: `  ${atMax}  `, B: '404', C: '500', D: '302' } }), known)).toBeNull();
    expect(questionProblem(draft({ options: { A: `${atMax}y`, B: '404', C: '500', D: '302' } }), known)).toBe('option too long');
  });

  it('rejects options that are the same ignoring case and surrounding spaces', () => {
    expect(questionProblem(draft({ options: { A: 'Paris', B: 'London', C: 'Rome', D: 'Paris' } }), known)).toBe('options not distinct');
    expect(questionProblem(draft({ options: { A: 'Paris', B: 'London', C: 'Rome', D: ' paris ' } }), known)).toBe(
      'options not distinct',
    );
  });

  it('rejects a correct key that is not one of A-D', () => {
    for (const correctOption of ['E', 'b', '', null, 1]) {
      expect(questionProblem(draft({ correctOption: correctOption as unknown as OptionKey }), known)).toBe('correct key not among A-D');
    }
  });

  it('reports the first problem in the documented order when several apply', () => {
    const broken = draft({
      skillId: 99,
      difficulty: 'EXPERT' as DraftQuestion['difficulty'],
      stem: '',
      correctOption: 'E' as OptionKey,
    });
    expect(questionProblem(broken, known)).toBe('unknown skill');
    expect(questionProblem({ ...broken, skillId: 1 }, known)).toBe('unknown difficulty');
    expect(questionProblem({ ...broken, skillId: 1, difficulty: 'BEGINNER' }, known)).toBe('empty stem');
    expect(questionProblem({ ...broken, skillId: 1, difficulty: 'BEGINNER', stem: 'Q?' }, known)).toBe('correct key not among A-D');
  });
});

describe('spreadCorrectOptions', () => {
  it('returns nothing for no drafts', () => {
    expect(spreadCorrectOptions([], 'session:1')).toEqual([]);
  });

  it('is deterministic per seed', () => {
    const drafts = Array.from({ length: 12 }, (_, index) => numberedDraft(index));
    const first = spreadCorrectOptions(drafts, 'session:42');
    const second = spreadCorrectOptions(drafts, 'session:42');
    expect(second).toEqual(first);
  });

  it('arranges differently for different seeds', () => {
    const drafts = Array.from({ length: 8 }, (_, index) => numberedDraft(index));
    const arrangements = new Set(
      Array.from({ length: 10 }, (_, seed) =>
        spreadCorrectOptions(drafts, `session:${seed}`)
          .map((question) => question.correctOption)
          .join(''),
      ),
    );
    expect(arrangements.size).toBeGreaterThan(1);
  });

  it('spreads the answers of 4n questions exactly evenly over A-D, even when the generator always says B', () => {
    for (const seed of ['session:1', 'session:2', 'session:3', 'another seed']) {
      const drafts = Array.from({ length: 12 }, (_, index) => numberedDraft(index, 'B'));
      const keys = spreadCorrectOptions(drafts, seed).map((question) => question.correctOption);
      expect(countByKey(keys)).toEqual({ A: 3, B: 3, C: 3, D: 3 });
    }
  });

  it('keeps any count within one of even (10 questions: two keys twice, two three times)', () => {
    for (const seed of ['session:1', 'session:7', 'x']) {
      const drafts = Array.from({ length: 10 }, (_, index) => numberedDraft(index, 'A'));
      const counts = Object.values(countByKey(spreadCorrectOptions(drafts, seed).map((question) => question.correctOption)));
      expect(counts.sort()).toEqual([2, 2, 3, 3]);
    }
  });

  it('uses four different keys for the first four questions', () => {
    const drafts = Array.from({ length: 4 }, (_, index) => numberedDraft(index, 'D'));
    const keys = spreadCorrectOptions(drafts, 'session:9').map((question) => question.correctOption);
    expect([...keys].sort()).toEqual(['A', 'B', 'C', 'D']);
  });

  it('moves the correct text with the key and keeps the same four option texts', () => {
    const drafts = Array.from({ length: 9 }, (_, index) => numberedDraft(index, OPTION_KEYS[index % 4]!));
    const spread = spreadCorrectOptions(drafts, 'session:5');
    spread.forEach((question, index) => {
      const original = drafts[index]!;
      expect(question.options[question.correctOption]).toBe(original.options[original.correctOption]);
      expect(Object.keys(question.options).sort()).toEqual(['A', 'B', 'C', 'D']);
      expect(Object.values(question.options).sort()).toEqual(Object.values(original.options).sort());
    });
  });

  it('keeps every other field and the order of the questions', () => {
    const drafts = [
      { ...numberedDraft(0), skillId: 5, difficulty: 'ADVANCED' as const, explanation: 'because', source: 'BANK' as const, bankKey: 'k-1' },
      { ...numberedDraft(1), skillId: 6 },
    ];
    const spread = spreadCorrectOptions(drafts, 'session:1');
    expect(spread.map(({ options: _o, correctOption: _c, ...rest }) => rest)).toEqual(
      drafts.map(({ options: _o, correctOption: _c, ...rest }) => rest),
    );
  });

  it('does not change the drafts it is given', () => {
    const drafts = Array.from({ length: 5 }, (_, index) => numberedDraft(index));
    const copy = structuredClone(drafts);
    spreadCorrectOptions(drafts, 'session:3');
    expect(drafts).toEqual(copy);
  });
});

describe('minutesFor', () => {
  it('promises about 30 seconds a question, rounded up to whole minutes, at least one minute', () => {
    expect(minutesFor(0)).toBe(1);
    expect(minutesFor(1)).toBe(1);
    expect(minutesFor(2)).toBe(1);
    expect(minutesFor(3)).toBe(2);
    expect(minutesFor(4)).toBe(2);
    expect(minutesFor(15)).toBe(8);
    expect(minutesFor(30)).toBe(15);
  });
});

describe('seededRandom', () => {
  it('repeats the same draws for the same seed', () => {
    const a = seededRandom('session:1');
    const b = seededRandom('session:1');
    const drawsA = Array.from({ length: 20 }, () => a());
    const drawsB = Array.from({ length: 20 }, () => b());
    expect(drawsB).toEqual(drawsA);
  });

  it('draws differently for different seeds', () => {
    const a = seededRandom('session:1');
    const b = seededRandom('session:2');
    const drawsA = Array.from({ length: 5 }, () => a());
    const drawsB = Array.from({ length: 5 }, () => b());
    expect(drawsB).not.toEqual(drawsA);
  });

  it('does not repeat one value within a stream', () => {
    const random = seededRandom('stream');
    const draws = Array.from({ length: 1000 }, () => random());
    expect(new Set(draws).size).toBe(1000);
  });

  it('stays in [0, 1) and spreads evenly over it', () => {
    const random = seededRandom('uniform');
    const buckets = Array.from({ length: 10 }, () => 0);
    for (let i = 0; i < 10_000; i++) {
      const value = random();
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThan(1);
      buckets[Math.floor(value * 10)]! += 1;
    }
    for (const count of buckets) {
      expect(count).toBeGreaterThan(850);
      expect(count).toBeLessThan(1150);
    }
  });

  it('works with an empty seed', () => {
    const a = seededRandom('');
    const b = seededRandom('');
    expect(a()).toBe(b());
  });
});

describe('shuffled', () => {
  it('returns a permutation without changing the input', () => {
    const items = ['A', 'B', 'C', 'D', 'E', 'F'] as const;
    const result = shuffled(items, seededRandom('perm'));
    expect([...result].sort()).toEqual([...items]);
    expect(items).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(result).not.toBe(items);
  });

  it('handles empty and single-item lists', () => {
    expect(shuffled([], seededRandom('x'))).toEqual([]);
    expect(shuffled(['only'], seededRandom('x'))).toEqual(['only']);
  });

  it('follows the Fisher-Yates swaps its random source dictates', () => {
    expect(shuffled(['A', 'B', 'C', 'D'], () => 0)).toEqual(['B', 'C', 'D', 'A']);
    expect(shuffled(['A', 'B', 'C', 'D'], () => 0.999_999)).toEqual(['A', 'B', 'C', 'D']);
  });

  it('is deterministic for a seeded source', () => {
    const items = Array.from({ length: 10 }, (_, index) => index);
    expect(shuffled(items, seededRandom('same'))).toEqual(shuffled(items, seededRandom('same')));
  });

  it('reaches every ordering of four keys about equally often', () => {
    const random = seededRandom('orderings');
    const counts = new Map<string, number>();
    for (let i = 0; i < 4800; i++) {
      const key = shuffled(OPTION_KEYS, random).join('');
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(24);
    for (const count of counts.values()) {
      expect(count).toBeGreaterThan(140);
      expect(count).toBeLessThan(260);
    }
  });
});
