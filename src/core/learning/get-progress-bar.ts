import type { CoreDeps } from '../context.js';
import { cachedLearnerRead } from '../reads/learner-read-cache.js';
import { requireEmployee } from '../shared/employees.js';
import { computeWorkflowProgress, WORKFLOW_STEPS, type WorkflowFacts } from './rules/progress-bar.js';
import type { ProgressBarView } from './views.js';

/** The progress bar from facts already read (the dashboard reads the path anyway). */
export function progressBarView(employeeId: number, facts: WorkflowFacts): ProgressBarView {
  const workflow = computeWorkflowProgress(facts);
  return { employeeId, ...workflow, currentStepLabel: WORKFLOW_STEPS.find((step) => step.key === workflow.currentStep)!.label };
}

/**
 * The progress bar: the original's four steps (profile loaded, assessment completed,
 * recommendations generated, learning in progress) with a percentage and the current step, plus
 * the share of path items done.
 */
export async function getProgressBar(deps: CoreDeps, input: { employeeId: number }): Promise<ProgressBarView> {
  return cachedLearnerRead(deps, 'progress-bar', input.employeeId, () => computeProgressBar(deps, input));
}

async function computeProgressBar(deps: CoreDeps, input: { employeeId: number }): Promise<ProgressBarView> {
  await requireEmployee(deps.db, input.employeeId);
  const [completed, path] = await Promise.all([
    deps.db.assessmentSession.count({ where: { employeeId: input.employeeId, status: 'COMPLETED' } }),
    deps.db.learningPath.findUnique({ where: { currentSlot: input.employeeId }, select: { items: { select: { contentId: true } } } }),
  ]);
  const contentIds = path?.items.map((item) => item.contentId) ?? [];
  const progress =
    contentIds.length === 0
      ? []
      : await deps.db.learningProgress.findMany({ where: { employeeId: input.employeeId, contentId: { in: contentIds } }, select: { status: true } });
  return progressBarView(input.employeeId, {
    assessmentCompleted: completed > 0,
    pathGenerated: path !== null,
    itemsTotal: contentIds.length,
    itemsInProgress: progress.filter((row) => row.status === 'IN_PROGRESS').length,
    itemsDone: progress.filter((row) => row.status === 'DONE').length,
  });
}
