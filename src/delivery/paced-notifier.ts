import PQueue from 'p-queue';
import type { Notifier, Recipient } from '../core/ports/notifier.js';
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

/**
 * The one paced delivery path of a platform, shared by digests, reminders and check-ins: at most `perSecond`
 * messages a second, and a message refused with 429 is tried again after the platform's Retry-After
 * (a few times) before its failure goes back to the core, which schedules a later retry.
 */
export function pacedNotifier(inner: Notifier, options: { perSecond: number; maxRateLimitRetries?: number; onRateLimited?: (waitMs: number) => void }): Notifier {
  const queue = new PQueue({ intervalCap: options.perSecond, interval: 1000, concurrency: options.perSecond });
  const retries = options.maxRateLimitRetries ?? 3;
  const run = (send: () => Promise<void>) =>
    queue.add(async () => {
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
    });
  return {
    platform: inner.platform,
    canReach: (recipient: Recipient) => inner.canReach(recipient),
    sendDigest: (recipient: Recipient, digest: TeamDigestView) => run(() => inner.sendDigest(recipient, digest)),
    sendReminder: (recipient: Recipient, reminder: ReminderView) => run(() => inner.sendReminder(recipient, reminder)),
    sendCheckIn: (recipient: Recipient, checkIn: CheckInView) => run(() => inner.sendCheckIn(recipient, checkIn)),
    sendNudge: (recipient: Recipient, nudge: NudgeView) => run(() => inner.sendNudge(recipient, nudge)),
  };
}
