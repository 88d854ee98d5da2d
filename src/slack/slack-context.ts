import type { WebClient } from '@slack/web-api';
import type { Logger as PinoLogger } from 'pino';
import type { Core } from '../core/create-core.js';
import type { ChatUserView } from '../core/views/chat-user-view.js';
import type { DmChannels } from './dm-channels.js';

/** What the Slack listeners share. */
export interface SlackContext {
  core: Core;
  logger: PinoLogger;
  /** REMINDER_AFTER_DAYS: a report idle this long is flagged stalled in digests */
  stallDays: number;
  /**
   * Runs the work that follows an ack (database, Web API calls) with bounded concurrency per process,
   * so a burst of clicks waits its turn instead of exhausting the database connections.
   */
  afterAck(work: () => Promise<void>): Promise<void>;
  /** DM channels by Slack user id, opened once */
  dms: DmChannels;
}

/**
 * The employee behind a Slack user: by the stored Slack id, else by the e-mail of users.info
 * (then stored, with the user's time zone). Null for a person who is not an employee.
 */
export async function resolveEmployee(ctx: SlackContext, client: WebClient, userId: string, teamId?: string | null): Promise<ChatUserView | null> {
  const linked = await ctx.core.findChatUser({ platform: 'slack', userId });
  if (linked) return linked;
  const info = await client.users.info({ user: userId });
  const user = info.user;
  if (!user || user.is_bot || user.deleted) return null;
  return ctx.core.linkChatUser({ platform: 'slack', userId, secondaryId: teamId ?? user.team_id ?? null, email: user.profile?.email ?? null, timezone: user.tz ?? null });
}
