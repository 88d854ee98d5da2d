import type { ProgressBarView } from '../views.js';

/** The original's four workflow steps, with a percentage and the current step. */
export const WORKFLOW_STEPS = [
  { key: 'PROFILE_LOADED', label: 'Profile loaded' },
  { key: 'ASSESSMENT_COMPLETED', label: 'Assessment completed' },
  { key: 'RECOMMENDATIONS_GENERATED', label: 'Recommendations generated' },
  { key: 'LEARNING_IN_PROGRESS', label: 'Learning in progress' },
] as const;

export type WorkflowStepKey = (typeof WORKFLOW_STEPS)[number]['key'];

export interface WorkflowFacts {
  assessmentCompleted: boolean;
  pathGenerated: boolean;
  /** items of the current path by status */
  itemsTotal: number;
  itemsInProgress: number;
  itemsDone: number;
}

/** The progress bar of learning/views.ts, before it is told whose it is and how its current step reads. */
export type WorkflowProgress = Omit<ProgressBarView, 'employeeId' | 'currentStepLabel'>;

export function computeWorkflowProgress(facts: WorkflowFacts): WorkflowProgress {
  const done: Record<WorkflowStepKey, boolean> = {
    PROFILE_LOADED: true,
    ASSESSMENT_COMPLETED: facts.assessmentCompleted,
    RECOMMENDATIONS_GENERATED: facts.pathGenerated,
    LEARNING_IN_PROGRESS: facts.pathGenerated && facts.itemsInProgress + facts.itemsDone > 0,
  };
  const steps = WORKFLOW_STEPS.map((step) => ({ key: step.key, label: step.label, done: done[step.key] }));
  const completedSteps = steps.filter((step) => step.done).length;
  const firstOpen = steps.find((step) => !step.done);
  const total = facts.itemsTotal;
  return {
    steps,
    completedSteps,
    totalSteps: steps.length,
    percent: Math.round((completedSteps / steps.length) * 100),
    currentStep: (firstOpen ?? steps[steps.length - 1]!).key,
    learning: {
      total,
      done: facts.itemsDone,
      inProgress: facts.itemsInProgress,
      notStarted: total - facts.itemsDone - facts.itemsInProgress,
      percent: total === 0 ? 0 : Math.round((facts.itemsDone / total) * 100),
      completed: facts.pathGenerated && total > 0 && facts.itemsDone === total,
    },
  };
}
