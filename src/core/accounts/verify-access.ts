import type { CoreDeps } from '../context.js';
import type { Principal } from './principal.js';
import { accountServices } from './account-services.js';
import { sessionIsLive } from './rules/session-rules.js';

/**
 * The signed-in account an access token speaks for, or null: the token must be well signed, unexpired and
 * an access token, its session live (not signed out, not revoked, not expired) and its account enabled.
 * One read by the session's unique id. Role and employee come from the account as it is now.
 */
export async function verifyAccess(deps: CoreDeps, input: { token: string }): Promise<Principal | null> {
  const claims = await accountServices(deps).tokens.verify(input.token, 'access');
  if (!claims) return null;
  const session = await deps.db.webSession.findUnique({
    where: { publicId: claims.sid },
    select: { expiresAt: true, revokedAt: true, account: { select: { id: true, username: true, role: true, employeeId: true, disabledAt: true } } },
  });
  if (!session || !sessionIsLive(session, deps.now())) return null;
  const { account } = session;
  if (account.id !== claims.userId || account.disabledAt !== null) return null;
  return { kind: 'account', accountId: account.id, username: account.username, role: account.role, employeeId: account.employeeId, sessionId: claims.sid };
}
