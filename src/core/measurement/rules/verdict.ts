import { probabilityAtLeast, type Estimate } from './estimate.js';
import { cutFor, levelRange } from './levels.js';

export type Verdict = 'GAP' | 'ON_TARGET' | 'NOT_SURE';

export interface SkillVerdict {
  /** null for a skill the role does not expect (no target to measure against) */
  verdict: Verdict | null;
  /** how sure the verdict is: P(the more likely side of the cut), 0.5 .. 1 */
  certainty: number;
  /** P(ability at or above the target's cut) */
  probabilityOnTarget: number | null;
  level: { low: number; high: number };
}

/**
 * The verdict for one skill: on target when P(ability >= cut) reaches the required certainty
 * (SKILL_CERTAINTY, 0.9 by default), a gap when P(ability < cut) does, otherwise not sure yet.
 */
export function verdictFor(estimate: Estimate, targetLevel: number | null, required: number): SkillVerdict {
  const level = levelRange(estimate);
  if (targetLevel === null) return { verdict: null, certainty: 0, probabilityOnTarget: null, level };
  const onTarget = probabilityAtLeast(estimate, cutFor(targetLevel));
  const certainty = Math.max(onTarget, 1 - onTarget);
  const verdict: Verdict = onTarget >= required ? 'ON_TARGET' : 1 - onTarget >= required ? 'GAP' : 'NOT_SURE';
  return { verdict, certainty, probabilityOnTarget: onTarget, level };
}

/**
 * A decided verdict must agree with what the person did: nobody is told they have a gap in a skill
 * where they answered every question right, nor that they are on target where they got none right.
 * Such a skill stays "not sure yet" (a prior far from the target can otherwise outweigh a few answers).
 */
export function agreeWithAnswers(verdict: Verdict | null, answers: { right: number; notRight: number }): Verdict | null {
  if (verdict === 'GAP' && answers.notRight === 0 && answers.right > 0) return 'NOT_SURE';
  if (verdict === 'ON_TARGET' && answers.right === 0 && answers.notRight > 0) return 'NOT_SURE';
  return verdict;
}

export const isDecided = (verdict: Verdict | null): boolean => verdict === 'GAP' || verdict === 'ON_TARGET';

/**
 * About how many more well-targeted answers a skill needs before its verdict is decided, for "2 more
 * questions in your check-ins". Each answer near the cut narrows the spread by roughly the
 * information of a 3PL item there (about 0.35); the distance to the cut must reach z x sd.
 */
export function answersToDecide(estimate: Estimate, targetLevel: number, required: number): number {
  const z = required >= 0.95 ? 1.645 : required >= 0.9 ? 1.2816 : 0.8416;
  // Right at the cut no number of answers decides; 0.15 logit away is where it is still worth asking.
  const distance = Math.max(Math.abs(estimate.mean - cutFor(targetLevel)), 0.15);
  const neededSd = distance / z;
  const needed = (1 / neededSd ** 2 - 1 / estimate.sd ** 2) / INFORMATION_PER_ANSWER;
  return Math.min(ANSWERS_TO_DECIDE_MAX, Math.max(1, Math.ceil(needed)));
}

/** The information of one 3PL answer near the cut. */
const INFORMATION_PER_ANSWER = 0.35;
/** Beyond this, "many more questions" is the honest answer. */
export const ANSWERS_TO_DECIDE_MAX = 20;
