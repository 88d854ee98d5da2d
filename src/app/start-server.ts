import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config/config.js';
import { createCore, type Core } from '../core/create-core.js';
import type { Db } from '../core/ports/database.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReadiness } from '../db/readiness.js';
import { parseDatabaseUrl } from '../db/database-url.js';
import { readMigrations } from '../db/migrations/migration-files.js';
import { createHttpApp } from '../http/create-http-app.js';
import { Conversation } from '../chat/conversation/conversation.js';
import { createSlackAdapter } from '../slack/create-slack-adapter.js';
import { createTeamsAdapter, type TeamsAdapter } from '../teams/create-teams-adapter.js';
import { createWebPlatform } from '../web/create-web-platform.js';
import { OpenLinks } from '../http/open-links.js';
import type { Notifier } from '../core/ports/notifier.js';
import { pacedNotifier } from '../delivery/paced-notifier.js';
import { createScheduler, type Scheduler } from '../scheduler/create-scheduler.js';
import { migrationsDir, projectRoot } from '../shared/project-paths.js';
import { createCoreDeps } from './create-core-deps.js';
import { prepareDatabase } from './database.js';
import { createLogger, type AppLogger } from './logger.js';

export interface RunningServer {
  url: string;
  /** null when Teams is off (no credentials and no emulator mode) */
  teams: TeamsAdapter | null;
  scheduler: Scheduler;
  port: number;
  core: Core;
  db: Db;
  logger: AppLogger;
  /** resolves once the work queued after acknowledged chat requests is done (tests wait for it; shutdown too) */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/**
 * How many Slack tasks (the work after an ack) run at once in a process. Most of a task's time is spent
 * waiting for Slack's Web API (50-300 ms a call), during which it holds no database connection, so the
 * bound is a few times the connections: enough to overlap those waits, few enough that a burst queues
 * instead of exhausting the pool (PostgreSQL) or starving the acks (SQLite, whose queries run on the
 * event loop). With a Web API answering in 50 ms, 4 at once did 66 clicks/s on SQLite, 16 did 186/s.
 */
export function slackWorkConcurrency(provider: 'sqlite' | 'postgresql', poolSize: number): number {
  return provider === 'postgresql' ? poolSize * 2 : 16;
}

/** Starts the whole process: database ready, core wired, HTTP listening. Used by main and by tests. */
export async function startServer(config: Config, logger: AppLogger = createLogger(config)): Promise<RunningServer> {
  const { db } = await prepareDatabase(config, logger);
  const core = createCore(createCoreDeps(config, db, logger));
  if (!config.gemini.apiKey) logger.info('GEMINI_API_KEY is not set: questions come from the offline question bank');
  if (!config.apiToken) logger.warn('API_TOKEN is not set: the REST API answers only clients on this machine (loopback); set API_TOKEN before exposing it');

  const migrations = readMigrations(migrationsDir(parseDatabaseUrl(config.databaseUrl).provider));
  const version = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
  const adapterRouters = [];
  // The conversation is decided once, here, for every chat platform.
  const conversation = new Conversation(core, logger.child({ component: 'chat' }), { stallDays: config.schedule.reminderAfterDays });
  // Slack first: with notifyVia AUTO, people reachable on both get scheduled messages in Slack.
  const notifiers: Notifier[] = [];
  const queues: Array<() => Promise<void>> = [];
  if (config.slack.botToken && config.slack.signingSecret) {
    const slack = createSlackAdapter({ botToken: config.slack.botToken, signingSecret: config.slack.signingSecret, apiUrl: config.slack.apiUrl }, core, conversation, logger, {
      workConcurrency: slackWorkConcurrency(parseDatabaseUrl(config.databaseUrl).provider, config.databasePoolSize),
    });
    adapterRouters.push(slack.router);
    queues.push(slack.settled);
    notifiers.push(pacedNotifier(slack.notifier, { perSecond: config.schedule.deliveriesPerSecond }));
    logger.info('Slack is on at POST /slack/events');
  } else {
    logger.info('Slack is off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET to switch it on');
  }
  const links = new OpenLinks(config.linkSecret ?? config.teams.appPassword ?? config.slack.signingSecret ?? config.apiToken ?? null, config.publicUrl);
  // Teams is on with its credentials, or in emulator mode (no authentication, loopback only); otherwise off.
  let teams: TeamsAdapter | null = null;
  if (config.teams.appId || config.teams.emulator) {
    teams = createTeamsAdapter(config.teams, core, conversation, logger, links);
    adapterRouters.push(teams.router);
    notifiers.push(
      pacedNotifier(teams.notifier, {
        perSecond: config.schedule.deliveriesPerSecond,
        onRateLimited: (waitMs) => logger.warn({ platform: 'teams', waitMs }, 'Teams rate limit: waiting before sending again'),
      }),
    );
    if (config.teams.appId) logger.info('Teams is on at POST /api/messages');
    else logger.warn('Teams runs in emulator mode (TEAMS_EMULATOR=true) at POST /api/messages: no authentication, so it answers only clients and service URLs on this machine');
  } else {
    logger.info('Teams is off: set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD to switch it on (or TEAMS_EMULATOR=true for a local emulator)');
  }
  // The web chat at /try: local browsers only, and by default only on the demo organisation.
  const web = await createWebPlatform({ enabled: config.webChat.enabled, core, conversation, logger, links, listen: { host: config.host, port: config.port } });
  if (web.router) adapterRouters.push(web.router);
  const scheduler = createScheduler(config, core, notifiers, logger);
  const app = createHttpApp({ core, logger, apiToken: config.apiToken, version, readiness: () => checkReadiness(db, migrations), adapterRouters, links, stallDays: config.schedule.reminderAfterDays });
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(config.port, config.host, (error?: Error) => (error ? reject(error) : resolve(listening)));
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  logger.info({ url }, 'skillcheck is listening');

  const settled = async () => {
    await Promise.all(queues.map((queue) => queue()));
  };
  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await scheduler.stop();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      });
      // Requests already acknowledged finish their work before the database closes.
      await settled();
      await db.$disconnect();
    })());
  return { url, port, core, db, logger, teams, scheduler, settled, close };
}
