import type { Router } from 'express';
import type { Conversation } from '../chat/conversation/conversation.js';
import type { Config } from '../config/config.js';
import type { Core } from '../core/create-core.js';
import type { Notifier } from '../core/ports/notifier.js';
import type { OpenLinks } from '../http/open-links.js';
import type { Refusal } from '../shared/bounded-queue.js';
import type { AppLogger } from './logger.js';
import type { Metrics } from './metrics.js';

/** What a chat platform gets from the server when it starts. */
export interface PlatformContext {
  config: Config;
  core: Core;
  /** the one conversation every platform speaks through */
  conversation: Conversation;
  logger: AppLogger;
  /** signed "record the open, then redirect" links, for platforms that do not report opened links */
  links: OpenLinks;
  /** where refused work is counted (see the reporters below) */
  metrics: Metrics;
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
  /** how many scheduled messages wait in its paced delivery queue now (for the metrics), when it has one */
  deliveryQueueDepth?(): number;
}

/**
 * Chat work a platform's queue refused (it was full): the request was acknowledged, its work is shed.
 * One warn line (which platform, what kind of work, how deep the queue was) and skillcheck_chat_work_shed_total.
 */
export function reportShedWork(context: PlatformContext, platform: string): (refusal: Refusal) => void {
  const log = context.logger.child({ component: platform });
  return (refusal) => {
    context.metrics.chatWorkShed.inc({ platform, kind: refusal.kind });
    log.warn({ platform, kind: refusal.kind, depth: refusal.depth, limit: refusal.limit }, 'chat work shed: the work queue is full (CHAT_WORK_QUEUE_LIMIT); the request was acknowledged and its work dropped');
  };
}

/**
 * A scheduled message a platform's delivery queue refused: counted in skillcheck_deliveries_deferred_total; the
 * core logs it and sends it at a later run.
 */
export function countDeferredDeliveries(context: PlatformContext, platform: string): (refusal: Refusal) => void {
  return (refusal) => context.metrics.deliveriesDeferred.inc({ platform, kind: refusal.kind });
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
