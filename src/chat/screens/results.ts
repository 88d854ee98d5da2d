import { Action } from '../actions.js';
import { button, buttons, card, context, divider, fields, heading, text, type Card } from '../card/card.js';
import { escape } from '../card/markup.js';
import { plural } from '../format.js';
import type { ResultsView } from '../../core/assessment/views.js';
import { WHO_SEES, type CommandHint } from './words.js';

/** One line per skill: the score, and whether it is a gap or outside the role. */
export const skillFields = (results: ResultsView) =>
  fields(
    results.skills.map((skill) => [
      skill.name,
      `${skill.score}%${skill.isGap ? ' · **gap**' : ''}${skill.category === null ? ' · _not in your role_' : ''}`,
    ]),
  );

export const gapsSentence = (results: ResultsView) =>
  results.gaps.length === 0
    ? `No gaps: every expected skill scored ${results.threshold}% or more. Well done!`
    : `**${plural(results.gaps.length, 'gap')}** (under ${results.threshold}%): ${results.gaps.map((gap) => `${escape(gap.name)} ${gap.score}%`).join(', ')}`;

/** The results of an assessment: a score per skill, the gaps named, and what to do next. */
export function resultsCard(results: ResultsView, options: { pathBuilt: boolean; command: CommandHint }): Card {
  const next = options.pathBuilt
    ? context(`Your learning path is in its own card. ${options.command('path')} shows it again.`)
    : results.gaps.length > 0
      ? buttons(button('Build my learning path', Action.buildPath, String(results.sessionId), 'primary'))
      : context(`${options.command('retake')} checks you again whenever you like.`);
  return card(`Your results: ${results.overallScore}% overall, ${plural(results.gaps.length, 'gap')}.`, [
    heading(`Your results: ${results.overallScore}% overall`),
    skillFields(results),
    divider(),
    text(gapsSentence(results)),
    next,
    context(WHO_SEES),
  ]);
}
