import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { assertId } from '../shared/employees.js';
import { readPrivacySettings } from './get-privacy-settings.js';
import type { PrivacySettingsView } from './views.js';

/** A person ends a pause of their reminders and check-ins now (switches that are off stay off). */
export async function resumeMessages(deps: CoreDeps, input: { employeeId: number; defaultTimezone: string }): Promise<PrivacySettingsView> {
  assertId(input.employeeId, 'employee id');
  const updated = await deps.db.employee.updateMany({ where: { id: input.employeeId }, data: { remindersPausedUntil: null, checkInsPausedUntil: null } });
  if (updated.count === 0) throw new SkillcheckError('EMPLOYEE_NOT_FOUND');
  return readPrivacySettings(deps, deps.db, input);
}
