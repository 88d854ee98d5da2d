import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { hashToken, isWellFormedToken } from './rules/sign-in-tokens.js';

/**
 * Whose link this is, without using it: the page a link opens asks "Sign in as Priya?" and signs in
 * only on the press, so a link preview (chat apps fetch links to show them) never uses it up.
 */
export async function peekSignInLink(deps: CoreDeps, input: { token: string }): Promise<{ name: string; expiresAt: Date }> {
  if (!isWellFormedToken(input.token)) throw new SkillcheckError('SIGN_IN_LINK_UNKNOWN');
  const link = await deps.db.consoleSignIn.findUnique({
    where: { tokenHash: hashToken(input.token) },
    select: { usedAt: true, expiresAt: true, employee: { select: { name: true } } },
  });
  if (!link) throw new SkillcheckError('SIGN_IN_LINK_UNKNOWN');
  if (link.usedAt) throw new SkillcheckError('SIGN_IN_LINK_USED');
  if (link.expiresAt.getTime() <= deps.now().getTime()) throw new SkillcheckError('SIGN_IN_LINK_EXPIRED');
  return { name: link.employee.name, expiresAt: link.expiresAt };
}
