import type { SkillCategory } from '../../shared/types.js';

export interface ResultForGap {
  skillId: number;
  name: string;
  category: SkillCategory | null;
  score: number;
}

export interface SkillGap extends ResultForGap {
  category: SkillCategory;
  /** how far below the threshold the score is */
  shortfall: number;
}

/**
 * Gaps are EXPECTED skills (core or nice-to-have) scoring under the threshold, ordered core first,
 * then biggest gap first, then by name. Claimed skills outside the role are scored but are not gaps.
 */
export function findGaps(results: ResultForGap[], threshold: number): SkillGap[] {
  return results
    .filter((result): result is ResultForGap & { category: SkillCategory } => result.category !== null && result.score < threshold)
    .map((result) => ({ ...result, shortfall: threshold - result.score }))
    .sort(
      (a, b) =>
        (a.category === 'CORE' ? 0 : 1) - (b.category === 'CORE' ? 0 : 1) || b.shortfall - a.shortfall || a.name.localeCompare(b.name),
    );
}
