import { bar } from '../../chat/format.js';
import type { ResultsView } from '../../core/views/assessment-views.js';
import { card, execute, facts, heading, small, text, type AdaptiveCard } from './cards.js';
import { Verb } from './verbs.js';

/** Results: a bar per skill, the gaps named, and the button that builds the learning path. */
export function resultsCard(results: ResultsView, options: { pathGenerated?: boolean } = {}): AdaptiveCard {
  const gaps =
    results.gaps.length === 0
      ? `No gaps: every expected skill scored ${results.threshold}% or more. Well done!`
      : `**Gaps** (under ${results.threshold}%): ${results.gaps.map((gap) => `${gap.name} ${gap.score}%`).join(', ')}`;
  return card(
    [
      heading(`Your results: ${results.overallScore}% overall`),
      facts(results.skills.map((skill) => [skill.name, `${bar(skill.score)} ${skill.score}%${skill.isGap ? ' · gap' : ''}${skill.category === null ? ' · not in your role' : ''}`])),
      text(gaps, { spacing: 'Medium' }),
      ...(options.pathGenerated ? [small('Your learning path is in the next message. Write "path" to see it again.')] : []),
    ],
    !options.pathGenerated && results.gaps.length > 0 ? [execute('Build my learning path', Verb.generatePath, { s: results.sessionId }, 'positive')] : [],
  );
}
