import { truncate } from '../../chat/format.js';

/**
 * Block Kit builders that keep Slack's limits, so Slack never rejects a message: 3,000 characters per
 * text, 75 per button label, 150 per header, 50 blocks per message (100 in a Home tab).
 */
export const LIMITS = { text: 3000, button: 75, header: 150, messageBlocks: 50, homeBlocks: 100, fallback: 3000, value: 2000 } as const;

export type Block = { type: string; block_id?: string; [key: string]: unknown };
export interface SlackMessage {
  /** the notification and screen-reader text */
  text: string;
  blocks: Block[];
}

const mrkdwn = (text: string) => ({ type: 'mrkdwn', text: truncate(text, LIMITS.text, { multiline: true }) });
const plain = (text: string, max: number) => ({ type: 'plain_text', text: truncate(text, max), emoji: true });

/** Escapes the three characters Slack's mrkdwn gives meaning to in user-supplied text. */
export const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const header = (text: string): Block => ({ type: 'header', text: plain(text, LIMITS.header) });
export const section = (text: string, accessory?: Block): Block => ({ type: 'section', text: mrkdwn(text), ...(accessory ? { accessory } : {}) });
export const context = (...texts: string[]): Block => ({ type: 'context', elements: texts.slice(0, 10).map((text) => mrkdwn(text)) });
export const divider = (): Block => ({ type: 'divider' });
export const actions = (blockId: string, elements: Block[]): Block => ({ type: 'actions', block_id: blockId, elements: elements.slice(0, 25) });

export function button(label: string, actionId: string, options: { value?: string; url?: string; style?: 'primary' | 'danger' } = {}): Block {
  return {
    type: 'button',
    text: plain(label, LIMITS.button),
    action_id: actionId,
    ...(options.value === undefined ? {} : { value: options.value.slice(0, LIMITS.value) }),
    ...(options.url ? { url: options.url } : {}),
    ...(options.style ? { style: options.style } : {}),
  };
}

/** Keeps a message under the block limit; what does not fit is summarised in a last context block. */
export function capBlocks(blocks: Block[], max: number, overflowNote: (hidden: number) => string): Block[] {
  if (blocks.length <= max) return blocks;
  return [...blocks.slice(0, max - 1), context(overflowNote(blocks.length - (max - 1)))];
}

export const message = (text: string, blocks: Block[]): SlackMessage => ({ text: truncate(text, LIMITS.fallback, { multiline: true }), blocks: capBlocks(blocks, LIMITS.messageBlocks, (n) => `${n} more block(s) not shown.`) });
