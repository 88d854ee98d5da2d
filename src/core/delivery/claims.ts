import type { CoreDeps } from '../context.js';
import type { Db, NotifyVia } from '../ports/database.js';
import { NotifierBusy, type ChatAddress, type Notifier, type NotifyPlatform, type Recipient } from '../ports/notifier.js';
import { inSlices } from '../shared/chunks.js';
import { isUniqueViolation } from '../shared/db-errors.js';

export type DeliveryKind = 'DIGEST' | 'REMINDER' | 'CHECKIN' | 'NUDGE';

/** How long a claim protects a message being sent; after that a crashed sender's claim is taken over. */
export const LEASE_MS = 5 * 60_000;
/** Attempts before a message is given up and reported. */
export const MAX_ATTEMPTS = 5;
/** Waits before the 2nd, 3rd, ... attempt. */
export const BACKOFF_MS = [60_000, 5 * 60_000, 15 * 60_000, 60 * 60_000];

export interface Claim {
  deliveryId: number;
  recipientId: number;
  platform: NotifyPlatform;
  periodKey: string;
  attempts: number;
}

/**
 * Which platforms a person gets scheduled messages on: their preference, among those that reach them.
 * BOTH = every platform that reaches them; AUTO = the first that does, in the order the notifiers are
 * given; any other value names one platform (SLACK = the platform "slack").
 */
export function platformsFor(notifyVia: NotifyVia, recipient: Recipient, notifiers: Notifier[]): NotifyPlatform[] {
  const reachable = [...new Set(notifiers.filter((notifier) => notifier.canReach(recipient)).map((notifier) => notifier.platform))];
  if (notifyVia === 'BOTH') return reachable;
  if (notifyVia === 'AUTO') return reachable.slice(0, 1);
  const wanted = notifyVia.toLowerCase();
  return reachable.filter((platform) => platform === wanted);
}

/**
 * Claims (kind, recipient, period, platform) before sending: the unique key lets exactly one claimer
 * through, across processes and reruns. Returns null when it is already claimed.
 */
export async function claimNew(db: Db, kind: DeliveryKind, recipientId: number, periodKey: string, platform: NotifyPlatform, now: Date): Promise<Claim | null> {
  try {
    const row = await db.delivery.create({
      data: { kind, recipientId, periodKey, platform, status: 'SENDING', attempts: 1, claimedAt: now, leaseUntil: new Date(now.getTime() + LEASE_MS) },
    });
    return { deliveryId: row.id, recipientId, platform, periodKey, attempts: 1 };
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/** Takes over messages that are due again: a failed one whose backoff is over, or one whose sender crashed (lease expired). */
export async function reclaimDue(db: Db, kind: DeliveryKind, now: Date): Promise<Claim[]> {
  const due = await db.delivery.findMany({
    where: { kind, OR: [{ status: 'RETRY', nextAttemptAt: { lte: now } }, { status: 'SENDING', leaseUntil: { lt: now } }] },
    select: { id: true, recipientId: true, platform: true, periodKey: true, status: true, attempts: true },
  });
  const claims: Claim[] = [];
  for (const row of due) {
    // Conditional on the state just read, so only one process takes it.
    const taken = await db.delivery.updateMany({
      where: { id: row.id, status: row.status, attempts: row.attempts },
      data: { status: 'SENDING', attempts: row.attempts + 1, leaseUntil: new Date(now.getTime() + LEASE_MS), nextAttemptAt: null },
    });
    if (taken.count === 1) claims.push({ deliveryId: row.id, recipientId: row.recipientId, platform: row.platform, periodKey: row.periodKey, attempts: row.attempts + 1 });
  }
  return claims;
}

/**
 * Sends one claimed message and records the outcome: SENT, or RETRY with backoff, or FAILED (reported)
 * after the last attempt; a message the notifier had no room for (NotifierBusy) is RETRY at the first
 * backoff without using up an attempt. Every write is conditional on this claim still being the current one, so a
 * sender that was presumed dead (its lease expired and another process took over) cannot overwrite
 * the outcome of the one that replaced it.
 */
export async function complete(deps: CoreDeps, claim: Claim, send: () => Promise<void>, snapshot: unknown): Promise<'sent' | 'retrying' | 'failed'> {
  const mine = { id: claim.deliveryId, status: 'SENDING' as const, attempts: claim.attempts };
  try {
    await send();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const now = deps.now();
    if (error instanceof NotifierBusy) {
      // Not tried at all: back for the next run, and the attempt is given back (the retry takes it again).
      const wait = BACKOFF_MS[0]!;
      await deps.db.delivery.updateMany({
        where: mine,
        data: { status: 'RETRY', attempts: claim.attempts - 1, lastError: message.slice(0, 1000), leaseUntil: null, nextAttemptAt: new Date(now.getTime() + wait) },
      });
      deps.logger.warn({ deliveryId: claim.deliveryId, recipientId: claim.recipientId, platform: claim.platform, retryInMs: wait }, 'scheduled message deferred: the platform\'s delivery queue is full; will try again');
      return 'retrying';
    }
    if (claim.attempts >= MAX_ATTEMPTS) {
      await deps.db.delivery.updateMany({ where: mine, data: { status: 'FAILED', lastError: message.slice(0, 1000), leaseUntil: null } });
      deps.logger.error({ deliveryId: claim.deliveryId, recipientId: claim.recipientId, platform: claim.platform, attempts: claim.attempts, err: error }, 'scheduled message failed for good');
      return 'failed';
    }
    const wait = BACKOFF_MS[Math.min(claim.attempts - 1, BACKOFF_MS.length - 1)]!;
    await deps.db.delivery.updateMany({
      where: mine,
      data: { status: 'RETRY', lastError: message.slice(0, 1000), leaseUntil: null, nextAttemptAt: new Date(now.getTime() + wait) },
    });
    deps.logger.warn({ deliveryId: claim.deliveryId, recipientId: claim.recipientId, platform: claim.platform, attempts: claim.attempts, retryInMs: wait, err: error }, 'scheduled message failed; will retry');
    return 'retrying';
  }
  const recorded = await deps.db.delivery.updateMany({
    where: mine,
    data: { status: 'SENT', sentAt: deps.now(), leaseUntil: null, lastError: null, snapshot: JSON.stringify(snapshot ?? {}) },
  });
  if (recorded.count === 0) deps.logger.warn({ deliveryId: claim.deliveryId }, 'a message was sent after its claim had been taken over');
  return 'sent';
}

/** The people to write to, with every platform address each has (bounded statements: two per slice of ids). */
export async function recipientsOf(db: Db, employeeIds: number[]): Promise<Map<number, Recipient & { notifyVia: NotifyVia; timezone: string | null; remindersEnabled: boolean }>> {
  const people = await inSlices(employeeIds, (slice) =>
    db.employee.findMany({ where: { id: { in: slice } }, select: { id: true, name: true, notifyVia: true, timezone: true, remindersEnabled: true } }),
  );
  const identities = await inSlices(employeeIds, (slice) =>
    db.chatIdentity.findMany({ where: { employeeId: { in: slice } }, select: { employeeId: true, platform: true, userId: true, conversationReference: true } }),
  );
  const addresses = new Map<number, Record<string, ChatAddress>>();
  for (const identity of identities) {
    const own = addresses.get(identity.employeeId) ?? {};
    own[identity.platform] = { userId: identity.userId, conversationReference: identity.conversationReference };
    addresses.set(identity.employeeId, own);
  }
  return new Map(
    people.map((person) => [
      person.id,
      { employeeId: person.id, name: person.name, addresses: addresses.get(person.id) ?? {}, notifyVia: person.notifyVia, timezone: person.timezone, remindersEnabled: person.remindersEnabled },
    ]),
  );
}
