import type { CoreDeps } from '../context.js';
import type { ChatPlatform } from './chat-identity.js';

/**
 * Keeps where a person can be reached on a platform (an opaque reference), so proactive messages
 * survive restarts. It is stored on the person's identity for that platform, which exists because
 * the person was linked before; without one nothing is stored (there is nobody to reach).
 */
export async function saveConversation(deps: CoreDeps, input: { employeeId: number; platform: ChatPlatform; reference: string }): Promise<void> {
  const saved = await deps.db.chatIdentity.updateMany({
    where: { employeeId: input.employeeId, platform: input.platform },
    data: { conversationReference: input.reference },
  });
  if (saved.count === 0) deps.logger.warn({ employeeId: input.employeeId, platform: input.platform }, 'no chat identity to keep a conversation reference on');
}

export async function findConversation(deps: CoreDeps, input: { employeeId: number; platform: ChatPlatform }): Promise<string | null> {
  const row = await deps.db.chatIdentity.findUnique({
    where: { employeeId_platform: { employeeId: input.employeeId, platform: input.platform } },
    select: { conversationReference: true },
  });
  return row?.conversationReference ?? null;
}
