import type { WebClient } from '@slack/web-api';
import type { Conversation } from '../chat/conversation/conversation.js';
import type { Notifier, Recipient } from '../core/ports/notifier.js';
import type { DmChannels } from './dm-channels.js';
import { toSlackMessage } from './render/block-kit.js';
import type { Card } from '../chat/card/card.js';
import { slackCommand } from './slack-surface.js';
import { uploadPictures, type PictureLog } from './slack-pictures.js';

/** Scheduled messages in Slack: a DM opened by the person's Slack user id. */
export function slackNotifier(client: WebClient, dms: DmChannels, conversation: Conversation, log?: PictureLog): Notifier {
  const post = async (recipient: Recipient, card: Card) => {
    const channel = await dms.open(recipient.addresses.slack!.userId);
    await uploadPictures(client, channel, card, log);
    const message = toSlackMessage(card);
    await client.chat.postMessage({ channel, text: message.text, blocks: message.blocks as never });
  };
  return {
    platform: 'slack',
    canReach: (recipient) => recipient.addresses.slack !== undefined,
    sendDigest: (recipient, digest) => post(recipient, conversation.digest({ employeeId: recipient.employeeId, name: recipient.name }, digest)),
    sendReminder: (recipient, reminder) => post(recipient, conversation.reminder(reminder, { command: slackCommand, contentLink: (_e, _c, url) => url })),
    sendCheckIn: (recipient, checkIn) => post(recipient, conversation.checkIn(checkIn, { command: slackCommand })),
    sendNudge: (recipient, nudge) => post(recipient, conversation.nudge(nudge, { contentLink: (_e, _c, url) => url })),
  };
}
