import { randomUUID } from 'node:crypto';
import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { accountServices } from './account-services.js';
import { issueTokens } from './issue-tokens.js';
import { refreshVerdict } from './rules/session-rules.js';
import { sessionExpiry } from './rules/token-lifetimes.js';
import type { TokenPair } from './views.js';

/**
 * Trades a session's current refresh token for a new pair (rotation: the one presented stops working, and
 * the session lasts JWT_REFRESH_DAYS from now). A refresh token that is not the session's current one was
 * used before: the whole session is revoked, so whoever holds its newer tokens is signed out too.
 */
export async function refreshSession(deps: CoreDeps, input: { refresh: string }): Promise<TokenPair> {
  const services = accountServices(deps);
  const claims = await services.tokens.verify(input.refresh, 'refresh');
  if (!claims) throw new SkillcheckError('TOKEN_NOT_VALID');
  const now = deps.now();
  const session = await deps.db.webSession.findUnique({
    where: { publicId: claims.sid },
    select: { id: true, currentRefresh: true, expiresAt: true, revokedAt: true, account: { select: { id: true, role: true, employeeId: true, disabledAt: true } } },
  });
  if (!session || session.account.id !== claims.userId || session.account.disabledAt !== null) throw new SkillcheckError('TOKEN_NOT_VALID');
  const verdict = refreshVerdict(session, claims.jti, now);
  if (verdict === 'reused') {
    await deps.db.webSession.updateMany({ where: { id: session.id, revokedAt: null }, data: { revokedAt: now } });
    deps.logger.warn({ sessionId: claims.sid }, 'a refresh token was used twice: the session is revoked');
  }
  if (verdict !== 'rotate') throw new SkillcheckError('TOKEN_NOT_VALID');

  const refreshId = randomUUID();
  const expiresAt = sessionExpiry(now, services.lifetimes);
  // Conditional on the refresh id presented: of two refreshes racing with one token, one wins and the other is reuse.
  const rotated = await deps.db.webSession.updateMany({
    where: { id: session.id, currentRefresh: claims.jti, revokedAt: null },
    data: { currentRefresh: refreshId, refreshedAt: now, expiresAt },
  });
  if (rotated.count !== 1) {
    await deps.db.webSession.updateMany({ where: { id: session.id, revokedAt: null }, data: { revokedAt: now } });
    throw new SkillcheckError('TOKEN_NOT_VALID');
  }
  const { account } = session;
  return issueTokens(services, { userId: account.id, role: account.role, employeeId: account.employeeId, sid: claims.sid }, refreshId, expiresAt, now);
}
