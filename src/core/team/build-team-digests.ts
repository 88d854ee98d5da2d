import type { CoreDeps } from '../context.js';
import { inSlices } from '../shared/chunks.js';
import { loadReportFigures, type ReportFigures } from './queries.js';
import type { DigestReportView, DigestSnapshot, TeamDigestView } from './views.js';

export interface DigestManager {
  id: number;
  name: string;
  timezone: string | null;
}

/** What changed for one report since the figures of the last digest. */
function changesSince(previous: DigestSnapshot[string] | undefined, now: ReportFigures): string[] {
  if (!previous) return [];
  const changes: string[] = [];
  const overall = now.latest?.overallScore ?? null;
  if (overall !== null && previous.overall === null) changes.push(`completed an assessment (${overall}%)`);
  else if (overall !== null && previous.overall !== null && overall !== previous.overall) changes.push(`reassessed: ${previous.overall}% → ${overall}%`);
  const done = now.path?.done ?? 0;
  if (now.path && previous.total === 0) changes.push(`got a learning path of ${now.path.total} ${now.path.total === 1 ? 'item' : 'items'}`);
  else if (done > previous.done) changes.push(`finished ${done - previous.done} learning ${done - previous.done === 1 ? 'item' : 'items'}`);
  const closed = previous.gaps.filter((gap) => !now.topGaps.some((entry) => entry.name === gap));
  if (overall !== null && previous.overall !== null && closed.length > 0) changes.push(`closed the gap in ${closed.join(', ')}`);
  const closedNow = now.gapsClosed?.closed ?? 0;
  if (previous.closed !== undefined && previous.total > 0 && closedNow > previous.closed) {
    const count = closedNow - previous.closed;
    changes.push(`closed ${count} ${count === 1 ? 'gap' : 'gaps'} of the learning path (check-ins show the target reached)`);
  }
  if (now.step.key === 'LEARNING_COMPLETED' && previous.step !== 'LEARNING_COMPLETED') changes.push('finished every item of the learning path');
  return changes;
}

export function snapshotOf(digest: TeamDigestView): DigestSnapshot {
  return Object.fromEntries(
    digest.reports.map((report) => [
      String(report.employeeId),
      {
        step: report.step.key,
        overall: report.latest?.overallScore ?? null,
        done: report.path?.done ?? 0,
        total: report.path?.total ?? 0,
        gaps: report.topGaps.map((gap) => gap.name),
        closed: report.gapsClosed?.closed ?? 0,
      },
    ]),
  );
}

/**
 * Team digests for many managers at once, in a bounded number of queries: per report the step,
 * latest scores and top gaps, path completion, what changed since the last digest, and a stalled
 * flag; a team summary on top. Only each manager's own direct reports.
 */
export async function buildTeamDigests(deps: CoreDeps, input: { managers: DigestManager[]; stallDays: number }): Promise<Map<number, TeamDigestView>> {
  const now = deps.now();
  const managerIds = input.managers.map((manager) => manager.id);
  const figures = await inSlices(managerIds, (slice) => loadReportFigures(deps.db, { managerIds: slice, gapThreshold: deps.settings.gapThreshold, skillCertainty: deps.settings.skillCertainty, stallDays: input.stallDays, now }));
  const previous = await inSlices(managerIds, (slice) =>
    deps.db.delivery.findMany({
      where: { kind: 'DIGEST', status: 'SENT', recipientId: { in: slice } },
      orderBy: [{ sentAt: 'desc' }, { id: 'desc' }],
      distinct: ['recipientId'],
      select: { recipientId: true, snapshot: true },
    }),
  );
  const previousOf = new Map(previous.map((row) => [row.recipientId, JSON.parse(row.snapshot) as DigestSnapshot]));
  const byManager = new Map<number, ReportFigures[]>();
  for (const report of figures) byManager.set(report.managerId, [...(byManager.get(report.managerId) ?? []), report]);

  const digests = new Map<number, TeamDigestView>();
  for (const manager of input.managers) {
    const snapshot = previousOf.get(manager.id) ?? {};
    const reports: DigestReportView[] = (byManager.get(manager.id) ?? []).map(({ managerId: _managerId, ...report }) => ({
      ...report,
      changes: changesSince(snapshot[String(report.employeeId)], { managerId: manager.id, ...report }),
    }));
    const withPath = reports.filter((report) => report.path && report.path.total > 0);
    const gapCounts = new Map<string, number>();
    for (const report of reports) for (const gap of report.topGaps) gapCounts.set(gap.name, (gapCounts.get(gap.name) ?? 0) + 1);
    digests.set(manager.id, {
      manager: { id: manager.id, name: manager.name, timezone: manager.timezone },
      generatedAt: now.toISOString(),
      summary: {
        reports: reports.length,
        assessed: reports.filter((report) => report.latest !== null).length,
        averageCompletion: withPath.length === 0 ? 0 : Math.round(withPath.reduce((sum, report) => sum + report.path!.percent, 0) / withPath.length),
        stalled: reports.filter((report) => report.stalled).length,
        commonGaps: [...gapCounts]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .slice(0, 3)
          .map(([name, count]) => ({ name, count })),
      },
      reports,
    });
  }
  return digests;
}
