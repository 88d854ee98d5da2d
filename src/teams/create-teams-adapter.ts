import { CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory, type ConversationReference } from 'botbuilder';
import express, { type Router } from 'express';
import type { Logger as PinoLogger } from 'pino';
import type { Core } from '../core/create-core.js';
import { HttpError } from '../http/http-error.js';
import { isLocalRequest, isLoopbackUrl } from '../http/local-clients.js';
import type { OpenLinks } from '../http/open-links.js';
import type { Notifier } from '../core/ports/notifier.js';
import type { Conversation } from '../chat/conversation/conversation.js';
import type { Card } from '../chat/card/card.js';
import { isActivityShaped } from './activity-shape.js';
import { SkillcheckBot } from './skillcheck-bot.js';
import { cardActivity, teamsCommand } from './teams-surface.js';

export interface TeamsSettings {
  appId?: string;
  appPassword?: string;
  tenantId?: string;
  appType?: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  /** no authentication, for a local emulator: loopback clients and loopback service URLs only */
  emulator: boolean;
}

export interface TeamsAdapter {
  router: Router;
  /** scheduled messages (digests, reminders, check-ins) through the stored conversation references */
  notifier: Notifier;
  /** Writes to an employee without being spoken to first, from the conversation reference stored in the database. */
  sendToEmployee(employeeId: number, message: { text: string; card?: Card }): Promise<boolean>;
}

/**
 * The Teams adapter: botbuilder's CloudAdapter at POST /api/messages. With MICROSOFT_APP_ID set,
 * every request must carry a valid Bot Framework token (401 otherwise), checked before the activity's
 * serviceUrl is used for anything. In emulator mode (TEAMS_EMULATOR=true, no app id) botbuilder checks
 * nothing, so this router does: only clients on this machine, and only activities whose serviceUrl is
 * on this machine too, reach the bot; the server never calls a URL a stranger chose. botbuilder stays
 * inside this folder, so moving to its successor (the Microsoft 365 Agents SDK) touches only src/teams/.
 */
export function createTeamsAdapter(settings: TeamsSettings, core: Core, conversation: Conversation, logger: PinoLogger, links: OpenLinks): TeamsAdapter {
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
    if (context.activity.type === 'message') await context.sendActivity(cardActivity(conversation.failed())).catch(() => undefined);
  };
  const bot = new SkillcheckBot({ core, conversation, logger: log, links });

  const router = express.Router();
  router.post('/api/messages', express.json({ limit: '256kb' }), async (req, res, next) => {
    const activity = req.body as { type?: unknown } | undefined;
    if (!isActivityShaped(activity)) return next(new HttpError(400, 'MALFORMED_ACTIVITY', 'The request body is not a Bot Framework activity.'));
    if (settings.emulator && !settings.appId) {
      if (!isLocalRequest(req)) return next(new HttpError(403, 'LOCAL_ONLY', 'Teams runs in emulator mode here, which answers only clients on this machine.'));
      if (!isLoopbackUrl((activity as { serviceUrl?: unknown }).serviceUrl)) {
        return next(new HttpError(403, 'SERVICE_URL_NOT_LOCAL', 'In emulator mode the activity\'s serviceUrl must be on this machine (localhost or a loopback address).'));
      }
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
      await context.sendActivity(message.card ? { ...cardActivity(message.card), summary: message.text } : MessageFactory.text(message.text));
    });
    return true;
  };
  const mustSend = async (employeeId: number, message: { text: string; card: Card }) => {
    if (!(await sendToEmployee(employeeId, message))) throw new Error('no Teams conversation is stored for this person');
  };
  const notifier: Notifier = {
    platform: 'teams',
    canReach: (recipient) => recipient.addresses.teams?.conversationReference != null,
    sendDigest: (recipient, digest) => {
      const card = conversation.digest({ employeeId: recipient.employeeId, name: recipient.name }, digest);
      return mustSend(recipient.employeeId, { text: card.summary, card });
    },
    sendReminder: (recipient, reminder) => {
      const card = conversation.reminder(reminder, { command: teamsCommand, contentLink: (employeeId, contentId, url) => links.link(employeeId, contentId, url) });
      return mustSend(recipient.employeeId, { text: card.summary, card });
    },
    sendCheckIn: (recipient, checkIn) => {
      const card = conversation.checkIn(checkIn, { command: teamsCommand });
      return mustSend(recipient.employeeId, { text: card.summary, card });
    },
    sendNudge: (recipient, nudge) => {
      const card = conversation.nudge(nudge, { contentLink: (employeeId, contentId, url) => links.link(employeeId, contentId, url) });
      return mustSend(recipient.employeeId, { text: card.summary, card });
    },
  };
  return { router, notifier, sendToEmployee };
}
