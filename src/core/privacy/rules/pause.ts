/**
 * Pausing messages: a person pauses learning reminders and check-ins together (and a manager's nudges to
 * them, and their own scheduled digests), for a week, two weeks, or until a date; everything resumes by
 * itself once the time has come, or at once with Resume.
 */
export const PAUSE_PRESETS = { week: 7, twoWeeks: 14 } as const;
export type PausePreset = keyof typeof PAUSE_PRESETS;

/** A pause ends at most this many days ahead: a longer one is switching messages off, which the person can do. */
export const MAX_PAUSE_DAYS = 366;

const DAY = 86_400_000;

export const isPaused = (until: Date | null | undefined, now: Date): boolean => until != null && until.getTime() > now.getTime();

export const pauseEndAfter = (preset: PausePreset, now: Date): Date => new Date(now.getTime() + PAUSE_PRESETS[preset] * DAY);

/** The offset of a time zone from UTC at an instant, in milliseconds (positive east of Greenwich). */
function zoneOffset(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' }).formatToParts(at);
  const get = (type: string) => Number(parts.find((part) => part.type === type)!.value);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - Math.floor(at.getTime() / 1000) * 1000;
}

/** Midnight at the start of a calendar day ("2027-01-15") in a time zone, as an instant. */
export function startOfLocalDay(day: string, timeZone: string): Date {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const utcMidnight = Date.UTC(year, month - 1, date);
  // Twice: the offset at the guess may differ from the offset at the answer around a clock change.
  const first = utcMidnight - zoneOffset(timeZone, new Date(utcMidnight));
  return new Date(utcMidnight - zoneOffset(timeZone, new Date(first)));
}

export type PauseDateProblem = 'NOT_A_DATE' | 'NOT_AFTER_TODAY' | 'TOO_FAR';

/**
 * A pause until a calendar day: messages come again from the start of that day in the person's time
 * zone. The day must be after today (there) and at most MAX_PAUSE_DAYS ahead.
 */
export function pauseEndOn(day: string, timeZone: string, today: string): { until: Date } | { problem: PauseDateProblem } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return { problem: 'NOT_A_DATE' };
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const asUtc = new Date(Date.UTC(year, month - 1, date));
  if (asUtc.getUTCFullYear() !== year || asUtc.getUTCMonth() !== month - 1 || asUtc.getUTCDate() !== date) return { problem: 'NOT_A_DATE' };
  if (day <= today) return { problem: 'NOT_AFTER_TODAY' };
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  if ((asUtc.getTime() - Date.UTC(ty, tm - 1, td)) / DAY > MAX_PAUSE_DAYS) return { problem: 'TOO_FAR' };
  return { until: startOfLocalDay(day, timeZone) };
}
