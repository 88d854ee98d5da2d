import { CronExpressionParser } from 'cron-parser';

export function isTimeZone(zone: string | null | undefined): zone is string {
  if (!zone) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The latest time at or before `now` that the cron expression names, read in the given time zone. */
export function lastOccurrence(cron: string, timeZone: string, now: Date): Date {
  // prev() looks strictly before currentDate: one millisecond past `now` makes an occurrence exactly at `now` count.
  return CronExpressionParser.parse(cron, { tz: timeZone, currentDate: new Date(now.getTime() + 1) }).prev().toDate();
}

/** Weekday (1 = Monday .. 7 = Sunday) and hour in a time zone. */
export function localClock(timeZone: string, now: Date): { weekday: number; hour: number } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: 'numeric', hourCycle: 'h23' }).formatToParts(now);
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.find((part) => part.type === 'weekday')?.value ?? '') + 1;
  return { weekday, hour: Number(parts.find((part) => part.type === 'hour')?.value ?? 0) };
}

/** Reminders go out on working days, during working hours, in the learner's own time zone. */
export const isWorkingHour = (clock: { weekday: number; hour: number }) => clock.weekday >= 1 && clock.weekday <= 5 && clock.hour >= 9 && clock.hour < 17;

/** The local date in a time zone, as YYYY-MM-DD (the day a daily message belongs to). */
export function localDate(timeZone: string, now: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(now);
  const part = (type: 'year' | 'month' | 'day') => parts.find((entry) => entry.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}
