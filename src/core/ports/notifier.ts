import type { CheckInView } from '../checkins/views.js';
import type { ReminderView } from '../delivery/views.js';
import type { NudgeView, TeamDigestView } from '../team/views.js';

/** A platform's name, as its notifier gives it; the core compares it and never interprets it. */
export type NotifyPlatform = string;

/** How one platform addresses a person. */
export interface ChatAddress {
  /** the platform's user id */
  userId: string;
  /** what the platform needs to write first, when it needs anything (opaque JSON), else null */
  conversationReference: string | null;
}

/** A person to write to without being spoken to first. */
export interface Recipient {
  employeeId: number;
  name: string;
  /** by platform name: every platform the person is linked on */
  addresses: Readonly<Record<NotifyPlatform, ChatAddress>>;
}

/**
 * Sends scheduled messages on one platform. Implementations pace themselves to the platform's rate
 * limits and throw when a message could not be sent; the core then retries later. A notifier whose queue
 * is full throws NotifierBusy: the message was not tried, so it is left for a later run without counting
 * as a failed attempt.
 */
export interface Notifier {
  readonly platform: NotifyPlatform;
  canReach(recipient: Recipient): boolean;
  sendDigest(recipient: Recipient, digest: TeamDigestView): Promise<void>;
  sendReminder(recipient: Recipient, reminder: ReminderView): Promise<void>;
  /** the day's check-in question, in the person's direct messages */
  sendCheckIn(recipient: Recipient, checkIn: CheckInView): Promise<void>;
  /** a friendly nudge their manager asked for, with the next step to take */
  sendNudge(recipient: Recipient, nudge: NudgeView): Promise<void>;
}

/** Thrown by a notifier that takes no more messages for now (its queue is full): try again later. */
export class NotifierBusy extends Error {
  override name = 'NotifierBusy';
}
