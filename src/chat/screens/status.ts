import { Action } from '../actions.js';
import { button, buttons, card, context, divider, heading, text, type Block, type Card } from '../card/card.js';
import { escape } from '../card/markup.js';
import { plural } from '../format.js';
import type { DashboardView } from '../../core/profile/views.js';
import { notSureLine, pathItemBlocks, type ContentLink } from './learning-path.js';
import { progressBlocks } from './progress.js';
import { gapsSentence, resultsHeadline, skillFields } from './results.js';
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

/** The dashboard's progress lines: the sitting while one runs, then the path's (see progress.ts). */
const dashboardProgress = (dashboard: DashboardView) =>
  progressBlocks({
    answered: dashboard.assessment && dashboard.assessment.status !== 'COMPLETED' ? dashboard.assessment.answeredCount : 0,
    sitting: dashboard.sitting,
    path: dashboard.learningPath,
  });

/** Where a person stands, in one line for notifications: the sitting, the verdicts, the path. */
export function statusSummary(dashboard: DashboardView): string {
  const { assessment, sitting, results, learningPath } = dashboard;
  const parts: string[] = [];
  if (assessment && assessment.status !== 'COMPLETED') parts.push(`assessment in progress, ${plural(assessment.answeredCount, 'question')} answered${sitting && !sitting.exact ? ` of at most ${sitting.atMost}` : ''}`);
  if (results) parts.push(resultsHeadline(results));
  if (learningPath && learningPath.completion.total > 0) parts.push(`learning path ${learningPath.completion.done} of ${learningPath.completion.total} done`);
  if (learningPath && learningPath.gaps.total > 0) parts.push(`${learningPath.gaps.closed} of ${plural(learningPath.gaps.total, 'gap')} closed`);
  return `Your Skillcheck: ${parts.length > 0 ? parts.join('; ') : 'not assessed yet'}.`;
}

/** Where a person stands: progress, the profile summary, the latest results, and the next step. */
export function statusCard(dashboard: DashboardView): Card {
  const { profile, results } = dashboard;
  return card(statusSummary(dashboard), [
    heading(`Skillcheck: ${profile.employee.role?.name ?? 'your profile'}`),
    ...dashboardProgress(dashboard),
    !dashboard.assessment && text('You have not taken the assessment yet.'),
    text(escape(profile.summary)),
    ...(results ? [divider(), skillFields(results), text(gapsSentence(results))] : []),
    nextStepButtons(dashboard),
    context(WHO_SEES),
  ]);
}

/** A personal page (a platform's home tab): the status and, below it, the whole learning path. */
export function homeCard(dashboard: DashboardView, options: { linkFor: ContentLink; command: CommandHint }): Card {
  const { profile, learningPath } = dashboard;
  const first = profile.employee.name.split(' ')[0] ?? profile.employee.name;
  return card(`Hi ${first}, here is your Skillcheck.`, [
    heading(`Hi ${first}, here is your Skillcheck`),
    text(escape(profile.summary)),
    ...dashboardProgress(dashboard),
    nextStepButtons(dashboard),
    divider(),
    ...(learningPath && learningPath.groups.length > 0
      ? [heading('Learning path'), ...pathItemBlocks(learningPath, options.linkFor)]
      : learningPath
        ? [context(notSureLine(learningPath) ?? 'No gaps to close: your learning path is empty.')]
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
