import type { Card } from '../chat/card/card.js';
import type { Surface } from '../chat/conversation/surface.js';
import type { OpenLinks } from '../http/open-links.js';
import { readWebMessageRef, webMessageRef, type WebChat, type WebChats } from './web-chats.js';

/** In the web chat a command is typed as it is, in the box under the chat. */
export const webCommand = (name: string) => `\`${name}\``;

/** The anchor of a message in the chat page. */
export const messageAnchor = (n: number) => `m-${n}`;

/**
 * One person's web chat, for the turn in progress. `origin` is where the browser reached this page
 * (the web chat answers only this machine, so that origin is always reachable from it): links to a
 * message and tracked "Open" links are built on it.
 */
export class WebSurface implements Surface {
  readonly platform = 'web';
  readonly command = webCommand;
  /** the web chat answers only this machine: no workspace */
  readonly workspace = null;
  /** the numbers of the messages this turn posted, in order */
  readonly posted: number[] = [];

  constructor(
    private readonly chats: WebChats,
    private readonly chat: WebChat,
    private readonly origin: string,
    private readonly links: OpenLinks,
  ) {}

  async post(card: Card): Promise<string> {
    const n = this.chats.post(this.chat, card);
    this.posted.push(n);
    return webMessageRef(this.chat.id, n);
  }

  /** Any chat of the same person may hold the message (another browser, an earlier visit); one no longer kept is skipped. */
  async update(messageRef: string, card: Card): Promise<void> {
    this.chats.update(messageRef, card, this.chat.employeeId);
  }

  /** A link into this page, for a message of the chat it shows; another browser's message has none. */
  async linkTo(messageRef: string): Promise<string | null> {
    const place = readWebMessageRef(messageRef);
    if (!place || place.chatId !== this.chat.id || !this.chats.message(this.chat, place.n)) return null;
    return `${this.origin}/try#${messageAnchor(place.n)}`;
  }

  /** The browser does not tell Skillcheck that a link was opened: the link goes through /open/, which records it. */
  contentLink(employeeId: number, contentId: number, url: string): string {
    return this.links.link(employeeId, contentId, url, this.origin);
  }
}
