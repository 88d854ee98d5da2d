import type { ReminderView, TeamDigestView } from '../views/digest-views.js';

export type NotifyPlatform = 'slack' | 'teams';

/** A person to write to without being spoken to first. */
export interface Recipient {
  employeeId: number;
  name: string;
  slackUserId: string | null;
  /** a Teams conversation reference is stored for this person */
  teamsReachable: boolean;
}

/**
 * Sends scheduled messages on one platform (Slack, Teams). Implementations pace themselves to the
 * platform's rate limits and throw when a message could not be sent; the core then retries later.
 */
export interface Notifier {
  readonly platform: NotifyPlatform;
  canReach(recipient: Recipient): boolean;
  sendDigest(recipient: Recipient, digest: TeamDigestView): Promise<void>;
  sendReminder(recipient: Recipient, reminder: ReminderView): Promise<void>;
}
