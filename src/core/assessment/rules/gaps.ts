import { cutFor } from '../../measurement/rules/levels.js';
import type { SkillCategory } from '../../shared/types.js';

export interface ResultForGap {
  skillId: number;
  name: string;
  category: SkillCategory | null;
  score: number;
  /** GAP / ON_TARGET / NOT_SURE; null for results scored before measurement (and skills without a target) */
  verdict: string | null;
  mean: number | null;
  targetLevel: number | null;
  certainty: number | null;
}

export interface SkillGap extends ResultForGap {
  category: SkillCategory;
  targetLevel: number;
  /** how far below the target the estimate is, in tenths of a level */
  shortfall: number;
}

/**
 * Gaps are EXPECTED skills whose verdict is a certain gap, ordered core first, then biggest gap
 * first, then by name; a skill not decided yet is never a gap. Claimed skills outside the role are
 * measured but are not gaps. Results scored before measurement existed have no verdict: for those,
 * the original's rule (score under the threshold) still names the gaps.
 */
export function findGaps(results: ResultForGap[], legacyThreshold: number): SkillGap[] {
  return results
    .filter((result): result is ResultForGap & { category: SkillCategory } => result.category !== null)
    .flatMap((result) => {
      if (result.verdict === 'GAP' && result.mean !== null && result.targetLevel !== null) {
        return [{ ...result, targetLevel: result.targetLevel, shortfall: Math.max(0, Math.round((cutFor(result.targetLevel) - result.mean) * 10)) }];
      }
      if (result.verdict === null && result.mean === null && result.score < legacyThreshold) {
        return [{ ...result, targetLevel: result.targetLevel ?? 3, shortfall: Math.round((legacyThreshold - result.score) / 10) }];
      }
      return [];
    })
    .sort(
      (a, b) =>
        (a.category === 'CORE' ? 0 : 1) - (b.category === 'CORE' ? 0 : 1) || b.shortfall - a.shortfall || a.name.localeCompare(b.name),
    );
}
