import { TeamsInfo, TurnContext } from 'botbuilder';
import type { Logger as PinoLogger } from 'pino';
import type { Conversation } from '../chat/conversation/conversation.js';
import type { Person } from '../chat/conversation/surface.js';
import type { Core } from '../core/create-core.js';
import type { OpenLinks } from '../http/open-links.js';

export interface TeamsContext {
  core: Core;
  conversation: Conversation;
  logger: PinoLogger;
  links: OpenLinks;
}

/** How people know their Teams account, for "ask your admin to add you with the same e-mail as your ...". */
export const TEAMS_ACCOUNT = 'Microsoft 365 account';

/**
 * The employee behind a Teams user: by the stored AAD object id, else by the e-mail that the Bot
 * Connector's member lookup gives (then stored). Null for a person who is not an employee. The
 * conversation reference is stored each time, so the bot can write to the person later.
 */
export async function resolveEmployee(ctx: TeamsContext, context: TurnContext): Promise<Person | null> {
  const from = context.activity.from;
  let employee = from.aadObjectId ? await ctx.core.findChatUser({ platform: 'teams', userId: from.aadObjectId }) : null;
  if (!employee) {
    const member = await TeamsInfo.getMember(context, from.id).catch((error: unknown) => {
      ctx.logger.warn({ err: error }, 'Teams member lookup failed');
      return null;
    });
    const aadObjectId = member?.aadObjectId ?? from.aadObjectId;
    const email = member?.email ?? member?.userPrincipalName ?? null;
    if (aadObjectId && email) employee = await ctx.core.linkChatUser({ platform: 'teams', userId: aadObjectId, secondaryId: from.id, email });
  }
  if (!employee) return null;
  const reference = TurnContext.getConversationReference(context.activity);
  await ctx.core.saveConversation({ employeeId: employee.id, platform: 'teams', reference: JSON.stringify(reference) });
  return { employeeId: employee.id, name: employee.name };
}
