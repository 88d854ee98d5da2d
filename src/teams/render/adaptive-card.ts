import { bar, truncate } from '../../chat/format.js';
import type { Block, Button, Card } from '../../chat/card/card.js';
import { parse } from '../../chat/card/markup.js';
import { renderPicture } from '../../pictures/render-picture.js';

/** Adaptive Cards, schema 1.5 (what Teams renders), from the neutral card model. */
export type CardElement = Record<string, unknown>;
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  msteams?: { width: 'Full' };
}

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
/** Teams cuts longer titles itself; the screens write any longer text on the card. */
export const BUTTON_TITLE_MAX = 75;

/** Markdown in TextBlocks: keep literal text from being read as links or emphasis. */
const escapeMarkdown = (value: string) => value.replace(/([\\[\]*_`])/g, '\\$1');

/**
 * Light markup as the Markdown subset TextBlocks understand (a command to type is shown in bold). A line
 * break becomes a paragraph break: Markdown joins single-newline lines into one.
 */
export function markdown(markup: string): string {
  return markup
    .split('\n')
    .map(line)
    .join('\n\n');
}

function line(markup: string): string {
  return parse(markup)
    .map((span) => {
      const body = escapeMarkdown(span.text);
      if (span.url) return `[${body}](${span.url})`;
      if (span.code || span.bold) return emphasise(span.italic ? emphasise(body, '_') : body, '**');
      return span.italic ? emphasise(body, '_') : body;
    })
    .join('');
}

function emphasise(text: string, mark: string): string {
  const match = /^(\s*)(.*?)(\s*)$/s.exec(text)!;
  return match[2] ? `${match[1]}${mark}${match[2]}${mark}${match[3]}` : text;
}

const textBlock = (value: string, options: CardElement = {}): CardElement => ({ type: 'TextBlock', text: value, wrap: true, ...options });

function action(entry: Button): CardElement {
  const title = truncate(entry.label, BUTTON_TITLE_MAX);
  // Teams does not tell the bot about an opened link: the URL given is one that records the open itself.
  const style = entry.style ? { style: entry.style === 'primary' ? 'positive' : 'destructive' } : {};
  if (entry.url) return { type: 'Action.OpenUrl', title, url: entry.url, ...style };
  return { type: 'Action.Execute', title, verb: entry.action, data: { v: entry.value ?? '' }, ...style };
}

function convert(block: Block): CardElement | null {
  switch (block.type) {
    case 'heading':
      return textBlock(escapeMarkdown(block.text), { size: 'Medium', weight: 'Bolder', style: 'heading' });
    case 'text':
      return textBlock(markdown(block.text));
    case 'context':
      return textBlock(markdown(block.text), { size: 'Small', isSubtle: true, spacing: 'Small' });
    case 'fields':
      return { type: 'FactSet', facts: block.fields.map((field) => ({ title: escapeMarkdown(field.label), value: markdown(field.value) })) };
    case 'progress':
      return {
        type: 'Container',
        style: 'emphasis',
        items: [
          textBlock(`**${escapeMarkdown(block.label)}** ${bar(block.percent)} **${block.percent}%**`),
          ...(block.detail ? [textBlock(markdown(block.detail), { size: 'Small', isSubtle: true, spacing: 'None' })] : []),
        ],
      };
    case 'image':
      return { type: 'Image', url: block.url, altText: block.alt };
    case 'picture':
      // Inline, as a data URI: the PNG is indexed and small, and the whole card is kept under Teams' size limit.
      return { type: 'Image', url: `data:image/png;base64,${renderPicture(block.picture).png.toString('base64')}`, altText: block.alt, size: 'Stretch' };
    case 'buttons':
      return { type: 'ActionSet', actions: block.buttons.map(action) };
    case 'divider':
      return null;
  }
}

export function toAdaptiveCard(card: Card): AdaptiveCard {
  const body: CardElement[] = [];
  let separate = false;
  for (const block of card.blocks) {
    if (block.type === 'divider') {
      separate = true;
      continue;
    }
    const element = convert(block);
    if (!element) continue;
    body.push(separate ? { ...element, separator: true, spacing: 'Medium' } : element);
    separate = false;
  }
  return capSize({ type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', body, msteams: { width: 'Full' } });
}

const isInlinePicture = (element: CardElement) => element.type === 'Image' && typeof element.url === 'string' && element.url.startsWith('data:');

/** Teams refuses a message over about 28 KB; a card is kept under this, what does not fit is said in a last line. */
export const CARD_BYTES_MAX = 24_000;

function capSize(whole: AdaptiveCard): AdaptiveCard {
  const size = (value: AdaptiveCard) => Buffer.byteLength(JSON.stringify(value));
  if (size(whole) <= CARD_BYTES_MAX) return whole;
  // An inline picture gives way to its words first: the card's text is the part that must arrive whole.
  const card = { ...whole, body: whole.body.map((element) => (isInlinePicture(element) ? textBlock(escapeMarkdown(String(element.altText)), { size: 'Small', isSubtle: true }) : element)) };
  if (size(card) <= CARD_BYTES_MAX) return card;
  const note = textBlock('The rest does not fit in one Teams message.', { size: 'Small', isSubtle: true });
  const last = card.body.at(-1);
  const body = card.body.slice(0, -1);
  while (body.length > 1 && size({ ...card, body: [...body, note, ...(last ? [last] : [])] }) > CARD_BYTES_MAX) body.pop();
  return { ...card, body: [...body, note, ...(last ? [last] : [])] };
}
