import type { Difficulty } from '../../shared/types.js';

/**
 * The item model: a three-parameter logistic (3PL) item response model on one logit scale shared by
 * people and questions. A person of ability theta knows the answer to a question of difficulty b with
 * probability know(theta, b) = 1 / (1 + e^(-1.7 (theta - b))); someone who does not know it and
 * guesses among four options is right a quarter of the time. "I don't know" is an answer without a
 * guess: it says the person does not know it.
 */
export const SLOPE = 1.7;
export const GUESS = 0.25;

/** What a person did with a question. */
export type Outcome = 'right' | 'wrong' | 'dontKnow';

/** Difficulty priors from a question's label, before any answer calibrates it. */
export const DIFFICULTY_PRIOR: Record<Difficulty, number> = { BEGINNER: -1, INTERMEDIATE: 0, ADVANCED: 1 };

export const knows = (theta: number, difficulty: number): number => 1 / (1 + Math.exp(-SLOPE * (theta - difficulty)));

/** P(right answer) for a person who guesses when they do not know. */
export const rightAnswer = (theta: number, difficulty: number): number => GUESS + (1 - GUESS) * knows(theta, difficulty);

/**
 * The likelihood of an outcome as a function of ability (up to a constant factor that does not depend
 * on ability): right = guess + (1 - guess) know; wrong and "I don't know" = 1 - know.
 */
export function likelihood(outcome: Outcome, theta: number, difficulty: number): number {
  return outcome === 'right' ? rightAnswer(theta, difficulty) : 1 - knows(theta, difficulty);
}

/** Fisher information of a 3PL item at ability theta (how much one answer there narrows the estimate). */
export function information(theta: number, difficulty: number): number {
  const p = rightAnswer(theta, difficulty);
  const k = knows(theta, difficulty);
  const dp = (1 - GUESS) * SLOPE * k * (1 - k);
  return (dp * dp) / (p * (1 - p));
}

/**
 * Online calibration, Elo style: after an answer by a person whose ability was estimated at `theta`,
 * the item's difficulty moves by K x (expected - observed), so a question that people answer better
 * than expected gets easier and vice versa. K shrinks as answers accumulate, so a well-used item settles.
 */
export function calibratedDifficulty(item: { difficulty: number; answers: number }, theta: number, outcome: Outcome): number {
  const expected = rightAnswer(theta, item.difficulty);
  const observed = outcome === 'right' ? 1 : 0;
  const k = 0.4 / (1 + item.answers / 20);
  const next = item.difficulty + k * (expected - observed);
  return Math.max(-4, Math.min(4, next));
}
