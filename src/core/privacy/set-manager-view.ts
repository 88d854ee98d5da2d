import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { assertId } from '../shared/employees.js';
import { readPrivacySettings } from './get-privacy-settings.js';
import type { ManagerView } from './rules/manager-view.js';
import type { PrivacySettingsView } from './views.js';

/** A person chooses what their manager sees of them: verdicts only, or levels and scores too. It applies to every digest, report and page from now on. */
export async function setManagerView(deps: CoreDeps, input: { employeeId: number; view: ManagerView; defaultTimezone: string }): Promise<PrivacySettingsView> {
  assertId(input.employeeId, 'employee id');
  const updated = await deps.db.employee.updateMany({ where: { id: input.employeeId }, data: { managerView: input.view } });
  if (updated.count === 0) throw new SkillcheckError('EMPLOYEE_NOT_FOUND');
  return readPrivacySettings(deps, deps.db, input);
}
