import type { AnalyticsView } from '../../../core/admin/views.js';

/** GET /api/admin/analytics/ */
export const analyticsReply = (view: AnalyticsView) => ({
  total_employees: view.totalEmployees,
  assessments_completed: view.assessmentsCompleted,
  learning_status: { DONE: view.learningStatus.DONE, IN_PROGRESS: view.learningStatus.IN_PROGRESS, NOT_STARTED: view.learningStatus.NOT_STARTED },
  top_skill_gaps: view.topSkillGaps.map((gap) => ({ skill: gap.skill, count: gap.count })),
});
