import type { CoreDeps } from '../context.js';
import { isConsoleAdmin, type ConsoleViewer } from './rules/console-access.js';
import { hashToken, isWellFormedToken } from './rules/sign-in-tokens.js';

export interface SignedInViewer extends ConsoleViewer {
  sessionId: number;
  name: string;
  email: string;
}

/** A session's last-seen time is written at most this often, so reading pages does not write on every request. */
const SEEN_EVERY_MS = 5 * 60_000;

/**
 * Who a session cookie belongs to, looked up on every console request (so a revoked session or a
 * person taken out of the directory is signed out at once), or null when it is unknown, revoked or
 * expired. Whether they are an admin or a manager is read now, not when they signed in.
 */
export async function findConsoleViewer(deps: CoreDeps, input: { sessionToken: string | undefined }): Promise<SignedInViewer | null> {
  if (!isWellFormedToken(input.sessionToken)) return null;
  const now = deps.now();
  const session = await deps.db.consoleSession.findUnique({
    where: { tokenHash: hashToken(input.sessionToken) },
    select: {
      id: true,
      revokedAt: true,
      expiresAt: true,
      lastSeenAt: true,
      employee: { select: { id: true, name: true, email: true, isAdmin: true, _count: { select: { reports: true } } } },
    },
  });
  if (!session || session.revokedAt || session.expiresAt.getTime() <= now.getTime()) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > SEEN_EVERY_MS) {
    await deps.db.consoleSession.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  const { employee } = session;
  return {
    sessionId: session.id,
    employeeId: employee.id,
    name: employee.name,
    email: employee.email,
    isAdmin: isConsoleAdmin(employee, deps.settings.console.adminEmails),
    reports: employee._count.reports,
  };
}
