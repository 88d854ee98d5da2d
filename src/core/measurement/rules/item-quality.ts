import type { Outcome } from './item-model.js';

/** Answers a question needs before its statistics are trusted to flag it. */
export const MIN_ANSWERS_FOR_REVIEW = 30;

export interface ItemAnswer {
  /** the person's estimate in the question's skill just before they answered */
  abilityBefore: number;
  outcome: Outcome;
  /** the option chosen, as the bank letters it (null for "I don't know") */
  option: string | null;
}

export type QualityFlag = { code: 'STRONG_MISS_MORE' | 'DISTRACTOR_BEATS_KEY'; reason: string };

/**
 * The answers split at the median ability: the weaker half and the stronger half, the same size (with
 * an odd count, the person at the median is in neither).
 */
export function splitByAbility<T extends Pick<ItemAnswer, 'abilityBefore'>>(answers: readonly T[]): { weak: T[]; strong: T[] } {
  const sorted = [...answers].sort((a, b) => a.abilityBefore - b.abilityBefore);
  const half = Math.floor(sorted.length / 2);
  return { weak: sorted.slice(0, half), strong: sorted.slice(sorted.length - half) };
}

/** How a group answered: how many, how many right and "I don't know", and how often each option was chosen. */
export interface HalfSummary {
  answers: number;
  right: number;
  dontKnow: number;
  /** right / answers, or null for an empty group */
  rightShare: number | null;
  /** times each option was chosen, by the bank's letters */
  chosen: Record<string, number>;
}

export function summariseHalf(group: readonly ItemAnswer[]): HalfSummary {
  const chosen: Record<string, number> = { A: 0, B: 0, C: 0, D: 0 };
  for (const answer of group) if (answer.option) chosen[answer.option] = (chosen[answer.option] ?? 0) + 1;
  const right = group.filter((answer) => answer.outcome === 'right').length;
  return {
    answers: group.length,
    right,
    dontKnow: group.filter((answer) => answer.outcome === 'dontKnow').length,
    rightShare: group.length === 0 ? null : right / group.length,
    chosen,
  };
}

/**
 * Whether a question's statistics look wrong, from its answers (null when they look fine or are too
 * few). The answers are split at the median ability: a working question is answered right more often
 * by the stronger half than by the weaker half, and among the stronger half its key is chosen more
 * often than any single distractor. A wrong key or an ambiguous question breaks one of the two.
 */
export function qualityFlag(answers: readonly ItemAnswer[], key: string): QualityFlag | null {
  if (answers.length < MIN_ANSWERS_FOR_REVIEW) return null;
  const halves = splitByAbility(answers);
  const strong = summariseHalf(halves.strong);
  const weak = summariseHalf(halves.weak);
  const strongRight = strong.rightShare ?? 0;
  const weakRight = weak.rightShare ?? 0;

  const keyCount = strong.chosen[key] ?? 0;
  const [topDistractor, topCount] = Object.entries(strong.chosen)
    .filter(([option, count]) => option !== key && count > 0)
    .sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  if (topDistractor && topCount > keyCount) {
    return {
      code: 'DISTRACTOR_BEATS_KEY',
      reason: `Among the stronger half of ${answers.length} people, option ${topDistractor} was chosen ${topCount} times and the key ${key} ${keyCount} times: the key may be wrong.`,
    };
  }
  if (weakRight - strongRight > missMargin(strong, weak)) {
    return {
      code: 'STRONG_MISS_MORE',
      reason: `The stronger half of ${answers.length} people got it right ${pct(strongRight)} of the time, the weaker half ${pct(weakRight)}: the question may be misleading.`,
    };
  }
  return null;
}

/**
 * How much more often the weaker half must be right before it counts: 2.5 standard errors of the
 * difference of two shares (pooled), at least 5 points. Chance alone makes the halves differ, the more
 * so as adaptive testing keeps abilities close together and the check runs again every few answers; a
 * simulated bank of correct questions was flagged one time in ten at a flat 5-point margin.
 */
function missMargin(strong: HalfSummary, weak: HalfSummary): number {
  const pooled = (strong.right + weak.right) / Math.max(1, strong.answers + weak.answers);
  const standardError = Math.sqrt(pooled * (1 - pooled) * (1 / Math.max(1, strong.answers) + 1 / Math.max(1, weak.answers)));
  return Math.max(0.05, 2.5 * standardError);
}

const pct = (share: number) => `${Math.round(share * 100)}%`;
