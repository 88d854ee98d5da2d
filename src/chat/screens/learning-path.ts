import { Action } from '../actions.js';
import { button, buttons, card, context, divider, heading, link, text, type Block, type Card } from '../card/card.js';
import { escape } from '../card/markup.js';
import { contentTypeLabel, difficultyLabel, duration, plural, statusIcon, statusLabel } from '../format.js';
import type { LearningItemView, LearningPathView } from '../../core/learning/views.js';
import { pathProgressBlocks } from './progress.js';
import { WHO_SEES, type CommandHint } from './words.js';

/** The link an Open button follows: one that records the open first, where the platform needs it. */
export type ContentLink = (contentId: number, url: string) => string;

type Group = LearningPathView['groups'][number];

const levelWords = (level: { low: number; high: number }) => (level.low === level.high ? `level ${level.low}` : `level ${level.low}-${level.high}`);
const sure = (certainty: number) => `${Math.min(99, Math.floor(certainty * 100))}% sure`;

/** A gap in a line: "**SQL** · core skill · level 1-2, target 3 · gap, 94% sure". */
export function gapLine(group: Group): string {
  const kind = group.category === 'CORE' ? 'core skill' : group.category === 'NICE_TO_HAVE' ? 'nice to have' : 'skill';
  const name = `**${escape(group.skill.name)}** · ${kind}`;
  if (group.closed) return `${name} · gap closed ✓: your answers since show you at target ${group.targetLevel}`;
  if (group.level && group.certainty !== null && group.targetLevel !== null) return `${name} · ${levelWords(group.level)}, target ${group.targetLevel} · gap, ${sure(group.certainty)}`;
  return `${name} · you scored ${group.score}%${group.targetLevel !== null ? `, target level ${group.targetLevel}` : ''}`;
}

/** An item this week: where to start ("Next up" once the path is begun), what it is (kind, time, level, source), its status and why it is there. */
function itemText(item: LearningItemView, begun: boolean): string {
  const title = item.startHere ? `▶ **${begun ? 'Next up' : 'Start here'}: ${escape(item.title)}**` : `${statusIcon[item.status]} **${escape(item.title)}**`;
  return (
    `${title}\n` +
    `${contentTypeLabel[item.type]} · ${duration(item.minutes)} · ${difficultyLabel[item.difficulty]} · ${escape(item.source)} · _${statusLabel[item.status]}_\n` +
    escape(item.reason)
  );
}

/** Items kept for later (or done) listed one a line, at most this many: a card stays readable on a phone. */
const BRIEF_LINES = 10;

/** An item kept for later or done, in one short line without buttons. */
const briefLine = (item: LearningItemView, group: Group) =>
  `${statusIcon[item.status]} ${escape(item.title)} · ${escape(group.skill.name)} · ${duration(item.minutes)} · ${difficultyLabel[item.difficulty]} · ${escape(item.source)}`;

/**
 * The path as a person works through it: this week's items (what fits LEARNING_HOURS_PER_WEEK, the
 * first one marked "start here") under their gap, each with Open (the main button) and Done; the items
 * kept for later and those done, one short line each and no buttons, so the card stays small on every
 * platform; and the skills not decided yet, which get check-ins before any course.
 */
export function pathItemBlocks(path: LearningPathView, linkFor: ContentLink): Block[] {
  const entries = path.groups.flatMap((group) => group.items.map((item) => ({ group, item })));
  const thisWeek = entries.filter((entry) => entry.item.week === 'THIS_WEEK');
  const later = entries.filter((entry) => entry.item.week === 'LATER');
  const done = entries.filter((entry) => entry.item.week === 'DONE');
  const budget = Math.round(path.time.hoursPerWeek * 60);
  const blocks: Block[] = [];
  if (thisWeek.length > 0) {
    const fits = path.time.thisWeekMinutes <= budget;
    blocks.push(
      text(
        fits
          ? `**This week** · ${duration(path.time.thisWeekMinutes)} of your ${duration(budget)} a week`
          : `**This week** · ${duration(path.time.thisWeekMinutes)}, more than your ${duration(budget)} a week: take it a piece at a time`,
      ),
    );
    const begun = path.completion.done + path.completion.inProgress > 0;
    let shown: Group | null = null;
    for (const { group, item } of thisWeek) {
      if (group !== shown) blocks.push(text(gapLine(group)));
      shown = group;
      const id = String(item.contentId);
      blocks.push(text(itemText(item, begun)), buttons(link('Open', linkFor(item.contentId, item.url), Action.openItem, id, 'primary'), button('Done', Action.finishItem, id)));
    }
  } else if (entries.length > 0) {
    blocks.push(text('**Every item is done.** Your check-ins show when your answers put you at the target: that is what closes a gap.'));
  }
  if (later.length > 0) {
    blocks.push(
      text(
        `**For later** · ${plural(later.length, 'item')}, ${duration(path.time.laterMinutes)}: they move up as you finish this week's\n` +
          [...later.slice(0, BRIEF_LINES).map(({ group, item }) => briefLine(item, group)), ...(later.length > BRIEF_LINES ? [`… and ${later.length - BRIEF_LINES} more`] : [])].join('\n'),
      ),
    );
  }
  if (done.length > 0) {
    blocks.push(
      text(
        `**Done** · ${plural(done.length, 'item')}\n` +
          [...done.slice(0, BRIEF_LINES).map(({ group, item }) => briefLine(item, group)), ...(done.length > BRIEF_LINES ? [`… and ${done.length - BRIEF_LINES} more`] : [])].join('\n'),
      ),
    );
  }
  const notSure = notSureLine(path);
  if (notSure) blocks.push(context(notSure));
  return blocks;
}

/** "Not sure yet about Docker: check-ins first, no course yet." */
export function notSureLine(path: Pick<LearningPathView, 'notSure'>): string | null {
  if (path.notSure.length === 0) return null;
  return `Not sure yet about ${path.notSure.map((skill) => escape(skill.name)).join(', ')}: check-ins first, no course yet.`;
}

export function pathSummary(path: LearningPathView): string {
  return path.groups.length === 0
    ? 'Your learning path: no gaps to close.'
    : `Your learning path: ${plural(path.completion.total, 'item')} (${duration(path.time.totalMinutes)}) for ${plural(path.groups.length, 'gap')}, ${path.completion.done} done.`;
}

/** The learning path card: where the path stands on top (items done, time left, gaps closed), then the items; its buttons update this card in place. */
export function learningPathCard(path: LearningPathView, options: { linkFor: ContentLink; command: CommandHint }): Card {
  const notSure = notSureLine(path);
  return card(pathSummary(path), [
    heading('Your learning path'),
    ...pathProgressBlocks(path),
    divider(),
    ...(path.groups.length === 0
      ? [
          text(
            path.gaps.total > 0
              ? `${path.gaps.total === 1 ? 'Your gap has' : `Your ${path.gaps.total} gaps have`} no learning content in the catalogue yet: your Skillcheck admins can add some.`
              : path.notSure.length > 0
                ? `No certain gaps to close. ${options.command('retake')} checks you again later.`
                : `No gaps to close: every expected skill met the target. ${options.command('retake')} checks you again later.`,
          ),
          notSure ? context(notSure) : null,
        ]
      : pathItemBlocks(path, options.linkFor)),
    context(WHO_SEES),
  ]);
}
