import type { WebClient } from '@slack/web-api';
import { LRUCache } from 'lru-cache';

/**
 * The direct-message channel between the bot and each user. Slack gives the same IM channel for a
 * user every time, so it is opened once and remembered (bounded, and refreshed daily) instead of one
 * conversations.open call per command and per scheduled message.
 */
export class DmChannels {
  // Bounded by maxSize (one unit an entry) rather than max, which would allocate room for all 50,000 at the start.
  private readonly channels = new LRUCache<string, string>({ maxSize: 50_000, sizeCalculation: () => 1, ttl: 24 * 60 * 60 * 1000 });

  constructor(private readonly client: WebClient) {}

  async open(userId: string): Promise<string> {
    const known = this.channels.get(userId);
    if (known) return known;
    const opened = await this.client.conversations.open({ users: userId });
    const channel = opened.channel?.id;
    if (!channel) throw new Error('conversations.open returned no channel');
    this.channels.set(userId, channel);
    return channel;
  }
}
