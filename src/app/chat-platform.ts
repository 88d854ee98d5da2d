import type { Router } from 'express';
import type { Conversation } from '../chat/conversation/conversation.js';
import type { Config } from '../config/config.js';
import type { Core } from '../core/create-core.js';
import type { Notifier } from '../core/ports/notifier.js';
import type { OpenLinks } from '../http/open-links.js';
import type { AppLogger } from './logger.js';

/** What a chat platform gets from the server when it starts. */
export interface PlatformContext {
  config: Config;
  core: Core;
  /** the one conversation every platform speaks through */
  conversation: Conversation;
  logger: AppLogger;
  /** signed "record the open, then redirect" links, for platforms that do not report opened links */
  links: OpenLinks;
}

/** A chat platform as the server runs it. */
export interface RunningPlatform {
  readonly name: string;
  /** its routes, mounted before the server's own (it parses its own request bodies) */
  router: Router;
  /** how it sends scheduled messages (digests, reminders); null when it cannot write to anyone unasked */
  notifier: Notifier | null;
  /** resolves once the work it queued after acknowledging requests is done */
  settled(): Promise<void>;
  /** how much work after acknowledged requests is waiting or running now (for the metrics), when it queues any */
  queueDepth?(): number;
}

/**
 * A chat platform plug-in: each platform folder exports one. The server asks each whether it is off
 * (one log line then says why and how to switch it on), starts the others, mounts their routes and
 * hands their notifiers to the scheduler. A plug-in may also decide to stay off once started (null),
 * having logged why.
 */
export interface ChatPlatformPlugin<P extends RunningPlatform = RunningPlatform> {
  readonly name: string;
  offBecause(config: Config): string | null;
  start(context: PlatformContext): Promise<P | null>;
}
