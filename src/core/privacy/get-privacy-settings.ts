import { zoneOf } from '../checkins/check-in-people.js';
import type { CoreDeps } from '../context.js';
import { localDate } from '../delivery/rules/schedule.js';
import { SkillcheckError } from '../errors.js';
import type { Db, Tx } from '../ports/database.js';
import { assertId } from '../shared/employees.js';
import { organisationDefault } from './queries.js';
import { effectiveView } from './rules/manager-view.js';
import { isPaused } from './rules/pause.js';
import type { PrivacySettingsView } from './views.js';

/** A person's privacy choices as they stand now (read inside a change, it shows the change). */
export async function readPrivacySettings(deps: CoreDeps, db: Db | Tx, input: { employeeId: number; defaultTimezone: string }): Promise<PrivacySettingsView> {
  const person = await db.employee.findUnique({
    where: { id: input.employeeId },
    select: { id: true, managerId: true, managerView: true, timezone: true, remindersEnabled: true, remindersPausedUntil: true, checkInsEnabled: true, checkInsPausedUntil: true },
  });
  if (!person) throw new SkillcheckError('EMPLOYEE_NOT_FOUND');
  const now = deps.now();
  const fallback = organisationDefault(deps.settings);
  // The pause of this card covers reminders, check-ins, nudges and digests (kept as the reminders' pause); "pause checkins" pauses check-ins alone.
  const zone = zoneOf(person.timezone, input.defaultTimezone);
  const until = isPaused(person.remindersPausedUntil, now) ? person.remindersPausedUntil : null;
  const checkInsUntil = isPaused(person.checkInsPausedUntil, now) && person.checkInsPausedUntil!.getTime() !== until?.getTime() ? person.checkInsPausedUntil : null;
  return {
    employeeId: person.id,
    managerView: effectiveView(person.managerView, fallback),
    chosen: person.managerView !== null,
    organisationDefault: fallback,
    hasManager: person.managerId !== null,
    remindersEnabled: person.remindersEnabled,
    checkInsEnabled: person.checkInsEnabled,
    pausedUntil: until?.toISOString() ?? null,
    pausedUntilDay: until ? localDate(zone, until) : null,
    checkInsPausedUntilDay: checkInsUntil ? localDate(zone, checkInsUntil) : null,
  };
}

/** What a person's manager sees of them, and whether their messages are paused: the privacy card. */
export async function getPrivacySettings(deps: CoreDeps, input: { employeeId: number; defaultTimezone: string }): Promise<PrivacySettingsView> {
  assertId(input.employeeId, 'employee id');
  return readPrivacySettings(deps, deps.db, input);
}
