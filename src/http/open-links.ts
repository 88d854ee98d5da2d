import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

interface LinkPayload {
  /** employee */
  e: number;
  /** content */
  c: number;
  /** where to go */
  u: string;
}

/**
 * Links that record an open and then redirect to the content: GET /open/<token>, where the token is
 * the employee, the content and its URL, signed with HMAC-SHA256. Chat platforms whose link buttons
 * do not tell the bot they were pressed (Teams' Action.OpenUrl) use them.
 */
export class OpenLinks {
  private readonly key: Buffer;

  constructor(
    secret: string | null,
    private readonly baseUrl: string | undefined,
  ) {
    this.key = secret ? createHmac('sha256', 'skillcheck-open-links').update(secret).digest() : randomBytes(32);
  }

  /**
   * The tracked link, or the content URL itself when no public URL is configured. `baseUrl` overrides
   * the configured one for a caller that knows where its reader reaches this server (the web chat: the
   * page's own origin).
   */
  link(employeeId: number, contentId: number, url: string, baseUrl: string | undefined = this.baseUrl): string {
    if (!baseUrl) return url;
    const payload = Buffer.from(JSON.stringify({ e: employeeId, c: contentId, u: url } satisfies LinkPayload)).toString('base64url');
    return `${baseUrl.replace(/\/+$/, '')}/open/${payload}.${this.sign(payload)}`;
  }

  verify(token: string): LinkPayload | null {
    const [payload, signature] = token.split('.');
    if (!payload || !signature) return null;
    const expected = Buffer.from(this.sign(payload));
    const given = Buffer.from(signature);
    if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
    try {
      const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as LinkPayload;
      return Number.isSafeInteger(parsed.e) && Number.isSafeInteger(parsed.c) && /^https?:\/\//.test(parsed.u) ? parsed : null;
    } catch {
      return null;
    }
  }

  private sign(payload: string): string {
    return createHmac('sha256', this.key).update(payload).digest('base64url');
  }
}
