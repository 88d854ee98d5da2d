import type { CoreDeps } from '../context.js';
import { localDate } from '../delivery/rules/schedule.js';
import { assertId } from '../shared/employees.js';
import { SkillcheckError } from '../errors.js';
import { zoneOf } from './check-in-people.js';
import { pausedUntilAfterPause } from './rules/who-gets-check-ins.js';
import type { CheckInSettingsView } from './views.js';

export type CheckInMode = 'on' | 'off' | 'pause';

/**
 * A person switches check-ins off, on again (which also ends a pause), or pauses them for a week.
 * Paused or off, they get no check-in; one already in their chat can still be answered.
 */
export async function setCheckIns(deps: CoreDeps, input: { employeeId: number; mode: CheckInMode; defaultTimezone: string }): Promise<CheckInSettingsView> {
  assertId(input.employeeId, 'employee id');
  const data =
    input.mode === 'pause'
      ? { checkInsPausedUntil: pausedUntilAfterPause(deps.now()) }
      : { checkInsEnabled: input.mode === 'on', checkInsPausedUntil: null };
  const updated = await deps.db.employee.updateMany({ where: { id: input.employeeId }, data });
  if (updated.count === 0) throw new SkillcheckError('EMPLOYEE_NOT_FOUND');
  const employee = await deps.db.employee.findUniqueOrThrow({ where: { id: input.employeeId }, select: { checkInsEnabled: true, checkInsPausedUntil: true, timezone: true } });
  const until = employee.checkInsPausedUntil;
  return {
    enabled: employee.checkInsEnabled,
    pausedUntil: until ? until.toISOString() : null,
    pausedUntilDay: until ? localDate(zoneOf(employee.timezone, input.defaultTimezone), until) : null,
  };
}
