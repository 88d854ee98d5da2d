import type { CoreDeps } from '../context.js';
import { isUniqueViolation } from '../shared/db-errors.js';

/**
 * The one live card per person, chat platform and kind (a platform-given name such as "assessment" or
 * "path"): where it is, as the platform's opaque message reference. Keeping it in the database lets any
 * server process close the old card when a new one is posted, and recognise a press on a stale one.
 */
export async function findLiveCard(deps: CoreDeps, input: { employeeId: number; platform: string; kind: string }): Promise<string | null> {
  const row = await deps.db.chatCard.findUnique({
    where: { employeeId_platform_kind: input },
    select: { messageRef: true },
  });
  return row?.messageRef ?? null;
}

/**
 * Makes `messageRef` the live card of its kind; returns the one it replaced, which the caller closes. A
 * compare-and-set, so that of two posts at once (two processes, a double press) each replaces exactly one
 * card and none is left looking live: the loser of a race reads the winner's card and replaces that.
 */
export async function saveLiveCard(deps: CoreDeps, input: { employeeId: number; platform: string; kind: string; messageRef: string }): Promise<string | null> {
  const { messageRef, ...key } = input;
  for (;;) {
    const previous = await findLiveCard(deps, key);
    if (previous === messageRef) return null;
    if (previous === null) {
      try {
        await deps.db.chatCard.create({ data: input });
        return null;
      } catch (error) {
        if (isUniqueViolation(error)) continue; // another post created it first
        throw error;
      }
    }
    const swapped = await deps.db.chatCard.updateMany({ where: { ...key, messageRef: previous }, data: { messageRef } });
    if (swapped.count === 1) return previous;
  }
}
