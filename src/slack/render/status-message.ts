import type { DashboardView } from '../../core/views/dashboard-view.js';
import { ActionId } from './action-ids.js';
import { actions, button, context, divider, escape, header, message, section, type Block, type SlackMessage } from './blocks.js';
import { progressBlocks } from './progress-blocks.js';
import { resultsMessage } from './results-message.js';

/** `/skillcheck status`: the progress bar, the latest scores, and what to do next. */
export function statusMessage(dashboard: DashboardView): SlackMessage {
  const { profile, progress, results, assessment } = dashboard;
  const next: Block[] = [];
  if (assessment && assessment.status !== 'COMPLETED') {
    next.push(context(`Assessment in progress: ${assessment.answeredCount} of ${assessment.totalQuestions} answered.`));
    next.push(actions('status_actions', [button('Continue my assessment', ActionId.startAssessment, { style: 'primary' })]));
  } else if (!results) {
    next.push(actions('status_actions', [button('Start my assessment', ActionId.startAssessment, { style: 'primary' })]));
  } else if (dashboard.learningPath) {
    next.push(actions('status_actions', [button('Show my learning path', ActionId.showPath)]));
  }
  const scores = results ? resultsMessage(results, { pathGenerated: dashboard.learningPath !== null }).blocks.slice(1, 4) : [];
  return message(`Your Skillcheck progress: ${progress.percent}%, next: ${progress.currentStepLabel}.`, [
    header(`Skillcheck: ${profile.employee.role ? escape(profile.employee.role.name) : 'your profile'}`),
    ...progressBlocks(progress),
    section(escape(profile.summary)),
    ...(scores.length > 0 ? [divider(), ...scores] : []),
    ...next,
  ]);
}
