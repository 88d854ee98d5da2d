import { NotifierBusy, type Notifier, type Recipient } from '../core/ports/notifier.js';
import { BoundedQueue, type Refusal } from '../shared/bounded-queue.js';
import type { CheckInView } from '../core/checkins/views.js';
import type { ReminderView } from '../core/delivery/views.js';
import type { NudgeView, TeamDigestView } from '../core/team/views.js';

/** How long a 429 asks to wait, from the error of either platform's client. */
function retryAfterMs(error: unknown): number | null {
  const candidate = error as { statusCode?: number; status?: number; code?: string; retryAfter?: number; response?: { headers?: { get?(name: string): string | null } & Record<string, unknown> } };
  const status = candidate.statusCode ?? candidate.status;
  if (status !== 429 && candidate.code !== 'slack_webapi_rate_limited_error') return null;
  if (typeof candidate.retryAfter === 'number') return candidate.retryAfter * 1000;
  const headers = candidate.response?.headers;
  const header = headers?.get?.('retry-after') ?? (headers?.['retry-after'] as string | undefined);
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 1000;
}

/** The paced notifier: a Notifier, and how many messages wait in it (for the metrics). */
export type PacedNotifier = Notifier & { queueDepth(): number };

export interface PacingOptions {
  perSecond: number;
  /** messages waiting or being sent at most; one more is refused with NotifierBusy (left for a later run) */
  limit: number;
  maxRateLimitRetries?: number;
  onRateLimited?: (waitMs: number) => void;
  /** told of each message refused because `limit` were waiting (the core logs it; this counts it) */
  onRefused?: (refusal: Refusal) => void;
}

/**
 * The one paced delivery path of a platform, shared by digests, reminders and check-ins: at most `perSecond`
 * messages a second, and a message refused with 429 is tried again after the platform's Retry-After
 * (a few times) before its failure goes back to the core, which schedules a later retry. At most `limit`
 * messages wait here: one more is refused at once with NotifierBusy, which the core's claims turn into a
 * retry at the next run, so a large run is spread over several runs instead of held in memory.
 */
export function pacedNotifier(inner: Notifier, options: PacingOptions): PacedNotifier {
  const queue = new BoundedQueue({
    limit: options.limit,
    concurrency: options.perSecond,
    pace: { intervalCap: options.perSecond, interval: 1000 },
    onRefused: (refusal) => options.onRefused?.(refusal),
  });
  const retries = options.maxRateLimitRetries ?? 3;
  const run = (kind: string, send: () => Promise<void>): Promise<void> =>
    queue.offer(kind, async () => {
      for (let attempt = 0; ; attempt++) {
        try {
          return await send();
        } catch (error) {
          const wait = retryAfterMs(error);
          if (wait === null || attempt >= retries) throw error;
          options.onRateLimited?.(wait);
          await new Promise((resolve) => setTimeout(resolve, wait));
        }
      }
    }) ?? Promise.reject(new NotifierBusy(`the ${inner.platform} delivery queue is full (${options.limit} messages waiting)`));
  return {
    platform: inner.platform,
    canReach: (recipient: Recipient) => inner.canReach(recipient),
    sendDigest: (recipient: Recipient, digest: TeamDigestView) => run('digest', () => inner.sendDigest(recipient, digest)),
    sendReminder: (recipient: Recipient, reminder: ReminderView) => run('reminder', () => inner.sendReminder(recipient, reminder)),
    sendCheckIn: (recipient: Recipient, checkIn: CheckInView) => run('check-in', () => inner.sendCheckIn(recipient, checkIn)),
    sendNudge: (recipient: Recipient, nudge: NudgeView) => run('nudge', () => inner.sendNudge(recipient, nudge)),
    queueDepth: () => queue.depth(),
  };
}
