import type { Router } from 'express';
import type { Logger as PinoLogger } from 'pino';
import type { Conversation } from '../chat/conversation/conversation.js';
import type { Core } from '../core/create-core.js';
import type { OpenLinks } from '../http/open-links.js';
import { demoPeople } from '../seed/demo-data.js';
import { createTryRouter } from './try-routes.js';
import type { WebChats } from './web-chats.js';

export interface WebPlatformOptions {
  /** TRY_ENABLED (false never gets here: the plug-in is off): true, or auto (on only while the database holds the demo organisation and nobody else) */
  enabled: 'auto' | true;
  core: Core;
  conversation: Conversation;
  logger: PinoLogger;
  links: OpenLinks;
  /** where the server listens, for the log line that says where the web chat is */
  listen: { host: string; port: number };
  /** how long an auto decision holds before the database is asked again */
  recheckMs?: number;
  /** the chats' messages (shared with the web notifier) */
  chats?: WebChats;
}

interface DemoCheck {
  demo: boolean;
  why: string;
}

/** Whether the database holds the demo organisation and nobody else (matched by employee number and e-mail). */
async function checkDemo(core: Core, people: { employeeNumber: string; email: string }[]): Promise<DemoCheck> {
  const { employees, matching } = await core.matchEmployees({ people });
  if (employees === 0) return { demo: false, why: 'the database holds no employees' };
  if (matching < employees) return { demo: false, why: 'the database holds people who are not in the demo organisation' };
  return { demo: true, why: 'the database holds the demo organisation' };
}

function pageUrl(listen: { host: string; port: number }): string {
  if (listen.port === 0) return '/try';
  const host = ['0.0.0.0', '::', ''].includes(listen.host) ? 'localhost' : listen.host.includes(':') ? `[${listen.host}]` : listen.host;
  return `http://${host}:${listen.port}/try`;
}

/**
 * The routes of the web chat at /try (null when it stays off), for trying Skillcheck on one's own machine: it answers only local browsers,
 * and acts only through the conversation, as the employee picked on the page, on the "web" platform.
 * TRY_ENABLED=auto switches it on only while the database holds the demo organisation and nobody else,
 * asked again every `recheckMs`: a company's own people loaded later switch it off without a restart.
 */
export async function createWebPlatform(options: WebPlatformOptions): Promise<Router | null> {
  const log = options.logger.child({ component: 'web' });
  let isOpen: (() => Promise<boolean>) | undefined;
  if (options.enabled === 'auto') {
    const people = demoPeople();
    const first = await checkDemo(options.core, people);
    if (!first.demo) {
      log.info(`The web chat is off: ${first.why} (TRY_ENABLED=auto); set TRY_ENABLED=true to switch it on with any data`);
      return null;
    }
    isOpen = recheck(options.recheckMs ?? 30_000, async () => {
      const now = await checkDemo(options.core, people);
      if (!now.demo) log.warn(`The web chat at /try is now off: ${now.why} (TRY_ENABLED=auto)`);
      return now.demo;
    });
  }
  const router = createTryRouter({ core: options.core, conversation: options.conversation, logger: log, links: options.links, ...(isOpen ? { isOpen } : {}), ...(options.chats ? { chats: options.chats } : {}) });
  const url = pageUrl(options.listen);
  log.info({ url }, `The web chat is on at ${url} (TRY_ENABLED=${options.enabled}): it answers only browsers on this machine`);
  return router;
}

/**
 * Asks at most once per `intervalMs`; a failed check keeps the last answer. Once the answer is false it
 * stays false: the web chat does not come back by itself.
 */
function recheck(intervalMs: number, check: () => Promise<boolean>): () => Promise<boolean> {
  let open = true;
  let next = Date.now() + intervalMs;
  let pending: Promise<boolean> | null = null;
  return async () => {
    if (!open || Date.now() < next) return open;
    pending ??= check()
      .then((answer) => (open = answer))
      .catch(() => open)
      .finally(() => {
        next = Date.now() + intervalMs;
        pending = null;
      });
    return pending;
  };
}
