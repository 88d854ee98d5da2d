import {
  ActivityTypes,
  CardFactory,
  MessageFactory,
  TeamsActivityHandler,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type TurnContext,
} from 'botbuilder';
import { isSkillcheckError } from '../core/errors.js';
import { ADAPTIVE_CARD, type AdaptiveCard } from './render/cards.js';
import { digestCard } from './render/digest-card.js';
import { learningPathCard } from './render/learning-path-card.js';
import { closedCard, helpCard, NOT_YOURS_TEXT, preparingCard, SOMETHING_WENT_WRONG_TEXT, UNKNOWN_USER_TEXT, welcomeCard } from './render/notices.js';
import { questionCard } from './render/question-card.js';
import { resultsCard } from './render/results-card.js';
import { statusCard } from './render/status-card.js';
import { Verb } from './render/verbs.js';
import { resolveEmployee, type TeamsContext } from './teams-context.js';

type Reply = { card: AdaptiveCard } | { text: string };

const cardReply = (value: AdaptiveCard): AdaptiveCardInvokeResponse => ({ statusCode: 200, type: ADAPTIVE_CARD, value: value as never });
const textReply = (value: string): AdaptiveCardInvokeResponse => ({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: value as never });
const toInvoke = (reply: Reply) => ('card' in reply ? cardReply(reply.card) : textReply(reply.text));
const asMessage = (reply: Reply) => ('card' in reply ? MessageFactory.attachment(CardFactory.adaptiveCard(reply.card)) : MessageFactory.text(reply.text));
const int = (value: unknown) => (typeof value === 'number' && Number.isSafeInteger(value) ? value : Number.NaN);

/**
 * Skillcheck in a Teams personal chat: "skillcheck", "status", "path", "help" (anything else gets
 * help), a welcome card on install, and Adaptive Card buttons (Universal Actions) whose answer is
 * the refreshed card, so a card is updated in place instead of leaving stale buttons.
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
      if (joined) await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(welcomeCard())));
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(welcomeCard())));
      await next();
    });
  }

  private async onText(context: TurnContext): Promise<void> {
    // Action.Submit (older clients) arrives as a message with a value and no text.
    const value = context.activity.value as { verb?: string; data?: Record<string, unknown> } | undefined;
    if (value && typeof value.verb === 'string') {
      const reply = await this.act(context, value.verb, value.data ?? {});
      const replyToId = context.activity.replyToId;
      if (replyToId && 'card' in reply) await context.updateActivity({ ...asMessage(reply), id: replyToId, type: ActivityTypes.Message });
      else await context.sendActivity(asMessage(reply));
      return;
    }
    const words = (context.activity.text ?? '').replace(/<at>.*?<\/at>/gi, ' ').trim().toLowerCase().split(/\s+/);
    const command = words[0] ?? '';
    if (!['skillcheck', 'start', 'status', 'path', 'team', 'reminders'].includes(command)) {
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(helpCard())));
      return;
    }
    const employee = await resolveEmployee(this.ctx, context);
    if (!employee) {
      await context.sendActivity(UNKNOWN_USER_TEXT);
      return;
    }
    try {
      if (command === 'team') {
        const digest = await this.ctx.core.getTeamDigest({ managerId: employee.id, stallDays: this.ctx.stallDays });
        await context.sendActivity(asMessage({ card: digestCard(digest, true) }));
      } else if (command === 'reminders') {
        const choice = words[1];
        if (choice !== 'on' && choice !== 'off') await context.sendActivity('Write "reminders off" to stop learning reminders, or "reminders on" to get them again.');
        else {
          await this.ctx.core.setReminders({ employeeId: employee.id, enabled: choice === 'on' });
          await context.sendActivity(choice === 'on' ? "Reminders are on: I'll nudge you if your learning path stalls." : "Reminders are off. Write \"reminders on\" any time to get them again.");
        }
      } else if (command === 'status') await context.sendActivity(asMessage({ card: statusCard(await this.ctx.core.getDashboard({ employeeId: employee.id })) }));
      else if (command === 'path') await this.sendPath(context, employee.id);
      else await this.sendAssessmentStep(context, employee.id);
    } catch (error) {
      if (!isSkillcheckError(error)) throw error;
      await context.sendActivity(error.message);
    }
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, invokeValue: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const { verb, data } = invokeValue.action ?? {};
    try {
      return toInvoke(await this.act(context, String(verb ?? ''), (data ?? {}) as Record<string, unknown>));
    } catch (error) {
      this.ctx.logger.error({ err: error, verb }, 'Teams card action failed');
      return textReply(SOMETHING_WENT_WRONG_TEXT);
    }
  }

  /** One button press: returns what replaces the card (or a short message). */
  private async act(context: TurnContext, verb: string, data: Record<string, unknown>): Promise<Reply> {
    const employee = await resolveEmployee(this.ctx, context);
    if (!employee) return { text: UNKNOWN_USER_TEXT };
    const employeeId = employee.id;
    const { core } = this.ctx;
    try {
      switch (verb) {
        case Verb.answer: {
          const step = await core.answerQuestion({ employeeId, questionId: int(data.q), option: String(data.o ?? '') });
          if (step.results) return { card: resultsCard(step.results) };
          const notice = step.outcome.recorded
            ? `✓ Answer ${step.outcome.selectedOption} recorded (${step.outcome.answeredCount} of ${step.outcome.total}).`
            : `You had already answered that question (${step.outcome.selectedOption}).`;
          return step.outcome.next ? { card: questionCard(step.outcome.next, notice) } : { text: notice };
        }
        case Verb.generatePath: {
          const results = await core.getResults({ employeeId });
          await core.generateLearningPath({ employeeId });
          await this.sendPath(context, employeeId);
          return { card: resultsCard(results, { pathGenerated: true }) };
        }
        case Verb.contentStart:
        case Verb.contentDone: {
          const input = { employeeId, contentId: int(data.c) };
          if (verb === Verb.contentStart) await core.startContent(input);
          else await core.completeContent(input);
          return { card: await this.pathCard(employeeId) };
        }
        case Verb.startAssessment:
          await this.sendAssessmentStep(context, employeeId);
          return { card: statusCard(await core.getDashboard({ employeeId })) };
        case Verb.showPath:
          return { card: await this.pathCard(employeeId) };
        default:
          return { card: helpCard() };
      }
    } catch (error) {
      if (!isSkillcheckError(error)) throw error;
      if (error.code === 'QUESTION_NOT_IN_SESSION') return { text: NOT_YOURS_TEXT };
      if (error.code === 'ASSESSMENT_CLOSED' || error.code === 'QUESTION_NOT_FOUND') return { card: closedCard('This assessment is already closed, so this card no longer takes answers.') };
      if (error.code === 'CONTENT_NOT_IN_PATH') return { card: closedCard('This learning path has been replaced by a newer one. Write "path" to see the current one.') };
      if (error.code === 'INVALID_INPUT' || error.code === 'INVALID_OPTION') return { card: closedCard('This card is out of date.') };
      return { text: error.message };
    }
  }

  private async pathCard(employeeId: number): Promise<AdaptiveCard> {
    const [path, progress] = await Promise.all([this.ctx.core.getLearningPath({ employeeId }), this.ctx.core.getProgressBar({ employeeId })]);
    return learningPathCard(path, progress, (contentId, url) => this.ctx.links.link(employeeId, contentId, url));
  }

  private async sendPath(context: TurnContext, employeeId: number): Promise<void> {
    await context.sendActivity(asMessage({ card: await this.pathCard(employeeId) }));
  }

  /** Begin or resume: a "preparing" card first when questions must be written (the AI may be slow), replaced by the question. */
  private async sendAssessmentStep(context: TurnContext, employeeId: number): Promise<void> {
    const started = await this.ctx.core.startAssessment({ employeeId });
    const preparing = started.status === 'STARTED' ? await context.sendActivity(asMessage({ card: preparingCard(started.skills.length) })) : undefined;
    const step = await this.ctx.core.continueAssessment({ employeeId });
    const reply: Reply =
      step.kind === 'question'
        ? { card: questionCard(step.question, started.resumed ? 'Welcome back: here is where you left off.' : undefined) }
        : { card: resultsCard(step.results) };
    if (preparing?.id) await context.updateActivity({ ...asMessage(reply), id: preparing.id, type: ActivityTypes.Message });
    else await context.sendActivity(asMessage(reply));
  }
}

