import { zoneOf } from '../checkins/check-in-people.js';
import type { CoreDeps } from '../context.js';
import { localDate } from '../delivery/rules/schedule.js';
import { SkillcheckError } from '../errors.js';
import { assertId } from '../shared/employees.js';
import { readPrivacySettings } from './get-privacy-settings.js';
import { pauseEndAfter, pauseEndOn, type PausePreset } from './rules/pause.js';
import type { PrivacySettingsView } from './views.js';

export type PauseLength = { preset: PausePreset } | { day: string };

/**
 * A person pauses their learning reminders and check-ins (and so a manager's nudges to them) for a week,
 * two weeks, or until a day (from the start of that day in their time zone). Nothing reaches them until
 * then; after it everything comes again by itself. Switches that are off stay off.
 */
export async function pauseMessages(deps: CoreDeps, input: { employeeId: number; length: PauseLength; defaultTimezone: string }): Promise<PrivacySettingsView> {
  assertId(input.employeeId, 'employee id');
  const person = await deps.db.employee.findUnique({ where: { id: input.employeeId }, select: { timezone: true } });
  if (!person) throw new SkillcheckError('EMPLOYEE_NOT_FOUND');
  const now = deps.now();
  let until: Date;
  if ('preset' in input.length) until = pauseEndAfter(input.length.preset, now);
  else {
    const zone = zoneOf(person.timezone, input.defaultTimezone);
    const end = pauseEndOn(input.length.day, zone, localDate(zone, now));
    if ('problem' in end) throw new SkillcheckError(end.problem === 'NOT_A_DATE' ? 'PAUSE_DATE_INVALID' : end.problem === 'NOT_AFTER_TODAY' ? 'PAUSE_DATE_PAST' : 'PAUSE_DATE_TOO_FAR');
    until = end.until;
  }
  await deps.db.employee.update({ where: { id: input.employeeId }, data: { remindersPausedUntil: until, checkInsPausedUntil: until } });
  return readPrivacySettings(deps, deps.db, input);
}
