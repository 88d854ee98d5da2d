import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { hashToken, isWellFormedToken, newToken } from './rules/sign-in-tokens.js';

export interface ConsoleSignedIn {
  /** the secret of the session: the adapter puts it into the session cookie */
  sessionToken: string;
  expiresAt: Date;
  employeeId: number;
  landing: string;
}

/**
 * Uses a sign-in link: once only (the update that marks it used is conditional, so two presses, or
 * two processes, sign in at most once) and only before it expires. Opens a console session for
 * CONSOLE_SESSION_HOURS.
 */
export async function redeemSignInLink(deps: CoreDeps, input: { token: string; userAgent?: string }): Promise<ConsoleSignedIn> {
  if (!isWellFormedToken(input.token)) throw new SkillcheckError('SIGN_IN_LINK_UNKNOWN');
  const now = deps.now();
  const tokenHash = hashToken(input.token);
  return deps.db.$transaction(async (tx) => {
    const used = await tx.consoleSignIn.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    if (used.count !== 1) {
      const link = await tx.consoleSignIn.findUnique({ where: { tokenHash }, select: { usedAt: true } });
      throw new SkillcheckError(!link ? 'SIGN_IN_LINK_UNKNOWN' : link.usedAt ? 'SIGN_IN_LINK_USED' : 'SIGN_IN_LINK_EXPIRED');
    }
    const link = await tx.consoleSignIn.findUniqueOrThrow({ where: { tokenHash }, select: { employeeId: true, landing: true } });
    const sessionToken = newToken();
    const expiresAt = new Date(now.getTime() + deps.settings.console.sessionHours * 3_600_000);
    await tx.consoleSession.create({
      data: { tokenHash: hashToken(sessionToken), employeeId: link.employeeId, createdAt: now, lastSeenAt: now, expiresAt, userAgent: (input.userAgent ?? '').slice(0, 200) },
    });
    return { sessionToken, expiresAt, employeeId: link.employeeId, landing: link.landing };
  });
}
