import type { CoreDeps } from '../context.js';
import { claimNew, platformsFor, recipientsOf } from '../delivery/claims.js';
import { isTimeZone, localDate } from '../delivery/rules/schedule.js';
import { SkillcheckError } from '../errors.js';
import type { Notifier } from '../ports/notifier.js';
import { assertId } from '../shared/employees.js';
import type { NudgeOutcome, NudgeView } from './views.js';
import { isPaused } from '../privacy/rules/pause.js';

/**
 * A nudge is claimed once per person and day, whatever platforms it then goes to: the claim's
 * platform is this constant, so processes that reach the person on different platforms still
 * share one claim.
 */
const NUDGE_CLAIM_PLATFORM = 'chat';

/** The one next step a nudge offers, or null when there is nothing left to do. */
async function nextStep(deps: CoreDeps, employeeId: number): Promise<NudgeView['next'] | null> {
  const [open, scored, path] = await Promise.all([
    deps.db.assessmentSession.findFirst({ where: { employeeId, status: { in: ['STARTED', 'IN_PROGRESS'] } }, select: { id: true } }),
    deps.db.assessmentSession.findFirst({ where: { employeeId, status: 'COMPLETED' }, orderBy: [{ completedAt: 'desc' }, { id: 'desc' }], select: { id: true } }),
    deps.db.learningPath.findFirst({
      where: { employeeId, currentSlot: { not: null } },
      select: { items: { orderBy: { position: 'asc' }, select: { contentId: true, content: { select: { title: true, type: true, minutes: true, url: true } } } } },
    }),
  ]);
  if (open) return { kind: 'CONTINUE_ASSESSMENT' };
  if (!scored) return { kind: 'START_ASSESSMENT' };
  if (!path) return { kind: 'BUILD_PATH', sessionId: scored.id };
  const progress = await deps.db.learningProgress.findMany({ where: { employeeId, contentId: { in: path.items.map((item) => item.contentId) } }, select: { contentId: true, status: true } });
  const status = new Map(progress.map((row) => [row.contentId, row.status]));
  const statusOf = (contentId: number) => status.get(contentId) ?? 'NOT_STARTED';
  const next = path.items.find((item) => statusOf(item.contentId) === 'IN_PROGRESS') ?? path.items.find((item) => statusOf(item.contentId) === 'NOT_STARTED');
  if (!next) return null;
  return {
    kind: 'LEARNING_ITEM',
    item: { contentId: next.contentId, ...next.content },
    path: { done: path.items.filter((item) => statusOf(item.contentId) === 'DONE').length, total: path.items.length },
  };
}

/**
 * A manager nudges one direct report: a friendly DM on the report's platform(s) naming the manager and
 * offering the next step (never anyone's scores). At most one a day per person, however often it is
 * pressed and from however many processes: a NUDGE delivery is claimed for the report's local day first.
 */
export async function nudgeReport(
  deps: CoreDeps,
  input: { managerId: number; reportId: number; notifiers: readonly Notifier[]; defaultTimezone: string },
): Promise<NudgeOutcome> {
  assertId(input.managerId, 'employee id');
  assertId(input.reportId, 'employee id');
  const manager = await deps.db.employee.findUnique({ where: { id: input.managerId }, select: { id: true, name: true } });
  if (!manager) throw new SkillcheckError('EMPLOYEE_NOT_FOUND');
  const report = await deps.db.employee.findUnique({ where: { id: input.reportId }, select: { id: true, name: true, managerId: true, timezone: true, remindersPausedUntil: true } });
  if (!report || report.managerId !== manager.id) throw new SkillcheckError('NOT_YOUR_REPORT');
  // A person who paused their messages gets no nudge either; their manager is told so, not until when.
  if (isPaused(report.remindersPausedUntil, deps.now())) throw new SkillcheckError('REPORT_PAUSED');
  const firstName = report.name.split(' ')[0] ?? report.name;
  const next = await nextStep(deps, report.id);
  if (!next) throw new SkillcheckError('NOTHING_TO_NUDGE');
  const recipient = (await recipientsOf(deps.db, [report.id])).get(report.id)!;
  const platforms = platformsFor(recipient.notifyVia, recipient, [...input.notifiers]);
  if (platforms.length === 0) throw new SkillcheckError('REPORT_UNREACHABLE');

  const now = deps.now();
  const day = localDate(isTimeZone(report.timezone) ? report.timezone : input.defaultTimezone, now);
  const claim = await claimNew(deps.db, 'NUDGE', report.id, `nudge:${day}`, NUDGE_CLAIM_PLATFORM, now);
  if (!claim) return { name: firstName, sent: false };

  const view: NudgeView = { employeeId: report.id, firstName, managerName: manager.name, next };
  const results = await Promise.allSettled(platforms.map((platform) => input.notifiers.find((notifier) => notifier.platform === platform)!.sendNudge(recipient, view)));
  if (results.every((result) => result.status === 'rejected')) {
    // Nothing reached them: the claim is let go, so the manager can try again later today.
    await deps.db.delivery.deleteMany({ where: { id: claim.deliveryId, status: 'SENDING' } });
    deps.logger.warn({ reportId: report.id, err: (results[0] as PromiseRejectedResult).reason }, 'a nudge could not be sent');
    throw new SkillcheckError('NUDGE_NOT_SENT');
  }
  await deps.db.delivery.updateMany({
    where: { id: claim.deliveryId },
    data: { status: 'SENT', sentAt: deps.now(), leaseUntil: null, snapshot: JSON.stringify({ managerId: manager.id, next: next.kind, platforms }) },
  });
  return { name: firstName, sent: true };
}
