import { bar } from '../../chat/format.js';
import type { ProgressBarView } from '../../core/views/learning-views.js';
import { container, small, text, type CardElement } from './cards.js';

/** The progress bar: four steps, percentage, current step, and path completion. */
export function progressElements(progress: ProgressBarView): CardElement[] {
  const status = progress.learning.completed ? 'Learning completed 🎉' : `Next: ${progress.currentStepLabel}`;
  return [
    container(
      [
        text(`**Progress** ${bar(progress.percent)} **${progress.percent}%** · ${status}`),
        small(progress.steps.map((step) => `${step.done ? '✅' : step.key === progress.currentStep ? '▶️' : '⬜'} ${step.label}`).join('   ')),
        ...(progress.learning.total > 0
          ? [small(`Learning path: ${bar(progress.learning.percent)} ${progress.learning.done} of ${progress.learning.total} done (${progress.learning.percent}%)`)]
          : []),
      ],
      { style: 'emphasis' },
    ),
  ];
}
