import { progress, type Block } from '../card/card.js';
import { plural } from '../format.js';
import type { ProgressBarView } from '../../core/views/learning-views.js';

/** The progress bar: the four workflow steps, where the person is, and how much of the path is done. */
export function progressBlocks(view: ProgressBarView): Block[] {
  const steps = view.steps.map((step) => `${step.done ? '✓' : step.key === view.currentStep ? '→' : '·'} ${step.label}`).join('  ');
  const status = view.learning.completed ? 'Learning completed 🎉' : `Next: ${view.currentStepLabel}`;
  return [
    progress('Progress', view.percent, `${status}  |  ${steps}`),
    ...(view.learning.total > 0 ? [progress('Learning path', view.learning.percent, `${view.learning.done} of ${plural(view.learning.total, 'item')} done`)] : []),
  ];
}
