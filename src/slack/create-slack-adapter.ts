import { App, ExpressReceiver, webApi } from '@slack/bolt';
import express, { type Router } from 'express';
import type { Logger as PinoLogger } from 'pino';
import type { Core } from '../core/create-core.js';
import type { Notifier } from '../core/ports/notifier.js';
import { BoundedQueue, type Refusal } from '../shared/bounded-queue.js';
import { boltLogger } from './bolt-logger.js';
import { botIdentity } from './bot-identity.js';
import { DmChannels } from './dm-channels.js';
import { processEventErrorHandler } from './malformed-requests.js';
import { acknowledgeThenWork, type SlackContext } from './slack-context.js';
import { slackNotifier } from './slack-notifier.js';
import { registerAnythingElse } from './listeners/anything-else.js';
import { registerAppHomeOpened } from './listeners/app-home-opened.js';
import { registerButtonPress } from './listeners/button-press.js';
import { registerSkillcheckCommand } from './listeners/skillcheck-command.js';
import type { Conversation } from '../chat/conversation/conversation.js';

export interface SlackSettings {
  botToken: string;
  signingSecret: string;
  /** SLACK_API_URL: another Web API base URL (ends with a slash) */
  apiUrl?: string;
}

/**
 * The Slack adapter: Bolt over an express router that the server mounts at POST /slack/events.
 * Bolt checks every request's signature and timestamp, parses its own bodies, and answers the HTTP
 * request as soon as a listener acks; the listeners then do the slow work.
 */
export function createSlackAdapter(
  settings: SlackSettings,
  core: Core,
  conversation: Conversation,
  logger: PinoLogger,
  options: { workConcurrency: number; workLimit: number; onShed(refusal: Refusal): void },
): { router: Router; app: App; notifier: Notifier; settled(): Promise<void>; queueDepth(): number } {
  const router = express.Router();
  const log = boltLogger(logger);
  const receiver = new ExpressReceiver({
    signingSecret: settings.signingSecret,
    router,
    endpoints: '/slack/events',
    processBeforeResponse: false,
    logger: log,
    processEventErrorHandler: processEventErrorHandler(logger),
  });
  const clientOptions = {
    ...(settings.apiUrl ? { slackApiUrl: settings.apiUrl.endsWith('/') ? settings.apiUrl : `${settings.apiUrl}/` } : {}),
    // Rate-limited calls wait for Retry-After and are tried again (and logged); a few attempts, not half an hour.
    retryConfig: { retries: 4, factor: 2, minTimeout: 250, maxTimeout: 5_000 },
  };
  // For messages nobody asked for (digests, reminders); listeners get Bolt's client for the same token.
  const client = new webApi.WebClient(settings.botToken, { ...clientOptions, logger: log });
  const identity = botIdentity(client);
  const app = new App({
    receiver,
    logger: log,
    clientOptions,
    // One workspace, one bot token: authorize returns it with the bot's ids, asked once (see bot-identity.ts).
    authorize: async () => ({ botToken: settings.botToken, ...(await identity()) }),
  });
  identity().catch((error: unknown) =>
    logger.warn({ err: error, component: 'slack' }, 'Slack did not answer auth.test at start; Slack requests will ask again when they arrive'),
  );
  // The work after acks waits here, at most workLimit tasks (waiting or running); beyond that it is shed.
  const work = new BoundedQueue({ limit: options.workLimit, concurrency: options.workConcurrency, onRefused: options.onShed });
  const dms = new DmChannels(client);
  const ctx: SlackContext = { core, conversation, logger: logger.child({ component: 'slack' }), acknowledge: acknowledgeThenWork(work), dms };
  registerSkillcheckCommand(app, ctx);
  registerButtonPress(app, ctx);
  registerAppHomeOpened(app, ctx);
  registerAnythingElse(app);
  app.error(async (error) => {
    ctx.logger.error({ err: error }, 'unhandled error in a Slack listener');
  });
  return { router, app, notifier: slackNotifier(client, dms, conversation, ctx.logger), settled: () => work.onIdle(), queueDepth: () => work.depth() };
}
