import { bar, truncate } from '../../chat/format.js';
import type { Block as CardBlock, Button, Card } from '../../chat/card/card.js';
import { parse } from '../../chat/card/markup.js';

/**
 * The neutral card model as Block Kit, within Slack's limits so Slack never rejects a message: 3,000
 * characters a text, 150 a header, 75 a button title, 2,000 a button value, 50 blocks a message (100 in
 * the Home tab), 25 buttons a block. What does not fit is cut with a visible ellipsis or summarised.
 */
export const LIMITS = { text: 3000, header: 150, button: 75, value: 2000, messageBlocks: 50, homeBlocks: 100, buttonsPerBlock: 25, fallback: 3000 } as const;

export type SlackBlock = { type: string; block_id?: string; [key: string]: unknown };
export interface SlackMessage {
  /** the notification and screen-reader text */
  text: string;
  blocks: SlackBlock[];
}

/** Escapes the three characters Slack's mrkdwn gives meaning to. */
export const escapeSlack = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Light markup as Slack mrkdwn. */
export function mrkdwn(markup: string): string {
  return parse(markup)
    .map((span) => {
      const body = escapeSlack(span.text);
      if (span.url) return `<${span.url}|${body.replace(/\|/g, '¦')}>`;
      if (span.code) return `\`${body}\``;
      let out = body;
      if (span.italic) out = wrap(out, '_');
      if (span.bold) out = wrap(out, '*');
      return out;
    })
    .join('');
}

/** Slack's emphasis needs the marks next to the words: leading and trailing spaces stay outside. */
function wrap(text: string, mark: string): string {
  const match = /^(\s*)(.*?)(\s*)$/s.exec(text)!;
  return match[2] ? `${match[1]}${mark}${match[2]}${mark}${match[3]}` : text;
}

const textObject = (markup: string) => ({ type: 'mrkdwn', text: truncate(mrkdwn(markup), LIMITS.text, { multiline: true }) });
const plainObject = (value: string, max: number) => ({ type: 'plain_text', text: truncate(value, max), emoji: true });

/**
 * A button's action_id: the conversation's action and the button's place in its block (Slack wants
 * action ids unique within a block); `actionOf` reads the action back.
 */
export const actionIdFor = (action: string, index: number) => `${action}|${index}`;
export const actionOf = (actionId: string) => actionId.replace(/\|\d+$/, '');

function slackButton(entry: Button, index: number): SlackBlock {
  return {
    type: 'button',
    text: plainObject(entry.label, LIMITS.button),
    action_id: actionIdFor(entry.action ?? 'link', index),
    ...(entry.value === undefined ? {} : { value: entry.value.slice(0, LIMITS.value) }),
    ...(entry.url ? { url: entry.url } : {}),
    ...(entry.style ? { style: entry.style } : {}),
  };
}

function convert(block: CardBlock, index: number): SlackBlock[] {
  switch (block.type) {
    case 'heading':
      return [{ type: 'header', text: plainObject(block.text, LIMITS.header) }];
    case 'text':
      return [{ type: 'section', text: textObject(block.text) }];
    case 'context':
      return [{ type: 'context', elements: [textObject(block.text)] }];
    case 'fields':
      return block.fields.length === 0 ? [] : [{ type: 'section', text: textObject(block.fields.map((field) => `**${field.label.replace(/[*_`[\]\\]/g, '\\$&')}**  ${field.value}`).join('\n')) }];
    case 'progress':
      return [{ type: 'section', text: textObject(`**${block.label}**  ${bar(block.percent)}  **${block.percent}%**${block.detail ? `\n${block.detail}` : ''}`) }];
    case 'image':
      return [{ type: 'image', image_url: block.url, alt_text: truncate(block.alt, 2000) }];
    case 'picture':
      // Block Kit cannot carry bytes: the transport uploads the picture into the DM (slack-pictures.ts).
      return [];
    case 'buttons': {
      const rows: SlackBlock[] = [];
      for (let start = 0; start < block.buttons.length; start += LIMITS.buttonsPerBlock) {
        rows.push({ type: 'actions', block_id: `b${index}_${start}`, elements: block.buttons.slice(start, start + LIMITS.buttonsPerBlock).map((entry, i) => slackButton(entry, start + i)) });
      }
      return rows;
    }
    case 'divider':
      return [{ type: 'divider' }];
  }
}

/** Keeps blocks under a limit; what does not fit is said in a last context block. */
export function capBlocks(blocks: SlackBlock[], max: number): SlackBlock[] {
  if (blocks.length <= max) return blocks;
  const note = max === LIMITS.homeBlocks ? 'The rest does not fit on this tab.' : 'The rest does not fit in one Slack message: the Home tab of Skillcheck shows all of it.';
  return [...blocks.slice(0, max - 1), { type: 'context', elements: [{ type: 'mrkdwn', text: note }] }];
}

export function toBlocks(card: Card, maxBlocks: number = LIMITS.messageBlocks): SlackBlock[] {
  return capBlocks(card.blocks.flatMap(convert), maxBlocks);
}

export function toSlackMessage(card: Card): SlackMessage {
  return { text: truncate(escapeSlack(card.summary), LIMITS.fallback, { multiline: true }), blocks: toBlocks(card) };
}

export function toHomeView(card: Card): { type: 'home'; blocks: SlackBlock[] } {
  return { type: 'home', blocks: toBlocks(card, LIMITS.homeBlocks) };
}
