import type { SkillCategory } from '../../shared/types.js';
import type { MeasuredSkill, SkillStanding } from '../views.js';

export interface ExpectedSkill {
  skillId: number;
  name: string;
  category: SkillCategory;
  targetLevel: number;
}

export interface ClaimedSkill {
  skillId: number;
  name: string;
  level: number;
}

/** One skill as the comparison places it (its shape is the view model in profile/views.ts). */
export type { SkillStanding };

export interface ProfileComparison {
  /** expected skills claimed at or above the target level */
  strengths: SkillStanding[];
  /** expected skills claimed below the target level */
  belowTarget: SkillStanding[];
  /** expected skills not claimed at all */
  missing: SkillStanding[];
  /** belowTarget and missing together: every expected skill that falls short (core first) */
  weaknesses: SkillStanding[];
  /** claimed skills the role does not expect */
  additional: SkillStanding[];
  expectedCount: number;
  coreCount: number;
}

const byCategoryThenName = (a: SkillStanding, b: SkillStanding) =>
  (a.category === 'CORE' ? 0 : 1) - (b.category === 'CORE' ? 0 : 1) || a.name.localeCompare(b.name);

/** Compares what an employee claims with what the role expects (the original's ProfileAgent). */
export function compareProfile(expected: ExpectedSkill[], claimed: ClaimedSkill[]): ProfileComparison {
  const claimedById = new Map(claimed.map((skill) => [skill.skillId, skill]));
  const expectedIds = new Set(expected.map((skill) => skill.skillId));
  const strengths: SkillStanding[] = [];
  const belowTarget: SkillStanding[] = [];
  const missing: SkillStanding[] = [];
  for (const skill of expected) {
    const claim = claimedById.get(skill.skillId);
    const standing: SkillStanding = {
      skillId: skill.skillId,
      name: skill.name,
      category: skill.category,
      targetLevel: skill.targetLevel,
      claimedLevel: claim?.level ?? null,
    };
    if (!claim) missing.push(standing);
    else if (claim.level >= skill.targetLevel) strengths.push(standing);
    else belowTarget.push(standing);
  }
  const additional = claimed
    .filter((skill) => !expectedIds.has(skill.skillId))
    .map((skill) => ({ skillId: skill.skillId, name: skill.name, category: null, targetLevel: null, claimedLevel: skill.level }))
    .sort((a, b) => a.name.localeCompare(b.name));
  strengths.sort(byCategoryThenName);
  belowTarget.sort(byCategoryThenName);
  missing.sort(byCategoryThenName);
  return {
    strengths,
    belowTarget,
    missing,
    weaknesses: [...missing, ...belowTarget].sort(byCategoryThenName),
    additional,
    expectedCount: expected.length,
    coreCount: expected.filter((skill) => skill.category === 'CORE').length,
  };
}

const list = (skills: SkillStanding[], max = 4) => {
  const names = skills.slice(0, max).map((skill) => skill.name);
  const rest = skills.length - names.length;
  return rest > 0 ? `${names.join(', ')} and ${rest} more` : names.join(', ');
};

/** The deterministic profile summary, used when no AI writer is configured or it fails. */
export function templateProfileSummary(employeeName: string, roleName: string | null, comparison: ProfileComparison): string {
  const firstName = employeeName.split(' ')[0] ?? employeeName;
  if (!roleName || comparison.expectedCount === 0) {
    return `${firstName} has no role with expected skills yet, so there is nothing to compare with.`;
  }
  const parts = [
    `${firstName} meets the target in ${comparison.strengths.length} of the ${comparison.expectedCount} skills ${/^[aeiou]/i.test(roleName) ? 'an' : 'a'} ${roleName} is expected to have.`,
  ];
  if (comparison.strengths.length > 0) parts.push(`Strengths: ${list(comparison.strengths)}.`);
  if (comparison.missing.length > 0) parts.push(`Not yet listed: ${list(comparison.missing)}.`);
  if (comparison.belowTarget.length > 0) parts.push(`Below target: ${list(comparison.belowTarget)}.`);
  if (comparison.weaknesses.length === 0) parts.push('Every expected skill is claimed at its target level; the assessment will confirm it.');
  else parts.push('The assessment covers every expected skill, so the gaps can be measured.');
  return parts.join(' ');
}

const levels = (level: { low: number; high: number }) => (level.low === level.high ? `level ${level.low}` : `level ${level.low}-${level.high}`);

/**
 * The profile summary once something was measured: what the answers showed against the role's
 * targets, not what was claimed before. Skills not measured yet are said to be so.
 */
export function measuredProfileSummary(employeeName: string, roleName: string | null, expectedCount: number, measured: readonly MeasuredSkill[]): string {
  const firstName = employeeName.split(' ')[0] ?? employeeName;
  const onTarget = measured.filter((skill) => skill.verdict === 'ON_TARGET');
  const gaps = measured.filter((skill) => skill.verdict === 'GAP');
  const unsure = measured.filter((skill) => skill.verdict === 'NOT_SURE');
  const unmeasured = expectedCount - measured.length;
  const role = roleName ? ` for ${/^[aeiou]/i.test(roleName) ? 'an' : 'a'} ${roleName}` : '';
  const parts = [`Measured${role}: ${firstName} is on target in ${onTarget.length} of ${expectedCount} expected skills and has ${gaps.length === 1 ? '1 gap' : `${gaps.length} gaps`}.`];
  if (onTarget.length > 0) parts.push(`On target: ${onTarget.slice(0, 4).map((skill) => skill.name).join(', ')}${onTarget.length > 4 ? ` and ${onTarget.length - 4} more` : ''}.`);
  if (gaps.length > 0) parts.push(`Gaps: ${gaps.slice(0, 3).map((skill) => `${skill.name} (${levels(skill.level)}, target ${skill.targetLevel})`).join(', ')}${gaps.length > 3 ? ` and ${gaps.length - 3} more` : ''}.`);
  if (unsure.length > 0) parts.push(`Not sure yet about ${unsure.length === 1 ? unsure[0]!.name : `${unsure.length} skills`}: check-ins will tell.`);
  if (unmeasured > 0) parts.push(`${unmeasured === 1 ? '1 skill is' : `${unmeasured} skills are`} not measured yet.`);
  return parts.join(' ');
}
