import { findGaps } from '../../domain/gaps.js';
import { computeWorkflowProgress } from '../../domain/progress-bar.js';
import { scorePercent } from '../../domain/scoring.js';
import type { Db } from '../../ports/database.js';
import type { DigestReportView } from '../../views/digest-views.js';

export type ReportFigures = Omit<DigestReportView, 'changes'> & { managerId: number };

/**
 * Everything digests need about the direct reports of some managers, in a fixed number of
 * queries however large the company is (one query per kind of data, never one per employee).
 */
export async function loadReportFigures(
  db: Db,
  input: { managerIds: number[]; gapThreshold: number; stallDays: number; now: Date },
): Promise<ReportFigures[]> {
  const reports = await db.employee.findMany({
    where: { managerId: { in: input.managerIds } },
    select: { id: true, name: true, employeeNumber: true, email: true, managerId: true, role: { select: { name: true } } },
    orderBy: { name: 'asc' },
  });
  const ids = reports.map((report) => report.id);
  const [completed, open, paths, progress, lastEvents] = await Promise.all([
    db.assessmentSession.findMany({
      where: { employeeId: { in: ids }, status: 'COMPLETED' },
      select: { id: true, employeeId: true, completedAt: true },
      orderBy: [{ completedAt: 'desc' }, { id: 'desc' }],
    }),
    db.assessmentSession.findMany({ where: { employeeId: { in: ids }, status: { in: ['STARTED', 'IN_PROGRESS'] } }, select: { employeeId: true } }),
    db.learningPath.findMany({ where: { currentSlot: { in: ids } }, select: { employeeId: true, items: { select: { contentId: true } } } }),
    db.learningProgress.findMany({ where: { employeeId: { in: ids } }, select: { employeeId: true, contentId: true, status: true } }),
    db.learningEvent.groupBy({ by: ['employeeId'], where: { employeeId: { in: ids } }, _max: { createdAt: true } }),
  ]);
  const latestSession = new Map<number, { id: number; completedAt: Date | null }>();
  for (const session of completed) if (!latestSession.has(session.employeeId)) latestSession.set(session.employeeId, session);
  const sessionIds = [...latestSession.values()].map((session) => session.id);
  const [results, sessionSkills] = await Promise.all([
    db.assessmentResult.findMany({ where: { sessionId: { in: sessionIds } }, select: { sessionId: true, skillId: true, asked: true, correct: true, score: true, skill: { select: { name: true } } } }),
    db.assessmentSessionSkill.findMany({ where: { sessionId: { in: sessionIds } }, select: { sessionId: true, skillId: true, category: true, position: true } }),
  ]);

  const group = <T, K>(rows: T[], key: (row: T) => K) => {
    const map = new Map<K, T[]>();
    for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
    return map;
  };
  const resultsBySession = group(results, (row) => row.sessionId);
  const skillsBySession = group(sessionSkills, (row) => row.sessionId);
  const pathByEmployee = new Map(paths.map((path) => [path.employeeId, path]));
  const progressByEmployee = group(progress, (row) => row.employeeId);
  const openSet = new Set(open.map((row) => row.employeeId));
  const lastEventOf = new Map(lastEvents.map((row) => [row.employeeId, row._max.createdAt]));
  const stallBefore = input.now.getTime() - input.stallDays * 86_400_000;

  return reports.map((report): ReportFigures => {
    const session = latestSession.get(report.id);
    const plan = new Map((session ? skillsBySession.get(session.id) ?? [] : []).map((row) => [row.skillId, row]));
    const rows = (session ? resultsBySession.get(session.id) ?? [] : [])
      .map((row) => ({ skillId: row.skillId, name: row.skill.name, category: plan.get(row.skillId)?.category ?? null, score: row.score, asked: row.asked, correct: row.correct, position: plan.get(row.skillId)?.position ?? 0 }))
      .sort((a, b) => a.position - b.position);
    const gaps = findGaps(rows, input.gapThreshold);
    const gapIds = new Set(gaps.map((gap) => gap.skillId));
    const path = pathByEmployee.get(report.id);
    const statuses = new Map((progressByEmployee.get(report.id) ?? []).map((row) => [row.contentId, row.status]));
    const items = path?.items.map((item) => statuses.get(item.contentId) ?? 'NOT_STARTED') ?? [];
    const done = items.filter((status) => status === 'DONE').length;
    const workflow = computeWorkflowProgress({
      assessmentCompleted: session !== undefined,
      pathGenerated: path !== undefined,
      itemsTotal: items.length,
      itemsInProgress: items.filter((status) => status === 'IN_PROGRESS').length,
      itemsDone: done,
    });
    const lastActivity = lastEventOf.get(report.id) ?? null;
    const unfinished = openSet.has(report.id) || (path !== undefined && items.length > 0 && done < items.length);
    // The progress bar's current step is the next one to do; a digest says where the person is.
    const label = workflow.learning.completed
      ? 'Learning completed'
      : path
        ? workflow.learning.done + workflow.learning.inProgress > 0
          ? 'Learning in progress'
          : 'Learning path not started'
        : session
          ? 'Assessed: no learning path yet'
          : openSet.has(report.id)
            ? 'Assessment in progress'
            : 'Not assessed yet';
    const step = workflow.learning.completed
      ? { key: 'LEARNING_COMPLETED' as const, label, percent: 100 }
      : { key: workflow.currentStep, label, percent: workflow.percent };
    const asked = rows.reduce((sum, row) => sum + row.asked, 0);
    return {
      managerId: report.managerId!,
      employeeId: report.id,
      employeeNumber: report.employeeNumber,
      name: report.name,
      email: report.email,
      roleName: report.role?.name ?? null,
      step,
      assessmentInProgress: openSet.has(report.id),
      latest: session
        ? {
            overallScore: scorePercent(rows.reduce((sum, row) => sum + row.correct, 0), asked),
            completedAt: (session.completedAt ?? input.now).toISOString(),
            skills: rows.map((row) => ({ name: row.name, category: row.category, score: row.score, isGap: gapIds.has(row.skillId) })),
          }
        : null,
      topGaps: gaps.slice(0, 3).map((gap) => ({ name: gap.name, score: gap.score })),
      path: path ? { done, total: items.length, percent: items.length === 0 ? 0 : Math.round((done / items.length) * 100) } : null,
      lastActivityAt: lastActivity?.toISOString() ?? null,
      stalled: unfinished && lastActivity !== null && lastActivity.getTime() < stallBefore,
    };
  });
}
