import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { getSkillProfile } from '../skill-maps/get-skill-profile.js';
import type { SkillProfileView } from '../skill-maps/views.js';
import { assertId } from '../shared/employees.js';
import { organisationDefault } from './queries.js';
import { effectiveView, levelsShown } from './rules/manager-view.js';
import { redactSkillProfile } from './rules/redact.js';

/**
 * A direct report's skill profile as their manager sees it: as it is, or, where the report chose
 * verdicts only, the verdicts without level range, certainty or how many answers would decide them.
 */
export async function getReportSkillProfile(deps: CoreDeps, input: { managerId: number; employeeId: number }): Promise<SkillProfileView & { levelsHidden: boolean }> {
  assertId(input.managerId, 'employee id');
  assertId(input.employeeId, 'employee id');
  const report = await deps.db.employee.findUnique({ where: { id: input.employeeId }, select: { managerId: true, managerView: true } });
  if (!report || report.managerId !== input.managerId) throw new SkillcheckError('PERSON_NOT_VISIBLE');
  const profile = await getSkillProfile(deps, { employeeId: input.employeeId });
  const shown = levelsShown(effectiveView(report.managerView, organisationDefault(deps.settings)));
  return shown ? { ...profile, levelsHidden: false } : { ...redactSkillProfile(profile), levelsHidden: true };
}
