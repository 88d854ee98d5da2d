import type { CoreDeps } from '../context.js';
import { requireEmployee } from '../shared/employees.js';

/** A learner switches reminders on or off. */
export async function setReminders(deps: CoreDeps, input: { employeeId: number; enabled: boolean }): Promise<{ enabled: boolean }> {
  await requireEmployee(deps.db, input.employeeId);
  await deps.db.employee.update({ where: { id: input.employeeId }, data: { remindersEnabled: input.enabled } });
  return { enabled: input.enabled };
}
