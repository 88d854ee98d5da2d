import { countDeferredDeliveries, reportShedWork, type ChatPlatformPlugin, type RunningPlatform } from '../app/chat-platform.js';
import { parseDatabaseUrl } from '../db/database-url.js';
import { pacedNotifier } from '../delivery/paced-notifier.js';

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

/** Slack at POST /slack/events, on with its bot token and signing secret. */
export const slackPlatform: ChatPlatformPlugin = {
  name: 'slack',
  offBecause: (config) => (config.slack.botToken && config.slack.signingSecret ? null : 'Slack is off: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET to switch it on'),
  async start(context): Promise<RunningPlatform> {
    const { config, core, conversation, logger } = context;
    // Bolt and Slack's Web API client are loaded only when Slack is on.
    const { createSlackAdapter } = await import('./create-slack-adapter.js');
    const slack = createSlackAdapter({ botToken: config.slack.botToken!, signingSecret: config.slack.signingSecret!, apiUrl: config.slack.apiUrl }, core, conversation, logger, {
      workConcurrency: slackWorkConcurrency(parseDatabaseUrl(config.databaseUrl).provider, config.databasePoolSize),
      workLimit: config.queues.chatWork,
      onShed: reportShedWork(context, 'slack'),
    });
    logger.info('Slack is on at POST /slack/events');
    const notifier = pacedNotifier(slack.notifier, { perSecond: config.schedule.deliveriesPerSecond, limit: config.queues.deliveries, onRefused: countDeferredDeliveries(context, 'slack') });
    return { name: 'slack', router: slack.router, notifier, settled: slack.settled, queueDepth: slack.queueDepth, deliveryQueueDepth: notifier.queueDepth };
  },
};
