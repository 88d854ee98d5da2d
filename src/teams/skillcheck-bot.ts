import { TeamsActivityHandler, type AdaptiveCardInvokeResponse, type AdaptiveCardInvokeValue, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { Card } from '../chat/card/card.js';
import { personalChatOnlyCard, unknownPersonCard } from '../chat/screens/notices.js';
import type { Turn } from '../chat/conversation/surface.js';
import { ADAPTIVE_CARD, toAdaptiveCard } from './render/adaptive-card.js';
import { resolveEmployee, TEAMS_ACCOUNT, type TeamsContext } from './teams-context.js';
import { cardActivity, teamsCommand, teamsMessageRef, TeamsSurface } from './teams-surface.js';

const cardReply = (card: Card): AdaptiveCardInvokeResponse => ({ statusCode: 200, type: ADAPTIVE_CARD, value: toAdaptiveCard(card) as never });
const textReply = (value: string): AdaptiveCardInvokeResponse => ({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: value as never });

/**
 * A group chat or a channel (the app manifest installs Skillcheck for personal chats only, but an admin can widen
 * it): nothing about a person is said there, and it never becomes the address of their digests and reminders.
 * The emulator and older clients leave conversationType out; those are personal chats.
 */
const isSharedConversation = (context: TurnContext) => {
  const type = (context.activity.conversation as { conversationType?: unknown } | undefined)?.conversationType;
  return type !== undefined && type !== 'personal';
};

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);
const badRequest = (code: string, message: string): InvokeResponse => ({ status: 400, body: { error: { code, message } } });

interface Press {
  action: string;
  value: string | undefined;
}

/**
 * Skillcheck in a Teams personal chat. The conversation decides what every message and button does;
 * this handler finds the person, gives the conversation a TeamsSurface, and returns what it answers:
 * Universal Actions (Action.Execute) get the redrawn card as the invoke's answer, so a card changes in
 * place; older clients' Action.Submit arrives as a message with a value and the card is updated.
 */
export class SkillcheckBot extends TeamsActivityHandler {
  constructor(private readonly ctx: TeamsContext) {
    super();
    this.onMessage(async (context, next) => {
      await this.onText(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const joined = (context.activity.membersAdded ?? []).some((member) => member.id !== context.activity.recipient.id);
      if (joined) await context.sendActivity(cardActivity(this.ctx.conversation.welcome({ command: teamsCommand })));
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await context.sendActivity(cardActivity(this.ctx.conversation.welcome({ command: teamsCommand })));
      await next();
    });
  }

  private async onText(context: TurnContext): Promise<void> {
    if (isSharedConversation(context)) return void (await context.sendActivity(cardActivity(personalChatOnlyCard())));
    const value = context.activity.value as { verb?: unknown; data?: { v?: unknown } } | undefined;
    if (value && typeof value.verb === 'string') {
      const turn = await this.press(context, { action: value.verb, value: typeof value.data?.v === 'string' ? value.data.v : undefined });
      const replyToId = context.activity.replyToId;
      if (turn.replace && replyToId) await context.updateActivity({ ...cardActivity(turn.replace), id: replyToId, type: 'message' });
      else if (turn.replace) await context.sendActivity(cardActivity(turn.replace));
      if (turn.reply) await context.sendActivity(cardActivity(turn.reply));
      return;
    }
    const text = context.activity.text ?? '';
    const instant = this.ctx.conversation.instant(text, { command: teamsCommand });
    if (instant) return void (await context.sendActivity(cardActivity(instant)));
    const person = await resolveEmployee(this.ctx, context);
    if (!person) return void (await context.sendActivity(cardActivity(unknownPersonCard(TEAMS_ACCOUNT))));
    const turn = await this.ctx.conversation.typed(person, text, new TeamsSurface(context, this.ctx.links));
    if (turn.reply) await context.sendActivity(cardActivity(turn.reply));
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const { verb, data } = invokeValue.action ?? {};
    const raw = (data as { v?: unknown } | undefined)?.v;
    try {
      const turn = await this.press(context, { action: String(verb ?? ''), value: typeof raw === 'string' ? raw : undefined });
      if (turn.replace) {
        if (turn.reply) await context.sendActivity(cardActivity(turn.reply));
        return cardReply(turn.replace);
      }
      // Nothing to redraw: the card stays as it is; Teams shows this text briefly by the card.
      return textReply(turn.reply?.summary ?? 'The answer is in the chat.');
    } catch (error) {
      this.ctx.logger.error({ err: error, verb }, 'Teams card action failed');
      return textReply(this.ctx.conversation.failed().summary);
    }
  }

  /**
   * Invokes Skillcheck does not use (task modules, message extensions, sign-in, file consent...): botbuilder
   * answers them 501, a server error for what is the sender's request; here they are refused with a 400.
   */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    // botbuilder reads value.action.type without a check, and would fail the turn (a 501) on an action that is no object.
    const { name, value } = context.activity as { name?: unknown; value?: { action?: unknown } };
    if (name === 'adaptiveCard/action' && !isObject(value?.action)) return badRequest('MALFORMED_ACTION', 'The invoke carries no card action.');
    const response = await super.onInvokeActivity(context);
    if (response.status !== 501) return response;
    this.ctx.logger.warn({ name: typeof context.activity.name === 'string' ? context.activity.name.slice(0, 100) : null }, 'an invoke Skillcheck does not use: answered 400');
    return badRequest('UNSUPPORTED_INVOKE', 'Skillcheck does not answer this kind of invoke.');
  }

  private async press(context: TurnContext, press: Press): Promise<Turn> {
    if (isSharedConversation(context)) return { reply: personalChatOnlyCard() };
    const person = await resolveEmployee(this.ctx, context);
    if (!person) return { reply: unknownPersonCard(TEAMS_ACCOUNT) };
    const replyToId = context.activity.replyToId;
    const messageRef = replyToId ? teamsMessageRef(context.activity.conversation.id, replyToId) : null;
    return this.ctx.conversation.pressed(person, { ...press, messageRef }, new TeamsSurface(context, this.ctx.links));
  }
}
