import { SCHEDULER_ACTOR, type AuditActor } from '../audit/actor.js';
import { ORGANISATION, recordAudit } from '../audit/record-audit.js';
import type { CoreDeps } from '../context.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import type { Tx } from '../ports/database.js';
import { RETENTION_JOB, retentionCutoff, retentionPeriodKey } from './rules/retention.js';

export interface PurgeReport {
  /** false when another process (or an earlier run) already did today's purge */
  ran: boolean;
  periodKey: string;
  /** raw answers and events from before this time were deleted; null: kept forever (RETENTION_DAYS=0) */
  cutoff: string | null;
  deleted: Record<string, number>;
}

const PURGE_TIMEOUT_MS = 300_000;
/** A claim this old that never finished belongs to a process that died mid-run: another may take it over. */
const STALE_CLAIM_MS = 60 * 60 * 1000;

/**
 * The retention purge, once a day however many processes run it. The day's JobRun row is claimed first (its
 * unique key lets exactly one process through), then the deletes, the `retention.purge` audit entry and the
 * claim's finishedAt land in one transaction. A run that fails lets its claim go, so a later try the same day
 * runs again; a claim left by a process that died is taken over after an hour.
 * Deleted: raw answers of closed sittings, item responses, answered check-ins and unanswered ones sent before
 * the cutoff, learning events and deliveries older than RETENTION_DAYS (each manager's latest digest stays: it
 * is the baseline of "changes since the last digest"), and, whatever RETENTION_DAYS says, expired console and
 * web sessions, sign-in links and rate-limit rows. Results, estimates, paths and progress stay.
 */
export async function purgeExpired(deps: CoreDeps, input: { retentionDays: number; actor?: AuditActor }): Promise<PurgeReport> {
  const now = deps.now();
  const periodKey = retentionPeriodKey(now);
  const cutoff = retentionCutoff(now, input.retentionDays);
  const claimId = await claimRun(deps, periodKey, now);
  if (claimId === null) return { ran: false, periodKey, cutoff: cutoff?.toISOString() ?? null, deleted: {} };
  try {
    const deleted = await deps.db.$transaction(
      async (tx) => {
        const deleted = { ...(cutoff ? await purgeRaw(tx, cutoff) : {}), ...(await purgeExpiredSecrets(tx, now)) };
        await recordAudit(tx, {
          actor: input.actor ?? SCHEDULER_ACTOR,
          action: 'retention.purge',
          subject: ORGANISATION,
          detail: { periodKey, retentionDays: input.retentionDays, cutoff: cutoff?.toISOString() ?? null, deleted },
          at: now,
        });
        await tx.jobRun.update({ where: { id: claimId }, data: { finishedAt: deps.now(), result: JSON.stringify({ cutoff: cutoff?.toISOString() ?? null, deleted }) } });
        return deleted;
      },
      { timeout: PURGE_TIMEOUT_MS, maxWait: PURGE_TIMEOUT_MS },
    );
    deps.logger.info({ periodKey, deleted }, 'retention purge done');
    return { ran: true, periodKey, cutoff: cutoff?.toISOString() ?? null, deleted };
  } catch (error) {
    await deps.db.jobRun.deleteMany({ where: { id: claimId, finishedAt: null } }).catch(() => undefined);
    throw error;
  }
}

/** The day's claim: the new row's id, a stale claim taken over, or null when another process has it (or it is done). */
async function claimRun(deps: CoreDeps, periodKey: string, now: Date): Promise<number | null> {
  try {
    return (await deps.db.jobRun.create({ data: { job: RETENTION_JOB, periodKey, claimedAt: now }, select: { id: true } })).id;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  // Read before writing: a live claim is left alone without waiting on the run that holds it.
  const existing = await deps.db.jobRun.findUnique({ where: { job_periodKey: { job: RETENTION_JOB, periodKey } } });
  const staleBefore = new Date(now.getTime() - STALE_CLAIM_MS);
  if (!existing || existing.finishedAt !== null || existing.claimedAt >= staleBefore) return null;
  const taken = await deps.db.jobRun.updateMany({ where: { id: existing.id, finishedAt: null, claimedAt: { lt: staleBefore } }, data: { claimedAt: now } });
  return taken.count === 1 ? existing.id : null;
}

async function purgeRaw(tx: Tx, cutoff: Date): Promise<Record<string, number>> {
  const before = { lt: cutoff };
  const count = async (run: Promise<{ count: number }>) => (await run).count;
  // Each manager's latest sent digest is kept whatever its age: the next digest's "changes" are measured from it.
  const latestDigests = await tx.delivery.findMany({
    where: { kind: 'DIGEST', status: 'SENT' },
    orderBy: [{ sentAt: 'desc' }, { id: 'desc' }],
    distinct: ['recipientId'],
    select: { id: true },
  });
  return {
    AssessmentAnswer: await count(tx.assessmentAnswer.deleteMany({ where: { answeredAt: before, session: { status: { in: ['COMPLETED', 'CANCELLED'] } } } })),
    ItemResponse: await count(tx.itemResponse.deleteMany({ where: { answeredAt: before } })),
    CheckIn: await count(tx.checkIn.deleteMany({ where: { OR: [{ answeredAt: before }, { answeredAt: null, sentAt: before }] } })),
    LearningEvent: await count(tx.learningEvent.deleteMany({ where: { createdAt: before } })),
    Delivery: await count(
      tx.delivery.deleteMany({
        where: {
          status: { in: ['SENT', 'FAILED'] },
          claimedAt: before,
          OR: [{ sentAt: null }, { sentAt: before }],
          id: { notIn: latestDigests.map((row) => row.id) },
        },
      }),
    ),
  };
}

async function purgeExpiredSecrets(tx: Tx, now: Date): Promise<Record<string, number>> {
  const expired = { lt: now };
  const count = async (run: Promise<{ count: number }>) => (await run).count;
  return {
    ConsoleSignIn: await count(tx.consoleSignIn.deleteMany({ where: { expiresAt: expired } })),
    ConsoleSession: await count(tx.consoleSession.deleteMany({ where: { expiresAt: expired } })),
    WebSession: await count(tx.webSession.deleteMany({ where: { expiresAt: expired } })),
    RateLimiterFlexible: await count(tx.rateLimiterFlexible.deleteMany({ where: { expire: expired } })),
  };
}
