import { bar } from '../../chat/format.js';
import type { ProgressBarView } from '../../core/views/learning-views.js';
import { section, type Block } from './blocks.js';

/** The progress bar: the four workflow steps with a percentage and the current step, and path completion. */
export function progressBlocks(progress: ProgressBarView): Block[] {
  const steps = progress.steps.map((step) => `${step.done ? '✅' : step.key === progress.currentStep ? '▶️' : '⬜'} ${step.label}`).join('   ');
  const learning =
    progress.learning.total > 0
      ? `\nLearning path: \`${bar(progress.learning.percent)}\` ${progress.learning.done} of ${progress.learning.total} done (${progress.learning.percent}%)`
      : '';
  const status = progress.learning.completed ? 'Learning completed 🎉' : `Next: ${progress.currentStepLabel}`;
  return [section(`*Progress* \`${bar(progress.percent)}\` *${progress.percent}%*  ·  ${status}\n${steps}${learning}`)];
}
