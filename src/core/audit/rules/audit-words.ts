import type { AuditActorKind } from '../actor.js';

/** What kind of actor an entry names, in words. */
export const ACTOR_KIND_WORDS: Record<AuditActorKind, string> = {
  employee: 'employee',
  'web-account': 'web account',
  'api-token': 'API token',
  cli: 'command line',
  system: 'scheduler',
};

/** Where it was done, in words (an unknown channel is shown as stored). */
const CHANNEL_WORDS: Record<string, string> = {
  rest: 'REST API',
  'original-api': 'web app API',
  console: 'web console',
  chat: 'chat',
  cli: 'command line',
  scheduler: 'scheduler',
};
export const channelWords = (channel: string): string => CHANNEL_WORDS[channel] ?? channel;

/** A detail key as words: "targetLevel" -> "target level", "dry_run" -> "dry run". */
const keyWords = (key: string) =>
  key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();

function valueWords(value: unknown): string {
  if (value === null || value === undefined) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.length === 0 ? 'none' : value.map(valueWords).join(', ');
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return entries.length === 0 ? 'none' : entries.map(([key, inner]) => `${keyWords(key)} ${valueWords(inner)}`).join(', ');
  }
  return String(value);
}

/**
 * An entry's detail as a line a person reads: "role: developer; change: add; target level: 3; dry run: no".
 * Keys become words, booleans yes or no, lists and counts are spelled out; an empty detail says nothing.
 */
export function auditDetailWords(detail: Record<string, unknown>): string {
  return Object.entries(detail)
    .map(([key, value]) => `${keyWords(key)}: ${valueWords(value)}`)
    .join('; ');
}

/** A day (YYYY-MM-DD, as a date field sends it) as the first or last moment of that day in UTC; null when it is no date. */
export function dayBound(day: string, end: 'start' | 'end'): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day.trim());
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const start = new Date(Date.UTC(year, month - 1, date));
  // 2025-02-30 rolls over to March: not a day of the calendar.
  if (start.getUTCFullYear() !== year || start.getUTCMonth() !== month - 1 || start.getUTCDate() !== date) return null;
  return end === 'start' ? start : new Date(start.getTime() + 24 * 60 * 60 * 1000 - 1);
}
