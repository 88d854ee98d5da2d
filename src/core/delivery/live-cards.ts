import type { CoreDeps } from '../context.js';

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

/** Makes `messageRef` the live card of its kind; returns the one it replaces, if any. */
export async function saveLiveCard(deps: CoreDeps, input: { employeeId: number; platform: string; kind: string; messageRef: string }): Promise<string | null> {
  const { messageRef, ...key } = input;
  return deps.db.$transaction(async (tx) => {
    const previous = await tx.chatCard.findUnique({ where: { employeeId_platform_kind: key }, select: { messageRef: true } });
    await tx.chatCard.upsert({ where: { employeeId_platform_kind: key }, create: input, update: { messageRef } });
    return previous && previous.messageRef !== messageRef ? previous.messageRef : null;
  });
}
