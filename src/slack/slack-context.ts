import type { WebClient } from '@slack/web-api';
import type { Logger as PinoLogger } from 'pino';
import type { Conversation } from '../chat/conversation/conversation.js';
import type { Person } from '../chat/conversation/surface.js';
import type { Core } from '../core/create-core.js';
import type { BoundedQueue } from '../shared/bounded-queue.js';
import type { DmChannels } from './dm-channels.js';
import { toHomeView } from './render/block-kit.js';
import { SlackSurface } from './slack-surface.js';

/** What the Slack listeners share. */
export interface SlackContext {
  core: Core;
  conversation: Conversation;
  logger: PinoLogger;
  /**
   * Acknowledges a request and queues the work that follows (database, Web API calls). `ack` is told
   * whether the work was taken: false when the queue is full and the work is shed (logged and counted),
   * so the ack itself can tell the person. The work starts only once the ack is sent, and runs with
   * bounded concurrency per process, so a burst of clicks waits its turn instead of exhausting the
   * database connections. Resolves when the work is done (or was shed).
   */
  acknowledge(kind: SlackWorkKind, ack: (taken: boolean) => Promise<void>, work: () => Promise<void>): Promise<void>;
  /** DM channels by Slack user id, opened once */
  dms: DmChannels;
}

/** What the work after an ack is for, as the shed counter labels it. */
export type SlackWorkKind = 'command' | 'press' | 'home';

/** SlackContext.acknowledge over a bounded queue: a place is taken before the ack, the work begins after it. */
export function acknowledgeThenWork(queue: BoundedQueue): SlackContext['acknowledge'] {
  return async (kind, ack, work) => {
    let acked!: () => void;
    const ackSent = new Promise<void>((resolve) => (acked = resolve));
    let ackFailed = false;
    const taken = queue.offer(kind, async () => {
      await ackSent;
      if (!ackFailed) await work();
    });
    try {
      await ack(taken !== null);
    } catch (error) {
      ackFailed = true;
      throw error;
    } finally {
      acked();
    }
    await taken;
  };
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

export const surfaceFor = (ctx: SlackContext, client: WebClient, userId: string, teamId?: string | null) => new SlackSurface(client, ctx.dms, userId, ctx.logger, teamId ?? null);

/** Redraws the App Home tab after a change; a failure is logged, never shown to the person. */
export async function refreshHome(ctx: SlackContext, client: WebClient, userId: string, person: Person): Promise<void> {
  try {
    const card = await ctx.conversation.home(person, surfaceFor(ctx, client, userId));
    await client.views.publish({ user_id: userId, view: toHomeView(card) as never });
  } catch (error) {
    ctx.logger.warn({ err: error, employeeId: person.employeeId }, 'could not refresh the App Home tab');
  }
}
