import { describe, expect, it } from 'vitest';
import { passwordProblem, PASSWORD_MIN_LENGTH } from '../../../src/core/accounts/rules/password-policy.js';
import { refreshVerdict, sessionIsLive } from '../../../src/core/accounts/rules/session-rules.js';
import { accessExpiry, sessionExpiry } from '../../../src/core/accounts/rules/token-lifetimes.js';
import { looksLikeEmail, normaliseUsername, usernameProblem } from '../../../src/core/accounts/rules/usernames.js';

describe('usernames', () => {
  it('are trimmed and lower-cased, so one person has one name however it is typed', () => {
    expect(normaliseUsername('  Ada.Lovelace@Example.COM ')).toBe('ada.lovelace@example.com');
    expect(normaliseUsername('Bob')).toBe('bob');
  });
  it('take letters, digits and @.+-_ only, and are not empty', () => {
    expect(usernameProblem('ada_l-1.x+y@z')).toBeNull();
    expect(usernameProblem('')).toMatch(/empty/);
    expect(usernameProblem('ada lovelace')).toMatch(/no spaces/);
    expect(usernameProblem('a'.repeat(151))).toMatch(/at most 150/);
  });
  it('tells an e-mail address from a plain name', () => {
    expect(looksLikeEmail('ada@example.com')).toBe(true);
    expect(looksLikeEmail('ada')).toBe(false);
  });
});

describe('password policy', () => {
  it(`wants at least ${PASSWORD_MIN_LENGTH} characters and says why`, () => {
    expect(passwordProblem('short1234', { username: 'ada' })).toMatch(/at least 10 characters: longer passwords are much harder to guess/);
    expect(passwordProblem('correct horse', { username: 'ada' })).toBeNull();
  });
  it('counts characters, not bytes', () => {
    expect(passwordProblem('ééééééééé', { username: 'ada' })).not.toBeNull();
    expect(passwordProblem('éééééééééé', { username: 'ada' })).toBeNull();
  });
  it('refuses the username or the e-mail address as the password, in any case', () => {
    expect(passwordProblem('Ada.Lovelace', { username: 'ada.lovelace' })).toMatch(/cannot be the username/);
    expect(passwordProblem('ADA@EXAMPLE.COM', { username: 'ada', email: 'ada@example.com' })).toMatch(/e-mail/);
  });
  it('refuses absurdly long passwords', () => {
    expect(passwordProblem('x'.repeat(1025), { username: 'ada' })).toMatch(/at most 1024/);
  });
});

describe('token lifetimes', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  const lifetimes = { accessMinutes: 60, refreshDays: 7 };
  it('a session lasts JWT_REFRESH_DAYS from its sign-in or latest refresh', () => {
    expect(sessionExpiry(now, lifetimes).toISOString()).toBe('2026-01-08T00:00:00.000Z');
  });
  it('an access token lasts JWT_ACCESS_MINUTES, never past its session', () => {
    expect(accessExpiry(now, lifetimes, new Date('2026-01-08T00:00:00Z')).toISOString()).toBe('2026-01-01T01:00:00.000Z');
    expect(accessExpiry(now, lifetimes, new Date('2026-01-01T00:10:00Z')).toISOString()).toBe('2026-01-01T00:10:00.000Z');
  });
});

describe('session rules', () => {
  const now = new Date('2026-01-01T00:00:00Z');
  const live = { currentRefresh: 'r2', expiresAt: new Date('2026-01-02T00:00:00Z'), revokedAt: null };
  it('a live session is neither revoked nor expired', () => {
    expect(sessionIsLive(live, now)).toBe(true);
    expect(sessionIsLive({ ...live, revokedAt: now }, now)).toBe(false);
    expect(sessionIsLive({ ...live, expiresAt: now }, now)).toBe(false);
  });
  it('the current refresh token rotates; an earlier one is reuse; an ended session is ended', () => {
    expect(refreshVerdict(live, 'r2', now)).toBe('rotate');
    expect(refreshVerdict(live, 'r1', now)).toBe('reused');
    expect(refreshVerdict({ ...live, revokedAt: now }, 'r2', now)).toBe('ended');
    expect(refreshVerdict({ ...live, expiresAt: new Date('2025-12-31T00:00:00Z') }, 'r1', now)).toBe('ended');
  });
});
