import type { CoreDeps } from '../context.js';
import type { Notifier } from '../ports/notifier.js';
import { claimNew, complete, platformsFor, reclaimDue, recipientsOf, type Claim } from './claims.js';
import { isTimeZone, isWorkingHour, localClock } from './rules/schedule.js';
import type { DeliveryReport, ReminderView } from './views.js';

export interface ReminderSchedule {
  notifiers: Notifier[];
  /** REMINDER_AFTER_DAYS: idle days before a reminder */
  afterDays: number;
  defaultTimezone: string;
}

const DAY = 86_400_000;

/**
 * Friendly nudges for learners who stalled: an unfinished learning path and no learning event for
 * REMINDER_AFTER_DAYS. At most one per stall period (another only after the same number of idle
 * days again), on working days and hours in the learner's time zone, never to someone who switched
 * reminders off or paused them until a time still ahead.
 */
export async function deliverReminders(deps: CoreDeps, input: ReminderSchedule): Promise<DeliveryReport> {
  const now = deps.now();
  // Paused (until a time still ahead) is as good as off until then; the pause ends by itself.
  const reminded = { remindersEnabled: true, OR: [{ remindersPausedUntil: null }, { remindersPausedUntil: { lte: now } }] };
  const paths = await deps.db.learningPath.findMany({
    where: { currentSlot: { not: null }, employee: reminded },
    select: {
      employeeId: true,
      items: { select: { contentId: true, content: { select: { title: true, type: true, minutes: true, url: true } } }, orderBy: { position: 'asc' } },
    },
  });
  const ids = paths.map((path) => path.employeeId);
  // Filtered by a join on the learner, not by an id list, so one statement each however many learners.
  const learners = { ...reminded, paths: { some: { currentSlot: { not: null } } } };
  const [progress, lastEvents, recipients] = await Promise.all([
    deps.db.learningProgress.findMany({ where: { employee: learners }, select: { employeeId: true, contentId: true, status: true } }),
    deps.db.learningEvent.groupBy({ by: ['employeeId'], where: { employee: learners }, _max: { createdAt: true } }),
    recipientsOf(deps.db, ids),
  ]);
  const status = new Map(progress.map((row) => [`${row.employeeId}|${row.contentId}`, row.status]));
  const lastEventOf = new Map(lastEvents.map((row) => [row.employeeId, row._max.createdAt]));

  const reminders = new Map<number, ReminderView>();
  const claims: Claim[] = [];
  for (const path of paths) {
    const recipient = recipients.get(path.employeeId);
    const last = lastEventOf.get(path.employeeId);
    if (!recipient || !last) continue;
    const items = path.items.map((item) => ({ ...item, status: status.get(`${path.employeeId}|${item.contentId}`) ?? 'NOT_STARTED' }));
    const next = items.find((item) => item.status === 'IN_PROGRESS') ?? items.find((item) => item.status === 'NOT_STARTED');
    if (!next) continue;
    const idleDays = Math.floor((now.getTime() - last.getTime()) / DAY);
    const done = items.filter((item) => item.status === 'DONE').length;
    reminders.set(path.employeeId, {
      employeeId: path.employeeId,
      firstName: recipient.name.split(' ')[0] ?? recipient.name,
      idleDays,
      next: { contentId: next.contentId, ...next.content, status: next.status as 'NOT_STARTED' | 'IN_PROGRESS' },
      path: { done, total: items.length, percent: Math.round((done / items.length) * 100) },
    });
    if (idleDays < input.afterDays) continue;
    const zone = isTimeZone(recipient.timezone) ? recipient.timezone : input.defaultTimezone;
    if (!isWorkingHour(localClock(zone, now))) continue;
    const periodKey = `reminder:${last.toISOString()}:${Math.floor(idleDays / input.afterDays)}`;
    for (const platform of platformsFor(recipient.notifyVia, recipient, input.notifiers)) {
      const claim = await claimNew(deps.db, 'REMINDER', path.employeeId, periodKey, platform, now);
      if (claim) claims.push(claim);
    }
  }
  // Retries are sent as things are now; a reminder no longer needed (path finished, reminders off or paused) is let go.
  claims.push(...(await reclaimDue(deps.db, 'REMINDER', now)));

  const report: DeliveryReport = { claimed: claims.length, sent: 0, retrying: 0, failed: 0 };
  const outcomes = await Promise.all(
    claims.map((claim) => {
      const view = reminders.get(claim.recipientId);
      const recipient = recipients.get(claim.recipientId);
      const notifier = input.notifiers.find((entry) => entry.platform === claim.platform);
      const send = async () => {
        if (!view || !recipient) return; // nothing to remind of any more
        if (!notifier) throw new Error(`no ${claim.platform} notifier is configured`);
        await notifier.sendReminder(recipient, view);
      };
      return complete(deps, claim, send, view ? { contentId: view.next.contentId } : {});
    }),
  );
  for (const outcome of outcomes) report[outcome === 'sent' ? 'sent' : outcome === 'retrying' ? 'retrying' : 'failed'] += 1;
  return report;
}
