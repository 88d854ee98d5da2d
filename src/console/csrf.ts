import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * CSRF tokens of the console's forms: the HMAC of the session's secret, so every process that shares
 * the secret (LINK_SECRET or the platform secrets) derives the same token, nothing is stored, and a
 * page's token reveals nothing of the cookie. Another site can read neither the cookie nor the page,
 * so it cannot forge a form that passes. (A synchronizer token derived from the session needs no
 * library: csrf packages mostly implement the double-submit cookie, which this session does not need.)
 */
export class CsrfTokens {
  private readonly key: Buffer;

  constructor(secret: string | null) {
    this.key = createHmac('sha256', 'skillcheck-console-csrf').update(secret ?? '').digest();
  }

  tokenFor(sessionToken: string): string {
    return createHmac('sha256', this.key).update(sessionToken).digest('base64url');
  }

  matches(sessionToken: string, given: unknown): boolean {
    if (typeof given !== 'string' || given.length === 0 || given.length > 100) return false;
    const expected = Buffer.from(this.tokenFor(sessionToken));
    const actual = Buffer.from(given);
    return expected.length === actual.length && timingSafeEqual(expected, actual);
  }
}
