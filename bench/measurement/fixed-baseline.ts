import { seededRandom, shuffled } from '../../src/core/assessment/rules/seeded-random.js';
import { DIFFICULTIES, type Difficulty } from '../../src/core/shared/types.js';
import type { Judged } from './figures.js';
import type { AnswerModel, Learner } from './learners.js';

/**
 * BASELINE, not the product: the old fixed design, gone from the code, computed here from the same
 * answer model over the same learners. Per expected skill, 3 bank questions drawn as the old bank draw
 * did (a seeded shuffle, then one difficulty after another: beginner, intermediate, advanced), answered
 * by guessing when not known (the old design had no "I don't know"); a score of 70% or more is "no gap"
 * (so 2 right of 3 is a gap), and every verdict was shown as certain.
 */
export const OLD_QUESTIONS_PER_SKILL = 3;
export const OLD_GAP_THRESHOLD = 70;

export interface BankItem {
  key: string;
  skill: string;
  difficulty: Difficulty;
}

function interleaveByDifficulty<T extends { difficulty: Difficulty }>(rows: readonly T[], count: number): T[] {
  const buckets = DIFFICULTIES.map((difficulty) => rows.filter((row) => row.difficulty === difficulty));
  const picked: T[] = [];
  while (picked.length < count && buckets.some((bucket) => bucket.length > 0)) {
    for (const bucket of buckets) {
      const next = bucket.shift();
      if (next && picked.length < count) picked.push(next);
    }
  }
  return picked;
}

export function fixedBaseline(learners: readonly Learner[], bank: readonly BankItem[], model: AnswerModel, seed: string): { judged: Judged[]; questions: number } {
  const judged: Judged[] = [];
  let questions = 0;
  for (const learner of learners) {
    for (const skill of learner.skills) {
      const pool = shuffled(
        bank.filter((item) => item.skill === skill.skill),
        seededRandom(`${seed}:fixed:${learner.index}:${skill.skill}`),
      );
      const picks = interleaveByDifficulty(pool, OLD_QUESTIONS_PER_SKILL);
      const right = picks.filter((item) => model.answer(learner, skill.skill, { bankKey: item.key, correctShown: 'A' }) === 'A').length;
      questions += picks.length;
      const score = Math.round((right / picks.length) * 100);
      judged.push({ trueGap: skill.trueGap, verdict: score < OLD_GAP_THRESHOLD ? 'GAP' : 'ON_TARGET' });
    }
  }
  return { judged, questions };
}
