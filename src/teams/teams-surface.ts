import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import type { Card } from '../chat/card/card.js';
import type { Surface } from '../chat/conversation/surface.js';
import type { OpenLinks } from '../http/open-links.js';
import { toAdaptiveCard } from './render/adaptive-card.js';

/** A Teams message's place, as the conversation keeps it: conversation and activity id. */
export const teamsMessageRef = (conversationId: string, activityId: string) => JSON.stringify({ c: conversationId, a: activityId });

export const teamsCommand = (name: string) => `\`${name}\``;

/**
 * A card as a message activity: the Adaptive Card, and its summary in `summary`, which notifications show.
 * Not in `text`: Teams would show that above the card, saying everything twice.
 */
export const cardActivity = (card: Card) => ({ ...MessageFactory.attachment(CardFactory.adaptiveCard(toAdaptiveCard(card))), summary: card.summary });

/** One person's chat with Skillcheck in Teams, for the turn in progress. */
export class TeamsSurface implements Surface {
  readonly platform = 'teams';
  readonly command = teamsCommand;
  /** the Microsoft Entra tenant of the person's organisation, as the activity says */
  readonly workspace: string | null;

  constructor(
    private readonly context: TurnContext,
    private readonly links: OpenLinks,
  ) {
    const activity = context.activity;
    const channelTenant = (activity.channelData as { tenant?: { id?: unknown } } | undefined)?.tenant?.id;
    this.workspace = activity.conversation?.tenantId ?? (typeof channelTenant === 'string' ? channelTenant : null);
  }

  async post(card: Card): Promise<string> {
    const sent = await this.context.sendActivity(cardActivity(card));
    return teamsMessageRef(this.context.activity.conversation.id, sent?.id ?? '');
  }

  async update(messageRef: string, card: Card): Promise<void> {
    const place = JSON.parse(messageRef) as { c?: string; a?: string };
    // Only messages of this conversation can be changed from this turn.
    if (!place.a || place.c !== this.context.activity.conversation.id) return;
    await this.context.updateActivity({ ...cardActivity(card), id: place.a, type: 'message' });
  }

  /** Teams has no link to a message of a bot's personal chat that works everywhere: the closed card says where to look instead. */
  async linkTo(): Promise<string | null> {
    return null;
  }

  /** Teams does not tell the bot that a link was opened: the link goes through /open/, which records it. */
  contentLink(employeeId: number, contentId: number, url: string): string {
    return this.links.link(employeeId, contentId, url);
  }
}
