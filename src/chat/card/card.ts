/**
 * The neutral card model: what every chat screen is made of, before a platform converter turns it into
 * Block Kit, an Adaptive Card or HTML. Text in `text`, `context` and field values uses the light markup
 * of markup.ts (**bold**, _italic_, `command`, [label](url)); headings, labels and button titles are plain.
 */
import type { PictureSpec } from './picture.js';

export type ButtonStyle = 'primary' | 'danger';

/** A button either sends an action back to the conversation, or opens a link (and may also report the open). */
export interface Button {
  label: string;
  /** the conversation action it triggers (see actions.ts); absent for a pure link */
  action?: string;
  /** what the action carries (ids), as a short string */
  value?: string;
  /** opens this URL; with an action too, the platform reports the press when it can */
  url?: string;
  style?: ButtonStyle;
}

export type Block =
  | { type: 'heading'; text: string }
  | { type: 'text'; text: string }
  | { type: 'fields'; fields: { label: string; value: string }[] }
  | { type: 'progress'; label: string; percent: number; detail?: string }
  | { type: 'image'; url: string; alt: string }
  /** a picture drawn from a view model by each platform's converter; `alt` says what it shows */
  | { type: 'picture'; picture: PictureSpec; alt: string }
  | { type: 'buttons'; buttons: Button[] }
  | { type: 'divider' }
  | { type: 'context'; text: string };

export interface Card {
  /** the plain one-line summary: notifications, screen readers, and platforms that show no cards */
  summary: string;
  blocks: Block[];
}

/** Platforms shorten longer button titles; a screen that needs more puts the full text on the card. */
export const BUTTON_LABEL_MAX = 30;

export const heading = (text: string): Block => ({ type: 'heading', text });
export const text = (value: string): Block => ({ type: 'text', text: value });
export const context = (value: string): Block => ({ type: 'context', text: value });
export const fields = (entries: Array<[string, string]>): Block => ({ type: 'fields', fields: entries.map(([label, value]) => ({ label, value })) });
export const progress = (label: string, percent: number, detail?: string): Block => ({
  type: 'progress',
  label,
  percent: Math.max(0, Math.min(100, Math.round(percent))),
  ...(detail ? { detail } : {}),
});
export const divider = (): Block => ({ type: 'divider' });
export const picture = (spec: PictureSpec, alt: string): Block => ({ type: 'picture', picture: spec, alt });
export const buttons = (...list: Array<Button | null | undefined | false>): Block => ({ type: 'buttons', buttons: list.filter((entry): entry is Button => Boolean(entry)) });
export const button = (label: string, action: string, value?: string, style?: ButtonStyle): Button => ({ label, action, ...(value === undefined ? {} : { value }), ...(style ? { style } : {}) });
export const link = (label: string, url: string, action?: string, value?: string, style?: ButtonStyle): Button => ({
  label,
  url,
  ...(action ? { action } : {}),
  ...(value === undefined ? {} : { value }),
  ...(style ? { style } : {}),
});
export const card = (summary: string, blocks: Array<Block | null | undefined | false>): Card => ({
  summary,
  blocks: blocks.filter((block): block is Block => Boolean(block) && !(block && block.type === 'buttons' && block.buttons.length === 0)),
});

/** Every button of a card, in order. */
export const buttonsOf = (value: Card): Button[] => value.blocks.flatMap((block) => (block.type === 'buttons' ? block.buttons : []));
