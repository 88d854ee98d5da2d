import { countDeferredDeliveries, type ChatPlatformPlugin, type RunningPlatform } from '../app/chat-platform.js';
import { pacedNotifier } from '../delivery/paced-notifier.js';
import type { TeamsAdapter } from './create-teams-adapter.js';

export type RunningTeams = RunningPlatform & Pick<TeamsAdapter, 'sendToEmployee'>;

/** Teams at POST /api/messages: on with its credentials, or in emulator mode (no authentication, loopback only). */
export const teamsPlatform: ChatPlatformPlugin<RunningTeams> = {
  name: 'teams',
  offBecause: (config) =>
    config.teams.appId || config.teams.emulator
      ? null
      : 'Teams is off: set MICROSOFT_APP_ID and MICROSOFT_APP_PASSWORD to switch it on (or TEAMS_EMULATOR=true for a local emulator)',
  async start(context): Promise<RunningTeams> {
    const { config, core, conversation, logger, links } = context;
    // botbuilder (and the Azure and MSAL libraries under it) is loaded only when Teams is on: some 20 MB a process.
    const { createTeamsAdapter } = await import('./create-teams-adapter.js');
    const teams = createTeamsAdapter(config.teams, core, conversation, logger, links);
    if (config.teams.appId) logger.info('Teams is on at POST /api/messages');
    else logger.warn('Teams runs in emulator mode (TEAMS_EMULATOR=true) at POST /api/messages: no authentication, so it answers only clients and service URLs on this machine');
    const notifier = pacedNotifier(teams.notifier, {
      perSecond: config.schedule.deliveriesPerSecond,
      limit: config.queues.deliveries,
      onRefused: countDeferredDeliveries(context, 'teams'),
      onRateLimited: (waitMs) => logger.warn({ platform: 'teams', waitMs }, 'Teams rate limit: waiting before sending again'),
    });
    // A Teams turn is done within its HTTP request (the reply is sent before the response), so no chat work waits after it.
    return { name: 'teams', router: teams.router, notifier, settled: async () => {}, deliveryQueueDepth: notifier.queueDepth, sendToEmployee: teams.sendToEmployee };
  },
};
