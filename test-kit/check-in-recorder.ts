import type { CheckInView } from '../src/core/checkins/views.js';
import type { Notifier } from '../src/core/ports/notifier.js';

/**
 * A notifier on a platform of the caller's naming that reaches everyone, sends nothing, and keeps every
 * check-in it was given, in order: what a chat platform would have received (tests and the bench).
 */
export function checkInRecorder(platform: string): { notifier: Notifier; sent: CheckInView[] } {
  const sent: CheckInView[] = [];
  const notifier: Notifier = {
    platform,
    canReach: () => true,
    sendDigest: async () => {},
    sendReminder: async () => {},
    sendNudge: async () => {},
    sendCheckIn: async (_recipient, view) => {
      sent.push(view);
    },
  };
  return { notifier, sent };
}
