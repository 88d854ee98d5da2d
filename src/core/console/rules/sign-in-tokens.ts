import { createHash, randomBytes } from 'node:crypto';

/**
 * The secrets of the console: sign-in links and session cookies carry 32 random bytes; the database
 * keeps only their SHA-256, so a copy of the database signs nobody in.
 */
export const newToken = (): string => randomBytes(32).toString('base64url');

export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

/** A token as the console hands them out: 43 base64url characters. Anything else is refused before any lookup. */
export const isWellFormedToken = (token: unknown): token is string => typeof token === 'string' && /^[A-Za-z0-9_-]{43}$/.test(token);
