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
  // One pause covers both; a check-in pause of its own ("pause checkins") may run longer or shorter.
  const until = [person.remindersPausedUntil, person.checkInsPausedUntil].filter((at): at is Date => isPaused(at, now)).sort((a, b) => b.getTime() - a.getTime())[0] ?? null;
  return {
    employeeId: person.id,
    managerView: effectiveView(person.managerView, fallback),
    chosen: person.managerView !== null,
    organisationDefault: fallback,
    hasManager: person.managerId !== null,
    remindersEnabled: person.remindersEnabled,
    checkInsEnabled: person.checkInsEnabled,
    pausedUntil: until?.toISOString() ?? null,
    pausedUntilDay: until ? localDate(zoneOf(person.timezone, input.defaultTimezone), until) : null,
  };
}

/** What a person's manager sees of them, and whether their messages are paused: the privacy card. */
export async function getPrivacySettings(deps: CoreDeps, input: { employeeId: number; defaultTimezone: string }): Promise<PrivacySettingsView> {
  assertId(input.employeeId, 'employee id');
  return readPrivacySettings(deps, deps.db, input);
}
