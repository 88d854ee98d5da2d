import type { CoreDeps } from '../../context.js';
import type { ChatPlatform } from './chat-identity.js';

/** Keeps where a person can be reached on a platform (an opaque reference), so proactive messages survive restarts. */
export async function saveConversation(deps: CoreDeps, input: { employeeId: number; platform: ChatPlatform; reference: string }): Promise<void> {
  await deps.db.chatConversation.upsert({
    where: { employeeId_platform: { employeeId: input.employeeId, platform: input.platform } },
    create: { employeeId: input.employeeId, platform: input.platform, reference: input.reference },
    update: { reference: input.reference },
  });
}

export async function findConversation(deps: CoreDeps, input: { employeeId: number; platform: ChatPlatform }): Promise<string | null> {
  const row = await deps.db.chatConversation.findUnique({
    where: { employeeId_platform: { employeeId: input.employeeId, platform: input.platform } },
    select: { reference: true },
  });
  return row?.reference ?? null;
}
