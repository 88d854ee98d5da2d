import { Action } from '../actions.js';
import { button, buttons, card, context, divider, heading, text, type Block, type Card } from '../card/card.js';
import { escape } from '../card/markup.js';
import { plural } from '../format.js';
import type { DashboardView } from '../../core/profile/views.js';
import { pathItemBlocks, type ContentLink } from './learning-path.js';
import { progressBlocks } from './progress.js';
import { gapsSentence, skillFields } from './results.js';
import { WHO_SEES, type CommandHint } from './words.js';

/** The one next step a dashboard offers, the same on every platform and screen. */
export function nextStepButtons(dashboard: DashboardView): Block {
  const { assessment, results, learningPath } = dashboard;
  if (assessment && assessment.status !== 'COMPLETED') {
    return buttons(button('Continue my assessment', Action.continueAssessment, undefined, 'primary'), button('Stop it', Action.cancel));
  }
  if (!results) return buttons(button('Start my assessment', Action.continueAssessment, undefined, 'primary'));
  if (!learningPath && results.gaps.length > 0) {
    return buttons(button('Build my learning path', Action.buildPath, String(results.sessionId), 'primary'), button('Check myself again', Action.retake));
  }
  return buttons(learningPath && button('Show my learning path', Action.showPath, undefined, 'primary'), button('Check myself again', Action.retake));
}

function assessmentLine(dashboard: DashboardView): Block | null {
  const { assessment } = dashboard;
  if (!assessment || assessment.status === 'COMPLETED') return null;
  return context(
    assessment.adaptive
      ? `Assessment in progress: ${plural(assessment.answeredCount, 'question')} answered so far.`
      : `Assessment in progress: ${assessment.answeredCount} of ${assessment.totalQuestions} answered.`,
  );
}

/** Where a person stands: progress, the profile summary, the latest scores, and the next step. */
export function statusCard(dashboard: DashboardView): Card {
  const { profile, progress, results } = dashboard;
  return card(`Your Skillcheck progress: ${progress.percent}%.`, [
    heading(`Skillcheck: ${profile.employee.role?.name ?? 'your profile'}`),
    ...progressBlocks(progress),
    text(escape(profile.summary)),
    assessmentLine(dashboard),
    ...(results ? [divider(), skillFields(results), text(gapsSentence(results))] : []),
    nextStepButtons(dashboard),
    context(WHO_SEES),
  ]);
}

/** A personal page (a platform's home tab): the status and, below it, the whole learning path. */
export function homeCard(dashboard: DashboardView, options: { linkFor: ContentLink; command: CommandHint }): Card {
  const { profile, progress, learningPath } = dashboard;
  const first = profile.employee.name.split(' ')[0] ?? profile.employee.name;
  return card(`Hi ${first}, here is your Skillcheck.`, [
    heading(`Hi ${first}, here is your Skillcheck`),
    text(escape(profile.summary)),
    ...progressBlocks(progress),
    assessmentLine(dashboard),
    nextStepButtons(dashboard),
    divider(),
    ...(learningPath && learningPath.groups.length > 0
      ? [heading('Learning path'), ...pathItemBlocks(learningPath, options.linkFor)]
      : [context(dashboard.results ? 'No learning path yet: build one from your results.' : `Take the assessment to get a learning path made for you: ${options.command('start')}.`)]),
    context(WHO_SEES),
  ]);
}

/** Asked for the learning path without having one: why, and the one next step. */
export function noPathCard(dashboard: DashboardView): Card {
  const why = dashboard.results
    ? dashboard.results.gaps.length === 0
      ? 'You have no learning path because your last assessment found no gaps.'
      : 'You have no learning path yet: build it from your results.'
    : 'You have no learning path yet: it is built from your assessment results.';
  return card(why, [text(why), nextStepButtons(dashboard)]);
}
