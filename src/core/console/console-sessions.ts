import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';

export interface ConsoleSessionView {
  id: number;
  createdAt: Date;
  lastSeenAt: Date;
  expiresAt: Date;
  userAgent: string;
}

/** A person's signed-in browsers that still work, newest first. */
export async function listConsoleSessions(deps: CoreDeps, input: { employeeId: number }): Promise<ConsoleSessionView[]> {
  return deps.db.consoleSession.findMany({
    where: { employeeId: input.employeeId, revokedAt: null, expiresAt: { gt: deps.now() } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: { id: true, createdAt: true, lastSeenAt: true, expiresAt: true, userAgent: true },
  });
}

/** Signs one of a person's browsers out (sign-out, or "sign out that browser"); another person's session is not theirs to end. */
export async function revokeConsoleSession(deps: CoreDeps, input: { employeeId: number; sessionId: number }): Promise<void> {
  const revoked = await deps.db.consoleSession.updateMany({
    where: { id: input.sessionId, employeeId: input.employeeId, revokedAt: null },
    data: { revokedAt: deps.now() },
  });
  if (revoked.count !== 1) throw new SkillcheckError('CONSOLE_SESSION_NOT_FOUND');
}

/** Signs every browser of a person out (also used when their access must end at once). */
export async function revokeAllConsoleSessions(deps: CoreDeps, input: { employeeId: number }): Promise<{ revoked: number }> {
  const revoked = await deps.db.consoleSession.updateMany({ where: { employeeId: input.employeeId, revokedAt: null }, data: { revokedAt: deps.now() } });
  return { revoked: revoked.count };
}
