import { contentTypeLabel, difficultyLabel, duration, statusIcon, statusLabel } from '../../chat/format.js';
import type { LearningPathView, ProgressBarView } from '../../core/views/learning-views.js';
import { actionSet, card, container, escapeMarkdown, execute, heading, openUrl, small, text, type AdaptiveCard, type CardElement } from './cards.js';
import { progressElements } from './progress-elements.js';
import { Verb } from './verbs.js';

/** The learning path: items grouped by gap, each with Open (a link that records the open), Start and Done. */
export function learningPathCard(path: LearningPathView, progress: ProgressBarView, linkFor: (contentId: number, url: string) => string): AdaptiveCard {
  const body: CardElement[] = [heading('Your learning path'), ...progressElements(progress)];
  if (path.groups.length === 0) body.push(text('No gaps to close: every expected skill met the target. Write "skillcheck" to check yourself again later.'));
  for (const group of path.groups) {
    const kind = group.category === 'CORE' ? 'core skill' : group.category === 'NICE_TO_HAVE' ? 'nice-to-have' : 'skill';
    body.push(text(`**${escapeMarkdown(group.skill.name)}** · ${kind} · you scored ${group.score}%`, { spacing: 'Large', separator: true }));
    for (const item of group.items) {
      body.push(
        container([
          text(`${statusIcon[item.status]} **${escapeMarkdown(item.title)}**`),
          small(`${contentTypeLabel[item.type]} · ${duration(item.minutes)} · ${difficultyLabel[item.difficulty]} · ${statusLabel[item.status]}`),
          small(item.reason),
          actionSet([
            openUrl('Open', linkFor(item.contentId, item.url)),
            ...(item.status === 'NOT_STARTED' ? [execute('Start', Verb.contentStart, { c: item.contentId })] : []),
            ...(item.status !== 'DONE' ? [execute('Done', Verb.contentDone, { c: item.contentId }, 'positive')] : []),
          ]),
        ]),
      );
    }
  }
  body.push(small('Only you can see your path and scores.'));
  return card(body);
}
