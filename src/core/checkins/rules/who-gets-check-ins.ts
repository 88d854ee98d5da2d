/** "Pause check-ins for a week". */
export const PAUSE_DAYS = 7;
/** A check-in left unanswered holds back new ones for this long (it is still there to answer). */
export const UNANSWERED_WAIT_DAYS = 7;

const DAY = 86_400_000;

export const pausedUntilAfterPause = (now: Date): Date => new Date(now.getTime() + PAUSE_DAYS * DAY);

export type CheckInEnd = 'dailyLimit' | 'dayOver' | 'off' | 'paused' | 'sittingOpen' | 'nothingDue';

export interface CheckInPerson {
  checkInsEnabled: boolean;
  checkInsPausedUntil: Date | null;
  /** an assessment is in progress */
  sittingOpen: boolean;
}

/** Why a person gets no check-in now (whatever is due), or null when they may get one. */
export function personBlocked(person: CheckInPerson, now: Date): Extract<CheckInEnd, 'off' | 'paused' | 'sittingOpen'> | null {
  if (!person.checkInsEnabled) return 'off';
  if (person.checkInsPausedUntil && person.checkInsPausedUntil > now) return 'paused';
  if (person.sittingOpen) return 'sittingOpen';
  return null;
}

/**
 * Why no further question follows an answered check-in, before asking what is due: the day's cap is
 * reached, the card is from an earlier day, or the person gets none now. Null when one may follow.
 */
export function whyNoNext(
  checkIn: { position: number; periodKey: string },
  day: { today: string; perDay: number },
  person: CheckInPerson,
  now: Date,
): CheckInEnd | null {
  if (checkIn.position >= day.perDay) return 'dailyLimit';
  if (checkIn.periodKey !== day.today) return 'dayOver';
  return personBlocked(person, now);
}

/**
 * Whether the day's first check-in waits: the latest check-in is still unanswered and recent (a person
 * who did not answer gets no pile of questions; a week later they get a fresh one), or a sitting ended
 * today (check-ins begin the day after it).
 */
export function dayStartWaits(input: { lastUnansweredSentAt: Date | null; lastSittingDay: string | null; today: string }, now: Date): boolean {
  if (input.lastSittingDay === input.today) return true;
  return input.lastUnansweredSentAt !== null && now.getTime() - input.lastUnansweredSentAt.getTime() < UNANSWERED_WAIT_DAYS * DAY;
}
