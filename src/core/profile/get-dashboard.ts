import { buildResultsView, latestCompletedSessionId, loadScoredSession } from '../assessment/get-results.js';
import { assessmentView, findOpenSession } from '../assessment/queries.js';
import { openSittingProgress } from '../assessment/sitting.js';
import type { CoreDeps } from '../context.js';
import { currentPathId, learningPathView } from '../learning/get-learning-path.js';
import { progressBarView } from '../learning/get-progress-bar.js';
import { cachedLearnerRead } from '../reads/learner-read-cache.js';
import { getProfile } from './get-profile.js';
import type { DashboardView } from './views.js';

/**
 * The learner dashboard: profile and summary, assessment state, latest results, path and progress bar.
 * Each thing is read once: the progress bar comes from the path already read, and the latest scored
 * session serves both the assessment and the results views.
 */
export async function getDashboard(deps: CoreDeps, input: { employeeId: number }): Promise<DashboardView> {
  return cachedLearnerRead(deps, 'dashboard', input.employeeId, () => computeDashboard(deps, input));
}

async function computeDashboard(deps: CoreDeps, input: { employeeId: number }): Promise<DashboardView> {
  const profile = await getProfile(deps, input);
  const employeeId = profile.employee.id;
  const [open, completedId, pathId] = await Promise.all([findOpenSession(deps.db, employeeId), latestCompletedSessionId(deps, employeeId), currentPathId(deps, employeeId)]);
  const scored = completedId === null ? null : await loadScoredSession(deps, completedId);
  const latest = open ?? scored;
  const [learningPath, sitting] = await Promise.all([
    pathId === null ? null : learningPathView(deps, pathId),
    open ? openSittingProgress(deps, open) : null,
  ]);
  return {
    profile,
    assessment: latest ? assessmentView(latest) : null,
    sitting,
    results: scored ? buildResultsView(scored, deps.settings) : null,
    learningPath,
    progress: progressBarView(employeeId, {
      assessmentCompleted: completedId !== null,
      pathGenerated: learningPath !== null,
      itemsTotal: learningPath?.completion.total ?? 0,
      itemsInProgress: learningPath?.completion.inProgress ?? 0,
      itemsDone: learningPath?.completion.done ?? 0,
    }),
  };
}
