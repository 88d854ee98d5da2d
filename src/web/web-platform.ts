import type { ChatPlatformPlugin, RunningPlatform } from '../app/chat-platform.js';
import { createWebPlatform } from './create-web-platform.js';
import { WebChats } from './web-chats.js';
import { webNotifier } from './web-notifier.js';

/** The web chat at /try: local browsers only, and by default only on the demo organisation. */
export const webPlatform: ChatPlatformPlugin = {
  name: 'web',
  offBecause: (config) => (config.webChat.enabled === false ? 'The web chat is off: TRY_ENABLED=false' : null),
  async start({ config, core, conversation, logger, links }): Promise<RunningPlatform | null> {
    const enabled = config.webChat.enabled === true ? true : 'auto';
    const chats = new WebChats();
    const router = await createWebPlatform({ enabled, core, conversation, logger, links, chats, listen: { host: config.host, port: config.port } });
    // Scheduled messages reach a person here only while they have the web chat open (in this process).
    return router ? { name: 'web', router, notifier: webNotifier(chats, conversation, links), settled: async () => {} } : null;
  },
};
