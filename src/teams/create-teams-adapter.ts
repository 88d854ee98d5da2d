import { CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory, type ConversationReference } from 'botbuilder';
import express, { type Router } from 'express';
import type { Logger as PinoLogger } from 'pino';
import type { Core } from '../core/create-core.js';
import { HttpError } from '../http/http-error.js';
import type { OpenLinks } from '../http/open-links.js';
import type { Notifier } from '../core/ports/notifier.js';
import type { AdaptiveCard } from './render/cards.js';
import { digestCard, reminderCard } from './render/digest-card.js';
import { SOMETHING_WENT_WRONG_TEXT } from './render/notices.js';
import { SkillcheckBot } from './skillcheck-bot.js';

export interface TeamsSettings {
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  appType?: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
}

export interface TeamsAdapter {
  router: Router;
  /** scheduled messages (digests, reminders) through the stored conversation references */
  notifier: Notifier;
  /** Writes to an employee without being spoken to first, from the conversation reference stored in the database. */
  sendToEmployee(employeeId: number, message: { text: string; card?: AdaptiveCard }): Promise<boolean>;
}

/**
 * The Teams adapter: botbuilder's CloudAdapter at POST /api/messages. With MICROSOFT_APP_ID set,
 * every request must carry a valid Bot Framework token (401 otherwise); without it the adapter runs
 * in local/emulator mode with authentication off. botbuilder stays inside this folder, so moving to
 * its successor (the Microsoft 365 Agents SDK) touches only src/teams/.
 */
export function createTeamsAdapter(settings: TeamsSettings, core: Core, logger: PinoLogger, links: OpenLinks, options: { stallDays: number }): TeamsAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: settings.appId ?? '',
    MicrosoftAppPassword: settings.appPassword ?? '',
    MicrosoftAppTenantId: settings.tenantId ?? '',
    MicrosoftAppType: settings.appType ?? (settings.tenantId ? 'SingleTenant' : 'MultiTenant'),
  });
  const adapter = new CloudAdapter(auth);
  const log = logger.child({ component: 'teams' });
  adapter.onTurnError = async (context, error) => {
    log.error({ err: error, activityType: context.activity.type }, 'unhandled error in a Teams turn');
    if (context.activity.type === 'message') await context.sendActivity(SOMETHING_WENT_WRONG_TEXT).catch(() => undefined);
  };
  const bot = new SkillcheckBot({ core, logger: log, links, stallDays: options.stallDays });

  const router = express.Router();
  router.post('/api/messages', express.json({ limit: '256kb' }), async (req, res, next) => {
    const activity = req.body as { type?: unknown } | undefined;
    if (!activity || typeof activity !== 'object' || typeof activity.type !== 'string') {
      return next(new HttpError(400, 'MALFORMED_ACTIVITY', 'The request body is not a Bot Framework activity.'));
    }
    try {
      await adapter.process(req, res, (context) => bot.run(context));
    } catch (error) {
      // botbuilder validates the activity's shape before the turn; a body it cannot read is the client's fault.
      if ((error as Error)?.name === 'ZodError') return next(new HttpError(400, 'MALFORMED_ACTIVITY', 'The request body is not a valid Bot Framework activity.'));
      next(error);
    }
  });

  const sendToEmployee: TeamsAdapter['sendToEmployee'] = async (employeeId, message) => {
    const stored = await core.findConversation({ employeeId, platform: 'teams' });
    if (!stored) return false;
    const reference = JSON.parse(stored) as Partial<ConversationReference>;
    await adapter.continueConversationAsync(settings.appId ?? '', reference, async (context) => {
      await context.sendActivity(message.card ? { ...MessageFactory.attachment(CardFactory.adaptiveCard(message.card)), text: message.text } : MessageFactory.text(message.text));
    });
    return true;
  };
  const mustSend = async (employeeId: number, message: { text: string; card: AdaptiveCard }) => {
    if (!(await sendToEmployee(employeeId, message))) throw new Error('no Teams conversation is stored for this person');
  };
  const notifier: Notifier = {
    platform: 'teams',
    canReach: (recipient) => recipient.addresses.teams?.conversationReference != null,
    sendDigest: (recipient, digest) =>
      mustSend(recipient.employeeId, { text: `Team digest: ${digest.summary.assessed} of ${digest.summary.reports} assessed.`, card: digestCard(digest) }),
    sendReminder: (recipient, reminder) =>
      mustSend(recipient.employeeId, {
        text: `Your learning path is waiting: next up is ${reminder.next.title}.`,
        card: reminderCard(reminder, links.link(reminder.employeeId, reminder.next.contentId, reminder.next.url)),
      }),
  };
  return { router, notifier, sendToEmployee };
}
