import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { accountServices } from './account-services.js';

/**
 * Ends a session: by its refresh token, or by the session of the signed-in caller. Every token of the session
 * is refused from then on. Signing out of a session that already ended is not an error.
 */
export async function signOut(deps: CoreDeps, input: { refresh: string } | { sessionId: string }): Promise<void> {
  let sessionId: string;
  if ('refresh' in input) {
    const claims = await accountServices(deps).tokens.verify(input.refresh, 'refresh');
    if (!claims) throw new SkillcheckError('TOKEN_NOT_VALID');
    sessionId = claims.sid;
  } else sessionId = input.sessionId;
  await deps.db.webSession.updateMany({ where: { publicId: sessionId, revokedAt: null }, data: { revokedAt: deps.now() } });
}
