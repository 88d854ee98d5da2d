import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Config } from '../config/config.js';
import { createCore, type Core } from '../core/create-core.js';
import type { Db } from '../core/ports/database.js';
import type { Notifier } from '../core/ports/notifier.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkReadiness } from '../db/readiness.js';
import { parseDatabaseUrl } from '../db/database-url.js';
import { readMigrations } from '../db/migrations/migration-files.js';
import { createConsoleRouter } from '../console/create-console-router.js';
import { consolePages } from '../console/console-pages.js';
import { createHttpApp } from '../http/create-http-app.js';
import { Conversation } from '../chat/conversation/conversation.js';
import { OpenLinks } from '../http/open-links.js';
import { createScheduler, type Scheduler } from '../scheduler/create-scheduler.js';
import { migrationsDir, projectRoot } from '../shared/project-paths.js';
import { createCoreDeps } from './create-core-deps.js';
import { prepareDatabase } from './database.js';
import { createLogger, type AppLogger } from './logger.js';
import { Metrics } from './metrics.js';
import type { RunningPlatform } from './chat-platform.js';
import { chatPlatforms } from './chat-platforms.js';

export interface RunningServer {
  url: string;
  /** the chat platforms that are on, by name */
  platforms: ReadonlyMap<string, RunningPlatform>;
  scheduler: Scheduler;
  port: number;
  core: Core;
  db: Db;
  logger: AppLogger;
  /** resolves once the work queued after acknowledged chat requests is done (tests wait for it; shutdown too) */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/** Starts the whole process: database ready, core wired, HTTP listening. Used by main and by tests. */
export async function startServer(config: Config, logger: AppLogger = createLogger(config)): Promise<RunningServer> {
  const { db, poolUsage, statements } = await prepareDatabase(config, logger);
  const metrics = new Metrics();
  if (poolUsage) metrics.watchDatabasePool(poolUsage);
  if (statements) metrics.watchStatements(statements);
  const deps = createCoreDeps(config, db, logger, metrics);
  if (deps.readCache) metrics.watchReadCache(deps.readCache);
  const core = createCore(deps);
  if (!config.gemini.apiKey) logger.info('GEMINI_API_KEY is not set: questions come from the offline question bank');
  if (!config.apiToken) logger.warn('API_TOKEN is not set: the REST API answers only clients on this machine (loopback); set API_TOKEN before exposing it');

  const migrations = readMigrations(migrationsDir(parseDatabaseUrl(config.databaseUrl).provider));
  const version = (JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')) as { version: string }).version;
  // The conversation is decided once, here, for every chat platform.
  // Sign-in links to the web console go to PUBLIC_URL, else to this server (known once it listens).
  let consoleBase = config.publicUrl;
  // A manager's Nudge goes out through the platforms' notifiers, which exist once the platforms started.
  let notifiers: Notifier[] = [];
  const conversation = new Conversation(core, logger.child({ component: 'chat' }), {
    stallDays: config.schedule.reminderAfterDays,
    defaultTimezone: config.schedule.digestTimezone,
    consoleUrl: (path) => `${consoleBase ?? ''}${path}`,
    notifiers: () => notifiers,
  });
  const secret = config.linkSecret ?? config.teams.appPassword ?? config.slack.signingSecret ?? config.apiToken ?? null;
  const links = new OpenLinks(secret, config.publicUrl);
  const consoleRouter = createConsoleRouter({ core, logger: logger.child({ component: 'console' }), secret, stallDays: config.schedule.reminderAfterDays }, consolePages);
  const platforms: RunningPlatform[] = [];
  for (const plugin of chatPlatforms) {
    const off = plugin.offBecause(config);
    if (off) {
      logger.info(off);
      continue;
    }
    const running = await plugin.start({ config, core, conversation, logger, links, metrics });
    if (running) platforms.push(running);
  }
  notifiers = platforms.flatMap((platform) => (platform.notifier ? [platform.notifier] : []));
  for (const platform of platforms) {
    if (platform.queueDepth) metrics.watchQueue(platform.name, platform.queueDepth.bind(platform));
    if (platform.deliveryQueueDepth) metrics.watchDeliveryQueue(platform.name, platform.deliveryQueueDepth.bind(platform));
  }
  const scheduler = createScheduler(config, core, notifiers, logger, metrics);
  const app = createHttpApp({ core, logger, apiToken: config.apiToken, version, readiness: () => checkReadiness(db, migrations), adapterRouters: platforms.map((platform) => platform.router), links, stallDays: config.schedule.reminderAfterDays, consoleRouter, metrics, corsOrigins: config.corsOrigins });
  const server: Server = await new Promise((resolve, reject) => {
    const listening = app.listen(config.port, config.host, (error?: Error) => (error ? reject(error) : resolve(listening)));
  });
  const { port } = server.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? '127.0.0.1' : config.host;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  // Browsers keep the console's Secure cookie over plain http only on localhost.
  consoleBase ??= ['127.0.0.1', '0.0.0.0', '::', '::1', 'localhost'].includes(config.host) ? `http://localhost:${port}` : url;
  logger.info({ console: `${consoleBase}/app`, url }, 'skillcheck is listening');

  const settled = async () => {
    await Promise.all(platforms.map((platform) => platform.settled()));
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
  return { url, port, core, db, logger, platforms: new Map(platforms.map((platform) => [platform.name, platform])), scheduler, settled, close };
}
