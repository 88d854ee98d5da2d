import { verdictFor } from '../../measurement/rules/verdict.js';

export interface PathGapSkill {
  skillId: number;
  targetLevel: number;
}

export interface StoredSkillEstimate {
  skillId: number;
  mean: number;
  sd: number;
  /** when an answer last moved it (a check-in or a sitting) */
  measuredAt: Date;
}

/**
 * The gaps of a path that are closed: a skill that was a certain gap in the path's results is closed
 * when a later measurement (check-ins, or a later sitting) moved the person's stored estimate over the
 * target, with the certainty a verdict needs (SKILL_CERTAINTY). Completing content closes nothing: only
 * answers move the estimate. `since` is when the path's results were scored.
 */
export function closedGaps(
  gaps: readonly PathGapSkill[],
  estimates: Iterable<StoredSkillEstimate>,
  options: { since: Date; required: number },
): Set<number> {
  const bySkill = new Map<number, StoredSkillEstimate>();
  for (const estimate of estimates) bySkill.set(estimate.skillId, estimate);
  const closed = new Set<number>();
  for (const gap of gaps) {
    const estimate = bySkill.get(gap.skillId);
    if (!estimate || estimate.measuredAt.getTime() <= options.since.getTime()) continue;
    if (verdictFor(estimate, gap.targetLevel, options.required).verdict === 'ON_TARGET') closed.add(gap.skillId);
  }
  return closed;
}
