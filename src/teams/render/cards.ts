import { truncate } from '../../chat/format.js';

/** Adaptive Card builders (schema 1.5, which Teams supports). */
export type CardElement = Record<string, unknown>;
export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: CardElement[];
  msteams?: { width: 'Full' };
}

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';
export const BUTTON_TITLE_MAX = 75;

export const card = (body: CardElement[], actions: CardElement[] = []): AdaptiveCard => ({
  type: 'AdaptiveCard',
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
  version: '1.5',
  body,
  ...(actions.length > 0 ? { actions } : {}),
  msteams: { width: 'Full' },
});

export const attachment = (content: AdaptiveCard) => ({ contentType: ADAPTIVE_CARD, content });

export const text = (value: string, options: Record<string, unknown> = {}): CardElement => ({ type: 'TextBlock', text: value, wrap: true, ...options });
export const heading = (value: string): CardElement => text(value, { size: 'Medium', weight: 'Bolder', style: 'heading' });
export const small = (value: string): CardElement => text(value, { size: 'Small', isSubtle: true, spacing: 'Small' });
export const facts = (entries: Array<[string, string]>): CardElement => ({ type: 'FactSet', facts: entries.map(([title, value]) => ({ title, value })) });
export const container = (items: CardElement[], options: Record<string, unknown> = {}): CardElement => ({ type: 'Container', items, ...options });
export const actionSet = (actions: CardElement[]): CardElement => ({ type: 'ActionSet', actions });

/** A Universal Action: Teams sends it to the bot as an adaptiveCard/action invoke and shows the card the bot returns. */
export const execute = (title: string, verb: string, data: Record<string, unknown> = {}, style?: 'positive' | 'destructive'): CardElement => ({
  type: 'Action.Execute',
  title: truncate(title, BUTTON_TITLE_MAX),
  verb,
  data,
  ...(style ? { style } : {}),
});

export const openUrl = (title: string, url: string): CardElement => ({ type: 'Action.OpenUrl', title: truncate(title, BUTTON_TITLE_MAX), url });

/** Markdown in TextBlocks: keep user text from being read as links or emphasis. */
export const escapeMarkdown = (value: string) => value.replace(/([\\[\]*_`])/g, '\\$1');
