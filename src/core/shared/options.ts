import { SkillcheckError } from '../errors.js';
import { isOptionKey, type OptionKey } from './types.js';

/** The answer value that means "I don't know" (an answer without a guess). */
export const DONT_KNOW = 'DONT_KNOW';

/** Accepts "A".."D" (any case, surrounding spaces ignored); anything else is INVALID_OPTION. */
export function parseOption(value: unknown): OptionKey {
  const key = typeof value === 'string' ? value.trim().toUpperCase() : value;
  if (!isOptionKey(key)) throw new SkillcheckError('INVALID_OPTION');
  return key;
}

/** An answer: one of the options, or "I don't know" (DONT_KNOW, any case, or "?"). */
export function parseAnswer(value: unknown): { option: OptionKey | null; dontKnow: boolean } {
  const text = typeof value === 'string' ? value.trim().toUpperCase().replace(/[\s'’-]+/g, '_') : value;
  if (text === DONT_KNOW || text === '?' || text === 'DONT_KNOW' || text === 'IDK') return { option: null, dontKnow: true };
  return { option: parseOption(value), dontKnow: false };
}
