import { bar } from '../../chat/format.js';
import type { ResultsView } from '../../core/views/assessment-views.js';
import { ActionId } from './action-ids.js';
import { actions, button, context, divider, escape, header, message, section, type SlackMessage } from './blocks.js';

/** The results card: a bar per skill, the gaps named, and the button that builds the learning path. */
export function resultsMessage(results: ResultsView, options: { pathGenerated?: boolean } = {}): SlackMessage {
  const lines = results.skills.map(
    (skill) => `\`${bar(skill.score)}\` *${skill.score}%*  ${escape(skill.name)}${skill.isGap ? '  ← gap' : ''}${skill.category === null ? '  _(not in your role)_' : ''}`,
  );
  const gaps =
    results.gaps.length === 0
      ? `No gaps: every expected skill scored ${results.threshold}% or more. Well done!`
      : `*Gaps* (under ${results.threshold}%): ${results.gaps.map((gap) => `${escape(gap.name)} ${gap.score}%`).join(', ')}`;
  return message(`Your skill check results: ${results.overallScore}% overall, ${results.gaps.length} gap(s).`, [
    header(`Your results: ${results.overallScore}% overall`),
    section(lines.join('\n')),
    divider(),
    section(gaps),
    options.pathGenerated
      ? context('Your learning path is below. Type `/skillcheck path` to see it again.')
      : results.gaps.length > 0
        ? actions('results_actions', [button('Build my learning path', ActionId.generatePath, { style: 'primary', value: String(results.sessionId) })])
        : context('Type `/skillcheck start` any time to check yourself again.'),
  ]);
}
