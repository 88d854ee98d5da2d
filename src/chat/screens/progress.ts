import { progress, type Block } from '../card/card.js';
import { plural } from '../format.js';
import type { WorkflowStepKey } from '../../core/learning/rules/progress-bar.js';
import type { ProgressBarView } from '../../core/learning/views.js';

/** What the person does next, for each step not yet done (a step's label names the state once it is reached). */
const NEXT: Record<WorkflowStepKey, string> = {
  PROFILE_LOADED: 'your profile is being loaded',
  ASSESSMENT_COMPLETED: 'take the assessment',
  RECOMMENDATIONS_GENERATED: 'build your learning path',
  LEARNING_IN_PROGRESS: 'work through your learning path',
};

/** The progress bar: the four workflow steps, where the person is, and how much of the path is done. */
export function progressBlocks(view: ProgressBarView): Block[] {
  const steps = view.steps.map((step) => `${step.done ? '✓' : step.key === view.currentStep ? '→' : '·'} ${step.label}`).join('  ');
  const status = view.learning.completed ? 'Learning completed 🎉' : `Next: ${NEXT[view.currentStep]}`;
  return [
    progress('Progress', view.percent, `${status}  |  ${steps}`),
    ...(view.learning.total > 0 ? [progress('Learning path', view.learning.percent, `${view.learning.done} of ${plural(view.learning.total, 'item')} done`)] : []),
  ];
}
