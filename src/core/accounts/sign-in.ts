import { randomUUID } from 'node:crypto';
import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { accountServices } from './account-services.js';
import { issueTokens } from './issue-tokens.js';
import { PASSWORD_MAX_LENGTH } from './rules/password-policy.js';
import { sessionExpiry } from './rules/token-lifetimes.js';
import { normaliseUsername } from './rules/usernames.js';
import type { TokenPair } from './views.js';

/**
 * Signs a web account in with its username or e-mail address and its password, and opens a session.
 * A wrong password, an unknown name and a disabled account all fail the same way (SIGN_IN_FAILED), after
 * the same work. Attempts are counted per account (or per name typed, when it names none) and per address first (SIGN_IN_LIMITED with
 * details.retryAfterSeconds when over a limit); success forgets the name's failures.
 */
export async function signIn(deps: CoreDeps, input: { username: string; password: string; address: string }): Promise<TokenPair> {
  const services = accountServices(deps);
  const name = normaliseUsername(input.username);
  const account = name.length === 0 ? null : await deps.db.webAccount.findFirst({ where: { OR: [{ username: name }, { email: name }] }, orderBy: { id: 'asc' } });
  // An account's attempts count together whichever of its names is typed (username or e-mail).
  const keys = { account: account ? `#${account.id}` : name, address: input.address };
  const wait = services.limiter ? await services.limiter.attempt(keys) : null;
  if (wait !== null) throw new SkillcheckError('SIGN_IN_LIMITED', undefined, { retryAfterSeconds: wait });

  const password = input.password.length > PASSWORD_MAX_LENGTH ? '' : input.password;
  const matches = await services.passwords.verify(account?.passwordHash ?? null, password);
  if (!account || !matches || account.disabledAt !== null || password.length === 0) throw new SkillcheckError('SIGN_IN_FAILED');
  if (services.limiter) await services.limiter.succeeded(keys);

  const now = deps.now();
  // The account's ended sessions go (their tokens are refused either way), so sessions do not pile up.
  await deps.db.webSession.deleteMany({ where: { accountId: account.id, OR: [{ expiresAt: { lte: now } }, { revokedAt: { not: null } }] } });
  const expiresAt = sessionExpiry(now, services.lifetimes);
  const refreshId = randomUUID();
  const session = await deps.db.webSession.create({
    data: { publicId: randomUUID(), accountId: account.id, currentRefresh: refreshId, createdAt: now, refreshedAt: now, expiresAt },
    select: { publicId: true },
  });
  return issueTokens(services, { userId: account.id, role: account.role, employeeId: account.employeeId, sid: session.publicId }, refreshId, expiresAt, now);
}
