import { contentTypeLabel, difficultyLabel, duration, statusIcon, statusLabel, truncate } from '../../chat/format.js';
import type { LearningPathView, ProgressBarView } from '../../core/views/learning-views.js';
import { ActionId } from './action-ids.js';
import { actions, button, capBlocks, context, divider, escape, header, LIMITS, section, type Block, type SlackMessage } from './blocks.js';
import { progressBlocks } from './progress-blocks.js';

/** Every item of the path: title, type, duration, why, status, and Open / Start / Done. */
export function learningPathBlocks(path: LearningPathView, maxBlocks: number): Block[] {
  const blocks: Block[] = [];
  for (const group of path.groups) {
    const kind = group.category === 'CORE' ? 'core skill' : group.category === 'NICE_TO_HAVE' ? 'nice-to-have' : 'skill';
    blocks.push(section(`*${escape(group.skill.name)}*  ·  ${kind}  ·  you scored ${group.score}%`));
    for (const item of group.items) {
      const id = String(item.contentId);
      blocks.push(
        section(
          `${statusIcon[item.status]} *<${item.url}|${escape(truncate(item.title, 150))}>*\n` +
            `${contentTypeLabel[item.type]} · ${duration(item.minutes)} · ${difficultyLabel[item.difficulty]} · _${statusLabel[item.status]}_\n` +
            `${escape(item.reason)}`,
        ),
      );
      blocks.push(
        actions(`item_${id}`, [
          // A URL button opens the page in the browser and still sends Skillcheck the click, which records the open.
          button('Open', ActionId.contentOpen, { value: id, url: item.url }),
          ...(item.status === 'NOT_STARTED' ? [button('Start', ActionId.contentStart, { value: id })] : []),
          ...(item.status !== 'DONE' ? [button('Done', ActionId.contentDone, { value: id, style: 'primary' })] : []),
        ]),
      );
    }
  }
  return capBlocks(blocks, maxBlocks, (hidden) => `${Math.ceil(hidden / 2)} more item(s) are not shown here: finish some, or open Skillcheck's Home tab.`);
}

export function learningPathMessage(path: LearningPathView, progress: ProgressBarView): SlackMessage {
  const top: Block[] = [header('Your learning path'), ...progressBlocks(progress), divider()];
  const body =
    path.groups.length === 0
      ? [section('No gaps to close: every expected skill met the target. Type `/skillcheck start` to check yourself again later.')]
      : learningPathBlocks(path, LIMITS.messageBlocks - top.length - 1);
  const text = path.groups.length === 0
    ? 'Your learning path: no gaps to close.'
    : `Your learning path: ${path.completion.total} item(s) for ${path.groups.length} gap(s), ${path.completion.done} done.`;
  return { text, blocks: [...top, ...body, context('Buttons update this card. Only you can see your path and scores.')] };
}
