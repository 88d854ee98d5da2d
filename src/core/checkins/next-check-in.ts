import type { CoreDeps } from '../context.js';
import { askCheckIn } from './ask-check-in.js';
import { loadCheckInPerson } from './check-in-people.js';
import { checkInView, requireCheckIn } from './check-in-view.js';
import { whyNoNext } from './rules/who-gets-check-ins.js';
import type { CheckInView } from './views.js';

/**
 * "Next question" on an answered check-in: the day's next question, asked now (or the one already
 * asked there: a double press or the other process asks it once), while the day's count is below
 * CHECKIN_QUESTIONS_PER_DAY and a skill is still due. Otherwise the same check-in again, saying why
 * nothing follows; an unanswered one is shown as it is (it comes first).
 */
export async function nextCheckIn(deps: CoreDeps, input: { employeeId: number; checkInId: number; defaultTimezone: string }): Promise<CheckInView> {
  const checkIn = await requireCheckIn(deps, input.employeeId, input.checkInId);
  const options = { defaultTimezone: input.defaultTimezone };
  if (!checkIn.answeredAt) return checkInView(deps, checkIn, options);
  const now = deps.now();
  const person = await loadCheckInPerson(deps.db, input.employeeId, input.defaultTimezone, now);
  if (whyNoNext(checkIn, { today: person.today, perDay: deps.settings.checkInQuestionsPerDay }, person, now)) return checkInView(deps, checkIn, options);
  const id = await askCheckIn(deps, { employeeId: input.employeeId, periodKey: checkIn.periodKey, position: checkIn.position + 1, timeZone: person.timeZone });
  if (id === null) return checkInView(deps, checkIn, options);
  return checkInView(deps, await requireCheckIn(deps, input.employeeId, id), options);
}
