import type { Card } from '../chat/card/card.js';
import type { Conversation } from '../chat/conversation/conversation.js';
import type { Notifier, Recipient } from '../core/ports/notifier.js';
import type { OpenLinks } from '../http/open-links.js';
import type { WebChats } from './web-chats.js';
import { webCommand } from './web-surface.js';

/**
 * Scheduled messages in the web chat: posted into every chat the person has open in this process's
 * memory (a browser cannot be written to unasked, but the page shows the message when it is next
 * loaded). Nobody else is reachable, so a person who uses Slack or Teams gets these there.
 */
export function webNotifier(chats: WebChats, conversation: Conversation, links: OpenLinks): Notifier {
  const post = async (recipient: Recipient, card: (origin: string | undefined) => Card) => {
    const open = chats.chatsOf(recipient.employeeId);
    if (open.length === 0) throw new Error('the person has no web chat open any more');
    for (const chat of open) chats.post(chat, card(chat.origin));
  };
  return {
    platform: 'web',
    canReach: (recipient) => chats.chatsOf(recipient.employeeId).length > 0,
    sendDigest: (recipient, digest) => post(recipient, () => conversation.digest({ employeeId: recipient.employeeId, name: recipient.name }, digest)),
    sendReminder: (recipient, reminder) =>
      post(recipient, (origin) => conversation.reminder(reminder, { command: webCommand, contentLink: (employeeId, contentId, url) => links.link(employeeId, contentId, url, origin) })),
    sendCheckIn: (recipient, checkIn) => post(recipient, () => conversation.checkIn(checkIn, { command: webCommand })),
    sendNudge: (recipient, nudge) =>
      post(recipient, (origin) => conversation.nudge(nudge, { contentLink: (employeeId, contentId, url) => links.link(employeeId, contentId, url, origin) })),
  };
}
