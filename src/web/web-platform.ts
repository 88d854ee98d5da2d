import type { ChatPlatformPlugin, RunningPlatform } from '../app/chat-platform.js';
import { createWebPlatform } from './create-web-platform.js';

/** The web chat at /try: local browsers only, and by default only on the demo organisation. */
export const webPlatform: ChatPlatformPlugin = {
  name: 'web',
  offBecause: (config) => (config.webChat.enabled === false ? 'The web chat is off: TRY_ENABLED=false' : null),
  async start({ config, core, conversation, logger, links }): Promise<RunningPlatform | null> {
    const enabled = config.webChat.enabled === true ? true : 'auto';
    const router = await createWebPlatform({ enabled, core, conversation, logger, links, listen: { host: config.host, port: config.port } });
    // A browser cannot be written to unasked: scheduled digests and reminders go to Slack or Teams.
    return router ? { name: 'web', router, notifier: null, settled: async () => {} } : null;
  },
};
