import type { WebClient } from '@slack/web-api';
import type { Logger as PinoLogger } from 'pino';
import type { Conversation } from '../chat/conversation/conversation.js';
import type { Person } from '../chat/conversation/surface.js';
import type { Core } from '../core/create-core.js';
import type { DmChannels } from './dm-channels.js';
import { toHomeView } from './render/block-kit.js';
import { SlackSurface } from './slack-surface.js';

/** What the Slack listeners share. */
export interface SlackContext {
  core: Core;
  conversation: Conversation;
  logger: PinoLogger;
  /**
   * Runs the work that follows an ack (database, Web API calls) with bounded concurrency per process,
   * so a burst of clicks waits its turn instead of exhausting the database connections.
   */
  afterAck(work: () => Promise<void>): Promise<void>;
  /** DM channels by Slack user id, opened once */
  dms: DmChannels;
}

/** How people know their Slack account, for "ask your admin to add you with the same e-mail as your ...". */
export const SLACK_ACCOUNT = 'Slack profile';

/**
 * The employee behind a Slack user: by the stored Slack id, else by the e-mail of users.info
 * (then stored, with the user's time zone). Null for a person who is not an employee.
 */
export async function resolveEmployee(ctx: SlackContext, client: WebClient, userId: string, teamId?: string | null): Promise<Person | null> {
  const linked = await ctx.core.findChatUser({ platform: 'slack', userId });
  if (linked) return { employeeId: linked.id, name: linked.name };
  const info = await client.users.info({ user: userId });
  const user = info.user;
  if (!user || user.is_bot || user.deleted) return null;
  const employee = await ctx.core.linkChatUser({ platform: 'slack', userId, secondaryId: teamId ?? user.team_id ?? null, email: user.profile?.email ?? null, timezone: user.tz ?? null });
  return employee ? { employeeId: employee.id, name: employee.name } : null;
}

export const surfaceFor = (ctx: SlackContext, client: WebClient, userId: string) => new SlackSurface(client, ctx.dms, userId, ctx.logger);

/** Redraws the App Home tab after a change; a failure is logged, never shown to the person. */
export async function refreshHome(ctx: SlackContext, client: WebClient, userId: string, person: Person): Promise<void> {
  try {
    const card = await ctx.conversation.home(person, surfaceFor(ctx, client, userId));
    await client.views.publish({ user_id: userId, view: toHomeView(card) as never });
  } catch (error) {
    ctx.logger.warn({ err: error, employeeId: person.employeeId }, 'could not refresh the App Home tab');
  }
}
