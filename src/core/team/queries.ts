import { findGaps } from '../assessment/rules/gaps.js';
import { levelRange } from '../measurement/rules/levels.js';
import { scorePercent } from '../assessment/rules/scoring.js';
import { closedGaps } from '../learning/rules/gaps-closed.js';
import { computeWorkflowProgress } from '../learning/rules/progress-bar.js';
import type { Db } from '../ports/database.js';
import type { DigestReportView } from './views.js';

export type ReportFigures = Omit<DigestReportView, 'changes' | 'attention' | 'needsAttention' | 'levelsHidden'> & {
  managerId: number;
  /** what the report chose their manager sees (null: the organisation's default); applied by the views built from these figures */
  managerView: 'VERDICTS' | 'LEVELS' | null;
};

/**
 * Everything digests need about the direct reports of some managers, in a fixed number of
 * queries however large the company is (one query per kind of data, never one per employee).
 */
export async function loadReportFigures(
  db: Db,
  input: { managerIds: number[]; gapThreshold: number; skillCertainty: number; stallDays: number; now: Date },
): Promise<ReportFigures[]> {
  // Every query filters through the report's manager (a join), never through a list of report ids,
  // so the number of statements does not grow with the number of employees.
  const ofTeams = { managerId: { in: input.managerIds } };
  const onPaths = { path: { currentSlot: { not: null }, employee: ofTeams } };
  const [reports, roles, skills, completed, open, paths, items, contents, progress, lastEvents, results, sessionSkills, estimates] = await Promise.all([
    db.employee.findMany({ where: ofTeams, select: { id: true, name: true, employeeNumber: true, email: true, managerId: true, roleId: true, managerView: true }, orderBy: { name: 'asc' } }),
    db.tSRSkillProfile.findMany({ select: { id: true, name: true } }),
    db.skill.findMany({ select: { id: true, name: true } }),
    db.assessmentSession.findMany({
      where: { status: 'COMPLETED', employee: ofTeams },
      select: { id: true, employeeId: true, completedAt: true },
      orderBy: [{ completedAt: 'desc' }, { id: 'desc' }],
    }),
    db.assessmentSession.findMany({ where: { status: { in: ['STARTED', 'IN_PROGRESS'] }, employee: ofTeams }, select: { employeeId: true } }),
    db.learningPath.findMany({ where: { currentSlot: { not: null }, employee: ofTeams }, select: { id: true, employeeId: true, sessionId: true } }),
    db.learningPathItem.findMany({ where: onPaths, select: { pathId: true, contentId: true } }),
    db.learningContent.findMany({ where: { pathItems: { some: onPaths } }, select: { id: true, minutes: true } }),
    db.learningProgress.findMany({ where: { employee: ofTeams }, select: { employeeId: true, contentId: true, status: true } }),
    db.learningEvent.groupBy({ by: ['employeeId'], where: { employee: ofTeams }, _max: { createdAt: true } }),
    db.assessmentResult.findMany({ where: { session: { status: 'COMPLETED', employee: ofTeams } }, select: { sessionId: true, skillId: true, asked: true, correct: true, score: true, verdict: true, mean: true, sd: true, targetLevel: true, certainty: true } }),
    db.assessmentSessionSkill.findMany({ where: { session: { status: 'COMPLETED', employee: ofTeams } }, select: { sessionId: true, skillId: true, category: true, position: true } }),
    db.skillEstimate.findMany({ where: { employee: ofTeams, answers: { gt: 0 } }, select: { employeeId: true, skillId: true, mean: true, sd: true, measuredAt: true } }),
  ]);
  const roleName = new Map(roles.map((role) => [role.id, role.name]));
  const skillName = new Map(skills.map((skill) => [skill.id, skill.name]));
  const latestSession = new Map<number, { id: number; completedAt: Date | null }>();
  for (const session of completed) if (!latestSession.has(session.employeeId)) latestSession.set(session.employeeId, session);
  const completedAtOf = new Map(completed.map((session) => [session.id, session.completedAt]));
  const itemsByPath = new Map<number, { contentId: number; minutes: number }[]>();
  const minutesOf = new Map(contents.map((content) => [content.id, content.minutes]));
  for (const item of items) itemsByPath.set(item.pathId, [...(itemsByPath.get(item.pathId) ?? []), { contentId: item.contentId, minutes: minutesOf.get(item.contentId) ?? 0 }]);

  const group = <T, K>(rows: T[], key: (row: T) => K) => {
    const map = new Map<K, T[]>();
    for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
    return map;
  };
  const resultsBySession = group(results, (row) => row.sessionId);
  const skillsBySession = group(sessionSkills, (row) => row.sessionId);
  const pathByEmployee = new Map(paths.map((path) => [path.employeeId, { sessionId: path.sessionId, items: itemsByPath.get(path.id) ?? [] }]));
  const progressByEmployee = group(progress, (row) => row.employeeId);
  const estimatesByEmployee = group(estimates, (row) => row.employeeId);
  /** A session's results as gap detection reads them, in plan order. */
  const sessionRows = (sessionId: number) => {
    const plan = new Map((skillsBySession.get(sessionId) ?? []).map((row) => [row.skillId, row]));
    return (resultsBySession.get(sessionId) ?? [])
      .map((row) => ({ skillId: row.skillId, name: skillName.get(row.skillId) ?? String(row.skillId), category: plan.get(row.skillId)?.category ?? null, score: row.score, asked: row.asked, correct: row.correct, verdict: row.verdict, mean: row.mean, sd: row.sd, targetLevel: row.targetLevel, certainty: row.certainty, position: plan.get(row.skillId)?.position ?? 0 }))
      .sort((a, b) => a.position - b.position);
  };
  const openSet = new Set(open.map((row) => row.employeeId));
  const lastEventOf = new Map(lastEvents.map((row) => [row.employeeId, row._max.createdAt]));
  const stallBefore = input.now.getTime() - input.stallDays * 86_400_000;

  return reports.map((report): ReportFigures => {
    const session = latestSession.get(report.id);
    const rows = session ? sessionRows(session.id) : [];
    const gaps = findGaps(rows, input.gapThreshold);
    const gapIds = new Set(gaps.map((gap) => gap.skillId));
    const path = pathByEmployee.get(report.id);
    const statuses = new Map((progressByEmployee.get(report.id) ?? []).map((row) => [row.contentId, row.status]));
    const items = path?.items.map((item) => statuses.get(item.contentId) ?? 'NOT_STARTED') ?? [];
    const done = items.filter((status) => status === 'DONE').length;
    const leftMinutes = path?.items.reduce((sum, item, index) => sum + (items[index] === 'DONE' ? 0 : item.minutes), 0) ?? 0;
    // Gaps closed: the path's own gaps, moved over the target by a measurement after its results were scored.
    const pathGaps = path ? findGaps(sessionRows(path.sessionId), input.gapThreshold) : [];
    const closed = path
      ? closedGaps(pathGaps, estimatesByEmployee.get(report.id) ?? [], { since: completedAtOf.get(path.sessionId) ?? input.now, required: input.skillCertainty })
      : new Set<number>();
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
      ? 'Learning path done'
      : path
        ? workflow.learning.done + workflow.learning.inProgress > 0
          ? 'Learning in progress'
          : 'Learning path not started'
        : session
          ? 'Assessed: no learning path yet'
          : openSet.has(report.id)
            ? 'Assessment in progress'
            : 'Not assessed yet';
    const step = workflow.learning.completed ? { key: 'LEARNING_COMPLETED' as const, label } : { key: workflow.currentStep, label };
    const asked = rows.reduce((sum, row) => sum + row.asked, 0);
    return {
      managerId: report.managerId!,
      managerView: report.managerView,
      employeeId: report.id,
      employeeNumber: report.employeeNumber,
      name: report.name,
      email: report.email,
      roleName: report.roleId === null ? null : (roleName.get(report.roleId) ?? null),
      step,
      assessmentInProgress: openSet.has(report.id),
      latest: session
        ? {
            overallScore: scorePercent(rows.reduce((sum, row) => sum + row.correct, 0), asked),
            completedAt: (session.completedAt ?? input.now).toISOString(),
            skills: rows.map((row) => ({
              name: row.name,
              category: row.category,
              score: row.score,
              isGap: gapIds.has(row.skillId),
              targetLevel: row.targetLevel,
              verdict: (row.verdict as 'GAP' | 'ON_TARGET' | 'NOT_SURE' | null) ?? null,
              certainty: row.certainty,
              level: row.mean !== null && row.sd !== null ? levelRange({ mean: row.mean, sd: row.sd }) : null,
            })),
          }
        : null,
      verdicts: session
        ? {
            gaps: gaps.length,
            onTarget: rows.filter((row) => row.category !== null && row.verdict === 'ON_TARGET').length,
            notSure: rows.filter((row) => row.category !== null && row.verdict === 'NOT_SURE').length,
          }
        : null,
      topGaps: gaps.slice(0, 3).map((gap) => ({ name: gap.name, score: gap.score })),
      path: path ? { done, total: items.length, percent: items.length === 0 ? 0 : Math.round((done / items.length) * 100), leftMinutes } : null,
      gapsClosed: path ? { closed: closed.size, total: pathGaps.length } : null,
      lastActivityAt: lastActivity?.toISOString() ?? null,
      idleDays: lastActivity ? Math.max(0, Math.floor((input.now.getTime() - lastActivity.getTime()) / 86_400_000)) : null,
      stalled: unfinished && lastActivity !== null && lastActivity.getTime() < stallBefore,
    };
  });
}
