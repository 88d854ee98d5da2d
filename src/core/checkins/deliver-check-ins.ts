import type { CoreDeps } from '../context.js';
import { claimNew, complete, platformsFor, reclaimDue, recipientsOf, type Claim } from '../delivery/claims.js';
import { isWorkingHour, localClock, localDate } from '../delivery/rules/schedule.js';
import type { DeliveryReport } from '../delivery/views.js';
import type { Notifier } from '../ports/notifier.js';
import { inSlices } from '../shared/chunks.js';
import { askCheckIn } from './ask-check-in.js';
import { loadCheckInPerson, zoneOf } from './check-in-people.js';
import { checkInView, requireCheckIn } from './check-in-view.js';
import { dayStartWaits, personBlocked, UNANSWERED_WAIT_DAYS } from './rules/who-gets-check-ins.js';
import type { CheckInView } from './views.js';

export interface CheckInSchedule {
  notifiers: Notifier[];
  /** DIGEST_TIMEZONE, for people whose time zone is unknown */
  defaultTimezone: string;
}

const DAY = 86_400_000;

/**
 * The day's first check-in, for everyone who has one due: on the first run inside their local working
 * hours on a working day, one direct message with one question (the slot is the person's local date).
 * Nobody gets one with check-ins off or paused, with an assessment in progress, on the day of a sitting,
 * or while their last check-in waits for an answer (for a week). When no skill is due or a due skill has
 * no unseen question, nothing is claimed or sent, and the next run looks again. Exactly once per person,
 * day and platform however many processes run this (the delivery claims); failed sends are retried.
 */
export async function deliverCheckIns(deps: CoreDeps, input: CheckInSchedule): Promise<DeliveryReport> {
  const now = deps.now();
  const claims: Array<Claim & { checkInId: number | null }> = [];
  if (deps.settings.checkInQuestionsPerDay > 0) claims.push(...(await claimToday(deps, input, now)));
  // A retry sends the day's check-in as it is now: one answered meanwhile, or a day gone by, is let go.
  for (const claim of await reclaimDue(deps.db, 'CHECKIN', now)) claims.push({ ...claim, checkInId: null });

  const report: DeliveryReport = { claimed: claims.length, sent: 0, retrying: 0, failed: 0 };
  if (claims.length === 0) return report;
  const recipients = await recipientsOf(deps.db, [...new Set(claims.map((claim) => claim.recipientId))]);
  const outcomes = await Promise.all(
    claims.map(async (claim) => {
      const view = await stillToSend(deps, claim, input.defaultTimezone, now);
      const recipient = recipients.get(claim.recipientId);
      const notifier = input.notifiers.find((entry) => entry.platform === claim.platform);
      const send = async () => {
        if (!view || !recipient) return;
        if (!notifier) throw new Error(`no ${claim.platform} notifier is configured`);
        await notifier.sendCheckIn(recipient, view);
      };
      return complete(deps, claim, send, view ? { checkInId: view.checkInId, skillId: view.skill.id } : { skipped: true });
    }),
  );
  for (const outcome of outcomes) report[outcome === 'sent' ? 'sent' : outcome === 'retrying' ? 'retrying' : 'failed'] += 1;
  return report;
}

/** Claims today's check-in of everyone it is due for now, the check-in asked first (so nothing is claimed when nothing is due). */
async function claimToday(deps: CoreDeps, input: CheckInSchedule, now: Date): Promise<Array<Claim & { checkInId: number }>> {
  // Who may have one due: an estimate due before the end of anyone's today, or learning under way (a gap being learnt takes check-ins).
  const [dueRows, learningRows] = await Promise.all([
    deps.db.skillEstimate.findMany({ where: { checkInDue: { lt: new Date(now.getTime() + DAY) } }, select: { employeeId: true }, distinct: ['employeeId'] }),
    deps.db.learningProgress.findMany({ where: { status: { in: ['IN_PROGRESS', 'DONE'] } }, select: { employeeId: true }, distinct: ['employeeId'] }),
  ]);
  const candidates = [...new Set([...dueRows, ...learningRows].map((row) => row.employeeId))];
  const people = (
    await inSlices(candidates, (slice) =>
      deps.db.employee.findMany({
        where: { id: { in: slice }, checkInsEnabled: true, roleId: { not: null }, OR: [{ checkInsPausedUntil: null }, { checkInsPausedUntil: { lte: now } }] },
        select: { id: true, timezone: true },
      }),
    )
  ).flatMap((person) => {
    const zone = zoneOf(person.timezone, input.defaultTimezone);
    return isWorkingHour(localClock(zone, now)) ? [{ id: person.id, zone, today: localDate(zone, now) }] : [];
  });
  if (people.length === 0) return [];

  const ids = people.map((person) => person.id);
  const [open, sittings, claimed, recent, recipients] = await Promise.all([
    inSlices(ids, (slice) => deps.db.assessmentSession.findMany({ where: { openSlot: { in: slice } }, select: { employeeId: true } })),
    inSlices(ids, (slice) =>
      deps.db.assessmentSession.findMany({ where: { employeeId: { in: slice }, status: 'COMPLETED', completedAt: { gt: new Date(now.getTime() - DAY) } }, select: { employeeId: true, completedAt: true } }),
    ),
    inSlices(ids, (slice) =>
      deps.db.delivery.findMany({ where: { kind: 'CHECKIN', recipientId: { in: slice }, periodKey: { in: [...new Set(people.map((person) => person.today))] } }, select: { recipientId: true, platform: true, periodKey: true } }),
    ),
    inSlices(ids, (slice) =>
      deps.db.checkIn.findMany({
        where: { employeeId: { in: slice }, sentAt: { gt: new Date(now.getTime() - UNANSWERED_WAIT_DAYS * DAY) } },
        select: { employeeId: true, periodKey: true, sentAt: true, answeredAt: true },
        orderBy: [{ sentAt: 'desc' }, { id: 'desc' }],
      }),
    ),
    recipientsOf(deps.db, ids),
  ]);
  const sittingOpen = new Set(open.map((row) => row.employeeId));
  const taken = new Set(claimed.map((row) => `${row.recipientId}|${row.platform}|${row.periodKey}`));
  const latest = new Map<number, (typeof recent)[number]>();
  for (const row of recent) if (!latest.has(row.employeeId)) latest.set(row.employeeId, row);

  const claims: Array<Claim & { checkInId: number }> = [];
  for (const person of people) {
    const recipient = recipients.get(person.id)!;
    const platforms = platformsFor(recipient.notifyVia, recipient, input.notifiers).filter((platform) => !taken.has(`${person.id}|${platform}|${person.today}`));
    if (platforms.length === 0 || sittingOpen.has(person.id)) continue;
    const last = latest.get(person.id);
    const lastSitting = sittings.filter((row) => row.employeeId === person.id && row.completedAt).map((row) => localDate(person.zone, row.completedAt!));
    const waits = dayStartWaits(
      {
        lastUnansweredSentAt: last && last.periodKey !== person.today && !last.answeredAt ? last.sentAt : null,
        lastSittingDay: lastSitting.includes(person.today) ? person.today : null,
        today: person.today,
      },
      now,
    );
    if (waits) continue;
    const checkInId = await askCheckIn(deps, { employeeId: person.id, periodKey: person.today, position: 1, timeZone: person.zone });
    if (checkInId === null) continue;
    for (const platform of platforms) {
      const claim = await claimNew(deps.db, 'CHECKIN', person.id, person.today, platform, now);
      if (claim) claims.push({ ...claim, checkInId });
    }
  }
  return claims;
}

/** The check-in a claim sends now, or null when it is no longer wanted (answered, the day over, check-ins off or paused, an assessment begun). */
async function stillToSend(deps: CoreDeps, claim: Claim & { checkInId: number | null }, defaultTimezone: string, now: Date): Promise<CheckInView | null> {
  const row =
    claim.checkInId !== null
      ? { id: claim.checkInId }
      : await deps.db.checkIn.findUnique({ where: { employeeId_periodKey_position: { employeeId: claim.recipientId, periodKey: claim.periodKey, position: 1 } }, select: { id: true } });
  if (!row) return null;
  const checkIn = await requireCheckIn(deps, claim.recipientId, row.id);
  if (checkIn.answeredAt) return null;
  const person = await loadCheckInPerson(deps.db, claim.recipientId, defaultTimezone, now);
  if (person.today !== claim.periodKey || personBlocked(person, now)) return null;
  return checkInView(deps, checkIn, { defaultTimezone });
}
