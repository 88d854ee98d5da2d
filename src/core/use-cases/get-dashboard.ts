import type { CoreDeps } from '../context.js';
import type { DashboardView } from '../views/dashboard-view.js';
import { assessmentView, findOpenSession, findSessionById } from './shared/assessments.js';
import { getProfile } from './get-profile.js';
import { getProgressBar } from './get-progress-bar.js';
import { currentPathId, learningPathView } from './get-learning-path.js';
import { latestCompletedSessionId, resultsView } from './get-results.js';

/** The learner dashboard: profile and summary, assessment state, latest results, path and progress bar. */
export async function getDashboard(deps: CoreDeps, input: { employeeId: number }): Promise<DashboardView> {
  const profile = await getProfile(deps, input);
  const employeeId = profile.employee.id;
  const [open, completedId, pathId, progress] = await Promise.all([
    findOpenSession(deps.db, employeeId),
    latestCompletedSessionId(deps, employeeId),
    currentPathId(deps, employeeId),
    getProgressBar(deps, { employeeId }),
  ]);
  const latest = open ?? (completedId === null ? null : await findSessionById(deps.db, completedId));
  return {
    profile,
    assessment: latest ? assessmentView(latest) : null,
    results: completedId === null ? null : await resultsView(deps, completedId),
    learningPath: pathId === null ? null : await learningPathView(deps, pathId),
    progress,
  };
}
