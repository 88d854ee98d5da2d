import type { WebClient } from '@slack/web-api';
import type { Notifier, Recipient } from '../core/ports/notifier.js';
import { digestMessage, reminderMessage } from './render/digest-message.js';
import type { DmChannels } from './dm-channels.js';

/** Scheduled messages in Slack: a DM opened by the person's Slack user id. */
export function slackNotifier(client: WebClient, dms: DmChannels): Notifier {
  const post = async (recipient: Recipient, message: { text: string; blocks: unknown[] }) => {
    const channel = await dms.open(recipient.addresses.slack!.userId);
    await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks as never });
  };
  return {
    platform: 'slack',
    canReach: (recipient) => recipient.addresses.slack !== undefined,
    sendDigest: (recipient, digest) => post(recipient, digestMessage(digest)),
    sendReminder: (recipient, reminder) => post(recipient, reminderMessage(reminder)),
  };
}
