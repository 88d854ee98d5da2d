import { randomUUID } from 'node:crypto';
import type { AccountServices } from '../context.js';
import { accessExpiry } from './rules/token-lifetimes.js';
import type { TokenPair } from './views.js';

export interface TokenSubject {
  userId: number;
  role: 'EMPLOYEE' | 'ADMIN';
  employeeId: number | null;
  sid: string;
}

/** The access and refresh tokens of a session: the refresh token carries the session's current refresh id. */
export async function issueTokens(services: AccountServices, subject: TokenSubject, refreshId: string, sessionEnds: Date, now: Date): Promise<TokenPair> {
  const [access, refresh] = await Promise.all([
    services.tokens.sign({ ...subject, type: 'access', jti: randomUUID(), issuedAt: now, expiresAt: accessExpiry(now, services.lifetimes, sessionEnds) }),
    services.tokens.sign({ ...subject, type: 'refresh', jti: refreshId, issuedAt: now, expiresAt: sessionEnds }),
  ]);
  return { access, refresh };
}
