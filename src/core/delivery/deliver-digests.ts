import type { CoreDeps } from '../context.js';
import type { Notifier } from '../ports/notifier.js';
import { buildTeamDigests, snapshotOf } from '../team/build-team-digests.js';
import { isPaused } from '../privacy/rules/pause.js';
import { claimNew, complete, platformsFor, reclaimDue, recipientsOf, type Claim } from './claims.js';
import { isTimeZone, lastOccurrence } from './rules/schedule.js';
import type { DeliveryReport } from './views.js';

/** A digest whose scheduled time is further back than this is skipped rather than sent late. */
export const DIGEST_CATCH_UP_MS = 24 * 3_600_000;

export interface DigestSchedule {
  notifiers: Notifier[];
  /** DIGEST_CRON, read in each manager's own time zone */
  cron: string;
  /** DIGEST_TIMEZONE, for managers whose time zone is unknown */
  defaultTimezone: string;
  stallDays: number;
}

/**
 * The weekly team digests that are due now: for every manager whose DIGEST_CRON time (in their own
 * time zone) has come in this period and who has not had this period's digest, claim it, build it,
 * send it on the manager's platform(s). Exactly once per manager, period and platform, however many
 * processes run this and however often; failed sends are retried with backoff by later runs.
 */
export async function deliverDigests(deps: CoreDeps, input: DigestSchedule): Promise<DeliveryReport> {
  const now = deps.now();
  const managers = await deps.db.employee.findMany({ where: { reports: { some: {} } }, select: { id: true, name: true, timezone: true, remindersPausedUntil: true } });
  // A manager who paused their messages gets no digest until the pause ends (the weeks missed are not sent later).
  const paused = new Set(managers.filter((manager) => isPaused(manager.remindersPausedUntil, now)).map((manager) => manager.id));
  const recipients = await recipientsOf(deps.db, managers.map((manager) => manager.id));

  const occurrenceByZone = new Map<string, Date>();
  const due = managers.flatMap((manager) => {
    if (paused.has(manager.id)) return [];
    const zone = isTimeZone(manager.timezone) ? manager.timezone : input.defaultTimezone;
    if (!occurrenceByZone.has(zone)) occurrenceByZone.set(zone, lastOccurrence(input.cron, zone, now));
    const occurrence = occurrenceByZone.get(zone)!;
    if (now.getTime() - occurrence.getTime() > DIGEST_CATCH_UP_MS) return [];
    const recipient = recipients.get(manager.id)!;
    return platformsFor(recipient.notifyVia, recipient, input.notifiers).map((platform) => ({ managerId: manager.id, platform, periodKey: `digest:${occurrence.toISOString()}` }));
  });
  // One query finds what this period already has, so a rerun does not try every claim again.
  const periods = [...new Set(due.map((entry) => entry.periodKey))];
  const existing =
    periods.length === 0
      ? []
      : await deps.db.delivery.findMany({ where: { kind: 'DIGEST', periodKey: { in: periods } }, select: { recipientId: true, platform: true, periodKey: true } });
  const taken = new Set(existing.map((row) => `${row.recipientId}|${row.platform}|${row.periodKey}`));
  const claims: Claim[] = [];
  for (const entry of due) {
    if (taken.has(`${entry.managerId}|${entry.platform}|${entry.periodKey}`)) continue;
    const claim = await claimNew(deps.db, 'DIGEST', entry.managerId, entry.periodKey, entry.platform, now);
    if (claim) claims.push(claim);
  }
  claims.push(...(await reclaimDue(deps.db, 'DIGEST', now)));
  const report: DeliveryReport = { claimed: claims.length, sent: 0, retrying: 0, failed: 0 };
  if (claims.length === 0) return report;

  const claimedManagers = managers.filter((manager) => claims.some((claim) => claim.recipientId === manager.id));
  const digests = await buildTeamDigests(deps, { managers: claimedManagers, stallDays: input.stallDays });
  const outcomes = await Promise.all(
    claims.map((claim) => {
      const digest = digests.get(claim.recipientId)!;
      const notifier = input.notifiers.find((entry) => entry.platform === claim.platform);
      const recipient = recipients.get(claim.recipientId)!;
      const send = async () => {
        if (paused.has(claim.recipientId)) return; // a retry of a digest claimed before the pause is let go
        if (!notifier) throw new Error(`no ${claim.platform} notifier is configured`);
        await notifier.sendDigest(recipient, digest);
      };
      return complete(deps, claim, send, snapshotOf(digest));
    }),
  );
  for (const outcome of outcomes) report[outcome === 'sent' ? 'sent' : outcome === 'retrying' ? 'retrying' : 'failed'] += 1;
  return report;
}
