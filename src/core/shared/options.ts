import { SkillcheckError } from '../errors.js';
import { isOptionKey, type OptionKey } from './types.js';

/** Accepts "A".."D" (any case, surrounding spaces ignored); anything else is INVALID_OPTION. */
export function parseOption(value: unknown): OptionKey {
  const key = typeof value === 'string' ? value.trim().toUpperCase() : value;
  if (!isOptionKey(key)) throw new SkillcheckError('INVALID_OPTION');
  return key;
}
