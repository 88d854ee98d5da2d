import type { CoreDeps } from '../context.js';
import { countLearningStatus, topSkillGaps } from './rules/analytics.js';
import type { AnalyticsView } from './views.js';

/**
 * The admin's figures across the organisation: employees, scored assessments, the items of everyone's
 * current learning path by status, and the skills with the most certain gaps in people's latest
 * scored sittings. Read only.
 */
export async function getAnalytics(deps: CoreDeps): Promise<AnalyticsView> {
  const [totalEmployees, assessmentsCompleted, pathItems, completed] = await Promise.all([
    deps.db.employee.count(),
    deps.db.assessmentSession.count({ where: { status: 'COMPLETED' } }),
    deps.db.learningPathItem.findMany({ where: { path: { currentSlot: { not: null } } }, select: { contentId: true, path: { select: { employeeId: true } } } }),
    deps.db.assessmentSession.findMany({
      where: { status: 'COMPLETED' },
      orderBy: [{ completedAt: 'desc' }, { id: 'desc' }],
      select: { id: true, employeeId: true },
    }),
  ]);
  const items = pathItems.map((item) => ({ employeeId: item.path.employeeId, contentId: item.contentId }));
  const latest = new Map<number, number>();
  for (const session of completed) if (!latest.has(session.employeeId)) latest.set(session.employeeId, session.id);
  const [progress, gaps] = await Promise.all([
    items.length === 0
      ? Promise.resolve([])
      : deps.db.learningProgress.findMany({
          where: { employeeId: { in: [...new Set(items.map((item) => item.employeeId))] } },
          select: { employeeId: true, contentId: true, status: true },
        }),
    latest.size === 0
      ? Promise.resolve([])
      : deps.db.assessmentResult.findMany({
          where: { sessionId: { in: [...latest.values()] }, verdict: 'GAP' },
          select: { employeeId: true, skill: { select: { name: true } } },
        }),
  ]);
  return {
    totalEmployees,
    assessmentsCompleted,
    learningStatus: countLearningStatus(items, progress),
    topSkillGaps: topSkillGaps(gaps.map((gap) => ({ employeeId: gap.employeeId, skill: gap.skill.name }))),
  };
}
