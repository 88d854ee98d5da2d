import type { CoreDeps } from '../context.js';
import { inSlices } from '../shared/chunks.js';
import { buildTeamHeatMaps } from '../skill-maps/build-team-heat-maps.js';
import { loadReportFigures, type ReportFigures } from './queries.js';
import { attentionFor, byAttention, needsAttention } from './rules/attention.js';
import type { DigestReportView, DigestSnapshot, TeamDigestView } from './views.js';
import { organisationDefault } from '../privacy/queries.js';
import { effectiveView } from '../privacy/rules/manager-view.js';
import { redactDigestReport } from '../privacy/rules/redact.js';
import { teamAggregatesShown } from '../privacy/rules/small-team.js';

export interface DigestManager {
  id: number;
  name: string;
  timezone: string | null;
}

/** Whether the person was assessed at the last digest. */
const assessedThen = (previous: DigestSnapshot[string]): boolean => previous.overall !== null || previous.assessedAt !== undefined;

/** What changed for one report since the figures of the last digest (with scores: a VERDICTS report's words lose them later). */
function changesSince(previous: DigestSnapshot[string] | undefined, now: ReportFigures): string[] {
  if (!previous) return [];
  const changes: string[] = [];
  const overall = now.latest?.overallScore ?? null;
  const assessed = now.latest !== null;
  if (assessed && !assessedThen(previous)) changes.push(`completed an assessment (${overall}%)`);
  else if (overall !== null && previous.overall !== null && overall !== previous.overall) changes.push(`reassessed: ${previous.overall}% → ${overall}%`);
  else if (assessed && previous.assessedAt !== undefined && previous.assessedAt !== now.latest!.completedAt) changes.push('reassessed');
  const done = now.path?.done ?? 0;
  if (now.path && previous.total === 0) changes.push(`got a learning path of ${now.path.total} ${now.path.total === 1 ? 'item' : 'items'}`);
  else if (done > previous.done) changes.push(`finished ${done - previous.done} learning ${done - previous.done === 1 ? 'item' : 'items'}`);
  const gapsThen = gapsAt(previous);
  const gapsNow = now.verdicts?.gaps ?? 0;
  if (assessed && gapsThen !== null && gapsNow > gapsThen) changes.push(`certain gaps up from ${gapsThen} to ${gapsNow}`);
  // Against every gap now, not the three named: a gap that only left the top three is not closed.
  const gapsNowNamed = new Set((now.latest?.skills ?? []).filter((skill) => skill.isGap).map((skill) => skill.name));
  const closed = previous.gaps.filter((gap) => !gapsNowNamed.has(gap));
  if (assessed && assessedThen(previous) && closed.length > 0) changes.push(`closed the gap in ${closed.join(', ')}`);
  const closedNow = now.gapsClosed?.closed ?? 0;
  if (previous.closed !== undefined && previous.total > 0 && closedNow > previous.closed) {
    const count = closedNow - previous.closed;
    changes.push(`closed ${count} ${count === 1 ? 'gap' : 'gaps'} of the learning path (check-ins show the target reached)`);
  }
  if (now.step.key === 'LEARNING_COMPLETED' && previous.step !== 'LEARNING_COMPLETED') changes.push('finished every item of the learning path');
  return changes;
}

/**
 * Certain gaps at the last digest, when the person was assessed then. Snapshots from before the count
 * was kept hold only the three biggest gaps' names: fewer than three names is the whole count.
 */
function gapsAt(previous: DigestSnapshot[string] | undefined): number | null {
  if (!previous || !assessedThen(previous)) return null;
  if (previous.gapCount !== undefined) return previous.gapCount;
  return previous.gaps.length < 3 ? previous.gaps.length : null;
}

export function snapshotOf(digest: TeamDigestView): DigestSnapshot {
  return Object.fromEntries(
    digest.reports.map((report) => [
      String(report.employeeId),
      {
        step: report.step.key,
        overall: report.latest?.overallScore ?? null,
        ...(report.latest ? { assessedAt: report.latest.completedAt } : {}),
        done: report.path?.done ?? 0,
        total: report.path?.total ?? 0,
        gaps: report.topGaps.map((gap) => gap.name),
        closed: report.gapsClosed?.closed ?? 0,
        gapCount: report.verdicts?.gaps ?? 0,
      },
    ]),
  );
}

/**
 * Team digests for many managers at once, in a bounded number of queries: per report the step,
 * latest verdicts and top gaps, path items, what changed since the last digest, and why the manager
 * should look (reports needing attention first); figures over the whole team on top. Only each
 * manager's own direct reports; of a report who chose VERDICTS no score, level or certainty, and in a
 * team of fewer than five with such a report no figure over the team that could single them out.
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
  const heatMaps = new Map(
    await inSlices(managerIds, async (slice) => [...(await buildTeamHeatMaps(deps, input.managers.filter((manager) => slice.includes(manager.id)))).entries()]),
  );
  const fallback = organisationDefault(deps.settings);
  const viewOf = new Map(figures.map((report) => [report.employeeId, effectiveView(report.managerView, fallback)]));
  const previousOf = new Map(previous.map((row) => [row.recipientId, JSON.parse(row.snapshot) as DigestSnapshot]));
  const byManager = new Map<number, ReportFigures[]>();
  for (const report of figures) byManager.set(report.managerId, [...(byManager.get(report.managerId) ?? []), report]);

  const digests = new Map<number, TeamDigestView>();
  for (const manager of input.managers) {
    const snapshot = previousOf.get(manager.id) ?? {};
    const reports: DigestReportView[] = (byManager.get(manager.id) ?? [])
      .map(({ managerId: _managerId, managerView: _managerView, ...report }) => {
        const previous = snapshot[String(report.employeeId)];
        const attention = attentionFor({
          assessed: report.latest !== null,
          assessmentOpen: report.assessmentInProgress,
          certainGaps: report.verdicts?.gaps ?? 0,
          path: report.path,
          stalled: report.stalled,
          gapsAtLastDigest: gapsAt(previous),
        });
        const full = { ...report, attention, needsAttention: needsAttention(attention), changes: changesSince(previous, { managerId: manager.id, managerView: null, ...report }), levelsHidden: false };
        return redactDigestReport(full, viewOf.get(report.employeeId) ?? 'LEVELS');
      })
      .sort(byAttention);
    const aggregatesShown = teamAggregatesShown(reports.map((report) => viewOf.get(report.employeeId) ?? 'LEVELS'));
    const gapCounts = new Map<string, number>();
    for (const report of reports) for (const gap of report.topGaps) gapCounts.set(gap.name, (gapCounts.get(gap.name) ?? 0) + 1);
    digests.set(manager.id, {
      manager: { id: manager.id, name: manager.name, timezone: manager.timezone },
      generatedAt: now.toISOString(),
      summary: {
        people: reports.length,
        assessed: reports.filter((report) => report.latest !== null).length,
        needAttention: reports.filter((report) => report.needsAttention).length,
        certainGaps: reports.reduce((sum, report) => sum + (report.verdicts?.gaps ?? 0), 0),
        pathItems: {
          done: reports.reduce((sum, report) => sum + (report.path?.done ?? 0), 0),
          total: reports.reduce((sum, report) => sum + (report.path?.total ?? 0), 0),
        },
        commonGaps: aggregatesShown
          ? [...gapCounts]
              .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
              .slice(0, 3)
              .map(([name, count]) => ({ name, count }))
          : [],
        aggregatesHidden: reports.length > 0 && !aggregatesShown,
      },
      reports,
      heatMap: heatMaps.get(manager.id)!,
    });
  }
  return digests;
}
