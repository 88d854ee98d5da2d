import { describe, expect, it } from 'vitest';
import { isTimeZone, isWorkingHour, lastOccurrence, localClock } from '../../../src/core/delivery/rules/schedule.js';

const at = (iso: string) => new Date(iso);
const MONDAY_NINE = '0 9 * * 1';

describe('isTimeZone', () => {
  it('accepts IANA time zones and UTC', () => {
    for (const zone of ['UTC', 'Europe/London', 'America/New_York', 'Asia/Kolkata', 'Pacific/Auckland', 'Etc/GMT+5']) {
      expect(isTimeZone(zone)).toBe(true);
    }
  });

  it('rejects a missing or empty zone', () => {
    expect(isTimeZone(null)).toBe(false);
    expect(isTimeZone(undefined)).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });

  it('rejects names that are not time zones', () => {
    for (const zone of ['Not/AZone', 'Mars/Olympus', 'London', ' Europe/London', 'Europe/London ']) {
      expect(isTimeZone(zone)).toBe(false);
    }
  });

  it('accepts every zone lastOccurrence and localClock can read', () => {
    // whatever isTimeZone lets through must not make the schedule functions throw
    for (const zone of ['UTC', 'Europe/London', 'europe/london', 'Asia/Kolkata', 'Etc/GMT-14']) {
      expect(isTimeZone(zone)).toBe(true);
      expect(() => lastOccurrence(MONDAY_NINE, zone, at('2024-01-10T12:00:00Z'))).not.toThrow();
      expect(() => localClock(zone, at('2024-01-10T12:00:00Z'))).not.toThrow();
    }
  });
});

describe('lastOccurrence', () => {
  it('returns the occurrence itself when now is exactly at it', () => {
    expect(lastOccurrence(MONDAY_NINE, 'UTC', at('2024-01-08T09:00:00.000Z')).toISOString()).toBe('2024-01-08T09:00:00.000Z');
  });

  it('returns the latest occurrence before now, up to just before the next one', () => {
    expect(lastOccurrence(MONDAY_NINE, 'UTC', at('2024-01-08T09:00:00.999Z')).toISOString()).toBe('2024-01-08T09:00:00.000Z');
    expect(lastOccurrence(MONDAY_NINE, 'UTC', at('2024-01-08T09:01:00Z')).toISOString()).toBe('2024-01-08T09:00:00.000Z');
    expect(lastOccurrence(MONDAY_NINE, 'UTC', at('2024-01-10T12:00:00Z')).toISOString()).toBe('2024-01-08T09:00:00.000Z');
    expect(lastOccurrence(MONDAY_NINE, 'UTC', at('2024-01-15T08:59:59Z')).toISOString()).toBe('2024-01-08T09:00:00.000Z');
  });

  it.each([1, 500, 999, 1000, 60_000])('never returns a time after now (%i ms before the occurrence)', (msBefore) => {
    const now = new Date(Date.parse('2024-01-08T09:00:00Z') - msBefore);
    const occurrence = lastOccurrence(MONDAY_NINE, 'UTC', now);
    expect(occurrence.getTime()).toBeLessThanOrEqual(now.getTime());
    expect(occurrence.toISOString()).toBe('2024-01-01T09:00:00.000Z');
  });

  it('reads the cron in the given time zone', () => {
    // Monday 09:00 in Tokyo is Monday 00:00 UTC; Sunday 23:59 UTC is already Monday 08:59 there
    expect(lastOccurrence(MONDAY_NINE, 'Asia/Tokyo', at('2024-01-08T00:30:00Z')).toISOString()).toBe('2024-01-08T00:00:00.000Z');
    expect(lastOccurrence(MONDAY_NINE, 'Asia/Tokyo', at('2024-01-07T23:59:00Z')).toISOString()).toBe('2024-01-01T00:00:00.000Z');
    // half-hour offset
    expect(lastOccurrence(MONDAY_NINE, 'Asia/Kolkata', at('2024-01-08T12:00:00Z')).toISOString()).toBe('2024-01-08T03:30:00.000Z');
  });

  it('keeps 09:00 local across the spring DST change (Europe/London)', () => {
    expect(lastOccurrence(MONDAY_NINE, 'Europe/London', at('2024-03-27T12:00:00Z')).toISOString()).toBe('2024-03-25T09:00:00.000Z');
    expect(lastOccurrence(MONDAY_NINE, 'Europe/London', at('2024-04-03T12:00:00Z')).toISOString()).toBe('2024-04-01T08:00:00.000Z');
  });

  it('keeps 09:00 local across the autumn DST change (Europe/London)', () => {
    expect(lastOccurrence(MONDAY_NINE, 'Europe/London', at('2024-10-23T12:00:00Z')).toISOString()).toBe('2024-10-21T08:00:00.000Z');
    expect(lastOccurrence(MONDAY_NINE, 'Europe/London', at('2024-10-30T12:00:00Z')).toISOString()).toBe('2024-10-28T09:00:00.000Z');
  });

  it('keeps 09:00 local across DST in the other hemisphere and in America', () => {
    expect(lastOccurrence(MONDAY_NINE, 'America/New_York', at('2024-03-06T12:00:00Z')).toISOString()).toBe('2024-03-04T14:00:00.000Z');
    expect(lastOccurrence(MONDAY_NINE, 'America/New_York', at('2024-03-13T12:00:00Z')).toISOString()).toBe('2024-03-11T13:00:00.000Z');
    expect(lastOccurrence(MONDAY_NINE, 'Australia/Sydney', at('2024-04-03T00:00:00Z')).toISOString()).toBe('2024-03-31T22:00:00.000Z');
    expect(lastOccurrence(MONDAY_NINE, 'Australia/Sydney', at('2024-04-10T00:00:00Z')).toISOString()).toBe('2024-04-07T23:00:00.000Z');
  });

  it('a local time skipped by the spring change names no instant that day', () => {
    // 01:30 does not exist in London on 31 March 2024 (01:00 GMT jumps to 02:00 BST)
    expect(lastOccurrence('30 1 * * *', 'Europe/London', at('2024-03-31T12:00:00Z')).toISOString()).toBe('2024-03-30T01:30:00.000Z');
  });

  it('a local time repeated by the autumn change names both instants', () => {
    // 01:30 happens twice in London on 27 October 2024: 00:30 UTC (BST) and 01:30 UTC (GMT)
    expect(lastOccurrence('30 1 * * *', 'Europe/London', at('2024-10-27T01:00:00Z')).toISOString()).toBe('2024-10-27T00:30:00.000Z');
    expect(lastOccurrence('30 1 * * *', 'Europe/London', at('2024-10-27T12:00:00Z')).toISOString()).toBe('2024-10-27T01:30:00.000Z');
  });

  it('handles other cron shapes (daily, every weekday, first of the month)', () => {
    expect(lastOccurrence('0 7 * * *', 'UTC', at('2024-01-10T06:59:00Z')).toISOString()).toBe('2024-01-09T07:00:00.000Z');
    expect(lastOccurrence('0 9 * * 1-5', 'UTC', at('2024-01-14T12:00:00Z')).toISOString()).toBe('2024-01-12T09:00:00.000Z');
    expect(lastOccurrence('0 0 1 * *', 'UTC', at('2024-03-15T12:00:00Z')).toISOString()).toBe('2024-03-01T00:00:00.000Z');
  });

  it('throws on an invalid cron expression rather than inventing a time', () => {
    expect(() => lastOccurrence('not a cron', 'UTC', at('2024-01-10T12:00:00Z'))).toThrow();
    expect(() => lastOccurrence('61 9 * * 1', 'UTC', at('2024-01-10T12:00:00Z'))).toThrow();
  });

  it('throws on an unknown time zone rather than reading the cron in another zone', () => {
    expect(() => lastOccurrence(MONDAY_NINE, 'Not/AZone', at('2024-01-10T12:00:00Z'))).toThrow();
  });
});

describe('localClock', () => {
  it('numbers the weekdays 1 = Monday to 7 = Sunday', () => {
    // 1 January 2024 was a Monday
    const weekdays = Array.from({ length: 7 }, (_, day) => localClock('UTC', at(`2024-01-0${day + 1}T12:00:00Z`)).weekday);
    expect(weekdays).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('reads midnight as hour 0 and the last hour as 23', () => {
    expect(localClock('UTC', at('2024-01-08T00:00:00Z'))).toEqual({ weekday: 1, hour: 0 });
    expect(localClock('UTC', at('2024-01-07T23:59:59Z'))).toEqual({ weekday: 7, hour: 23 });
  });

  it('reads the day and hour in the given time zone', () => {
    expect(localClock('America/Los_Angeles', at('2024-01-08T03:00:00Z'))).toEqual({ weekday: 7, hour: 19 });
    expect(localClock('Pacific/Auckland', at('2024-01-05T12:00:00Z'))).toEqual({ weekday: 6, hour: 1 });
    expect(localClock('Asia/Kolkata', at('2024-01-08T03:29:00Z'))).toEqual({ weekday: 1, hour: 8 });
    expect(localClock('Asia/Kolkata', at('2024-01-08T03:30:00Z'))).toEqual({ weekday: 1, hour: 9 });
  });

  it('follows DST: summer time is an hour ahead', () => {
    expect(localClock('Europe/London', at('2024-01-08T12:00:00Z'))).toEqual({ weekday: 1, hour: 12 });
    expect(localClock('Europe/London', at('2024-07-08T12:00:00Z'))).toEqual({ weekday: 1, hour: 13 });
  });

  it('jumps from 00:59 to 02:00 at the spring change and repeats 01:00 at the autumn change', () => {
    expect(localClock('Europe/London', at('2024-03-31T00:59:59Z'))).toEqual({ weekday: 7, hour: 0 });
    expect(localClock('Europe/London', at('2024-03-31T01:00:00Z'))).toEqual({ weekday: 7, hour: 2 });
    expect(localClock('Europe/London', at('2024-10-27T00:30:00Z'))).toEqual({ weekday: 7, hour: 1 });
    expect(localClock('Europe/London', at('2024-10-27T01:30:00Z'))).toEqual({ weekday: 7, hour: 1 });
  });

  it('throws on an unknown time zone', () => {
    expect(() => localClock('Not/AZone', at('2024-01-08T12:00:00Z'))).toThrow();
  });
});

describe('isWorkingHour', () => {
  it('is open from 09:00 up to 17:00', () => {
    expect(isWorkingHour({ weekday: 1, hour: 8 })).toBe(false);
    expect(isWorkingHour({ weekday: 1, hour: 9 })).toBe(true);
    expect(isWorkingHour({ weekday: 1, hour: 12 })).toBe(true);
    expect(isWorkingHour({ weekday: 1, hour: 16 })).toBe(true);
    expect(isWorkingHour({ weekday: 1, hour: 17 })).toBe(false);
    expect(isWorkingHour({ weekday: 1, hour: 0 })).toBe(false);
    expect(isWorkingHour({ weekday: 1, hour: 23 })).toBe(false);
  });

  it('is open Monday to Friday, closed at the weekend', () => {
    for (const weekday of [1, 2, 3, 4, 5]) expect(isWorkingHour({ weekday, hour: 10 })).toBe(true);
    expect(isWorkingHour({ weekday: 6, hour: 10 })).toBe(false);
    expect(isWorkingHour({ weekday: 7, hour: 10 })).toBe(false);
  });

  it('is closed for a weekday it does not know (0, as from an unreadable clock)', () => {
    expect(isWorkingHour({ weekday: 0, hour: 10 })).toBe(false);
    expect(isWorkingHour({ weekday: 8, hour: 10 })).toBe(false);
  });

  it('judges the learner’s own clock', () => {
    // Friday 16:30 in New York is 21:30 UTC; 17:00 there is closed
    expect(isWorkingHour(localClock('America/New_York', at('2024-01-12T21:30:00Z')))).toBe(true);
    expect(isWorkingHour(localClock('America/New_York', at('2024-01-12T22:00:00Z')))).toBe(false);
    // Monday 10:00 UTC is already Monday 19:00 in Tokyo
    expect(isWorkingHour(localClock('UTC', at('2024-01-08T10:00:00Z')))).toBe(true);
    expect(isWorkingHour(localClock('Asia/Tokyo', at('2024-01-08T10:00:00Z')))).toBe(false);
    // Friday 23:00 UTC is Saturday 12:00 in Auckland
    expect(isWorkingHour(localClock('Pacific/Auckland', at('2024-01-05T23:00:00Z')))).toBe(false);
  });
});
