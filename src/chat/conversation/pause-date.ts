/**
 * The day a person typed after "pause until": 2027-01-15, 15.01.2027 or 15/01/2027 (day first), 15 January
 * [2027], January 15[, 2027], 15 Jan. Without a year, the next such day after today. Returns the day as
 * YYYY-MM-DD, or null when the words are no date; whether it is after today and not too far is the core's.
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const monthOf = (word: string): number | null => {
  const index = MONTHS.indexOf(word.slice(0, 3));
  return index === -1 || (word.length > 3 && !'january february march april may june july august september october november december sept'.split(' ').some((name) => name.startsWith(word))) ? null : index + 1;
};

const iso = (year: number, month: number, day: number): string | null => {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

/** Without a year: this year's day, or next year's when this year's is not after today. */
const nextOccurrence = (month: number, day: number, today: string): string | null => {
  const year = Number(today.slice(0, 4));
  const thisYear = iso(year, month, day);
  if (thisYear && thisYear > today) return thisYear;
  return iso(year + 1, month, day) ?? thisYear;
};

export function parsePauseDate(typed: string, today: string): string | null {
  const words = typed.toLowerCase().replace(/(\d)(st|nd|rd|th)\b/g, '$1').replace(/,/g, ' ').trim();
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(words);
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(words);
  if (match) return iso(Number(match[3]), Number(match[2]), Number(match[1]));
  match = /^(\d{1,2})\s+([a-z]+)\.?(?:\s+(\d{4}))?$/.exec(words);
  if (match) {
    const month = monthOf(match[2]!);
    if (month === null) return null;
    return match[3] ? iso(Number(match[3]), month, Number(match[1])) : nextOccurrence(month, Number(match[1]), today);
  }
  match = /^([a-z]+)\.?\s+(\d{1,2})(?:\s+(\d{4}))?$/.exec(words);
  if (match) {
    const month = monthOf(match[1]!);
    if (month === null) return null;
    return match[3] ? iso(Number(match[3]), month, Number(match[2])) : nextOccurrence(month, Number(match[2]), today);
  }
  return null;
}
