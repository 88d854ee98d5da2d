import { Action } from '../actions.js';
import { button, buttons, card, context, divider, heading, link, text, type Block, type Card } from '../card/card.js';
import { escape } from '../card/markup.js';
import { contentTypeLabel, difficultyLabel, duration, plural, statusIcon, statusLabel } from '../format.js';
import type { LearningPathView, ProgressBarView } from '../../core/learning/views.js';
import { progressBlocks } from './progress.js';
import { WHO_SEES, type CommandHint } from './words.js';

/** The link an Open button follows: one that records the open first, where the platform needs it. */
export type ContentLink = (contentId: number, url: string) => string;

/** Every item of the path, grouped by gap: title, type, time, level, why it is there, status, and its buttons. */
export function pathItemBlocks(path: LearningPathView, linkFor: ContentLink): Block[] {
  const blocks: Block[] = [];
  for (const group of path.groups) {
    const kind = group.category === 'CORE' ? 'core skill' : group.category === 'NICE_TO_HAVE' ? 'nice-to-have' : 'skill';
    blocks.push(text(`**${escape(group.skill.name)}** · ${kind} · you scored ${group.score}%`));
    for (const item of group.items) {
      const id = String(item.contentId);
      blocks.push(
        text(
          `${statusIcon[item.status]} **${escape(item.title)}**\n` +
            `${contentTypeLabel[item.type]} · ${duration(item.minutes)} · ${difficultyLabel[item.difficulty]} · _${statusLabel[item.status]}_\n` +
            escape(item.reason),
        ),
        buttons(
          link('Open', linkFor(item.contentId, item.url), Action.openItem, id),
          item.status === 'NOT_STARTED' && button('Start', Action.startItem, id),
          item.status !== 'DONE' && button('Done', Action.finishItem, id, 'primary'),
        ),
      );
    }
  }
  return blocks;
}

export function pathSummary(path: LearningPathView): string {
  return path.groups.length === 0
    ? 'Your learning path: no gaps to close.'
    : `Your learning path: ${plural(path.completion.total, 'item')} for ${plural(path.groups.length, 'gap')}, ${path.completion.done} done.`;
}

/** The learning path card: progress on top, then the items; its buttons update this card in place. */
export function learningPathCard(path: LearningPathView, view: ProgressBarView, options: { linkFor: ContentLink; command: CommandHint }): Card {
  return card(pathSummary(path), [
    heading('Your learning path'),
    ...progressBlocks(view),
    divider(),
    ...(path.groups.length === 0
      ? [text(`No gaps to close: every expected skill met the target. ${options.command('retake')} checks you again later.`)]
      : pathItemBlocks(path, options.linkFor)),
    context(WHO_SEES),
  ]);
}
