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
 * Whether a question's statistics look wrong, from its answers (null when they look fine or are too
 * few). The answers are split at the median ability: a working question is answered right more often
 * by the stronger half than by the weaker half, and among the stronger half its key is chosen more
 * often than any single distractor. A wrong key or an ambiguous question breaks one of the two.
 */
export function qualityFlag(answers: readonly ItemAnswer[], key: string): QualityFlag | null {
  if (answers.length < MIN_ANSWERS_FOR_REVIEW) return null;
  const sorted = [...answers].sort((a, b) => a.abilityBefore - b.abilityBefore);
  const half = Math.floor(sorted.length / 2);
  const weak = sorted.slice(0, half);
  const strong = sorted.slice(sorted.length - half);
  const rightShare = (group: readonly ItemAnswer[]) => group.filter((answer) => answer.outcome === 'right').length / group.length;
  const strongRight = rightShare(strong);
  const weakRight = rightShare(weak);

  const chosen = new Map<string, number>();
  for (const answer of strong) if (answer.option) chosen.set(answer.option, (chosen.get(answer.option) ?? 0) + 1);
  const keyCount = chosen.get(key) ?? 0;
  const [topDistractor, topCount] = [...chosen].filter(([option]) => option !== key).sort((a, b) => b[1] - a[1])[0] ?? [null, 0];
  if (topDistractor && topCount > keyCount) {
    return {
      code: 'DISTRACTOR_BEATS_KEY',
      reason: `Among the stronger half of ${answers.length} people, option ${topDistractor} was chosen ${topCount} times and the key ${key} ${keyCount} times: the key may be wrong.`,
    };
  }
  if (strongRight + 0.05 < weakRight) {
    return {
      code: 'STRONG_MISS_MORE',
      reason: `The stronger half of ${answers.length} people got it right ${pct(strongRight)} of the time, the weaker half ${pct(weakRight)}: the question may be misleading.`,
    };
  }
  return null;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;
