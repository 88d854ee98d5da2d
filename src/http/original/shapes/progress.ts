import type { ProgressBarView } from '../../../core/learning/views.js';
import type { StandingView } from '../../../core/profile/views.js';

/** The original's step labels (Skillcheck's own read in sentence case). */
const LABELS: Record<ProgressBarView['steps'][number]['key'], string> = {
  PROFILE_LOADED: 'Profile Loaded',
  ASSESSMENT_COMPLETED: 'Assessment Completed',
  RECOMMENDATIONS_GENERATED: 'Recommendations Generated',
  LEARNING_IN_PROGRESS: 'Learning In Progress',
};

/** GET .../progress-bar/: the four steps, the percentage of steps done, and the first step not done (else the last). */
export const progressBarReply = (bar: ProgressBarView) => ({
  steps: bar.steps.map((step) => ({ key: step.key, label: LABELS[step.key], completed: step.done })),
  progress_percent: bar.percent,
  current_step: bar.currentStep,
});

/** The furthest step reached, as the dashboard's workflow_status. */
export const workflowStatus = (bar: ProgressBarView): string => [...bar.steps].reverse().find((step) => step.done)?.key ?? 'PROFILE_LOADED';

/**
 * GET .../workflow/: the original's flags, its misspelt key kept (`reommendations_generated`) because
 * clients written against it read that key. Pending means no assessment was ever begun.
 */
export const workflowReply = (bar: ProgressBarView, standing: StandingView) => {
  const done = (key: ProgressBarView['steps'][number]['key']) => bar.steps.some((step) => step.key === key && step.done);
  return {
    profile_loaded: done('PROFILE_LOADED'),
    assessment_pending: standing.open === null && standing.scoredSessionId === null,
    assessment_completed: done('ASSESSMENT_COMPLETED'),
    reommendations_generated: done('RECOMMENDATIONS_GENERATED'),
    learning_in_progress: done('LEARNING_IN_PROGRESS'),
  };
};
