export interface SessionState {
  currentRefresh: string;
  expiresAt: Date;
  revokedAt: Date | null;
}

/** A session's tokens work until it is revoked (sign-out, reuse, a disabled account) or expires. */
export const sessionIsLive = (session: Pick<SessionState, 'expiresAt' | 'revokedAt'>, now: Date): boolean =>
  session.revokedAt === null && session.expiresAt.getTime() > now.getTime();

/**
 * What a refresh token presented for a session leads to: `rotate` (it is the session's current one: issue
 * the next pair), `ended` (the session is over), or `reused` (an older refresh token of a live session: it
 * was copied, by someone else or by a replay, so the whole session is revoked).
 */
export function refreshVerdict(session: SessionState, refreshId: string, now: Date): 'rotate' | 'ended' | 'reused' {
  if (!sessionIsLive(session, now)) return 'ended';
  return session.currentRefresh === refreshId ? 'rotate' : 'reused';
}
