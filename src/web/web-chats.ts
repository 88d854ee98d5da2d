import { randomBytes } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Card } from '../chat/card/card.js';

/** One message of a web chat: a card from Skillcheck, or what the person typed. */
export type WebMessage = { n: number; from: 'bot'; card: Card } | { n: number; from: 'person'; text: string };

/** One person's chat with Skillcheck in one browser: its messages, oldest first. */
export interface WebChat {
  readonly id: string;
  readonly employeeId: number;
  messages: WebMessage[];
  /** the number the next message gets (numbers are never reused, so an old page's form finds nothing) */
  next: number;
  /** where the browser last reached this chat (http://localhost:3000), for links in messages posted unasked */
  origin?: string;
}

/** A web message's place, as the conversation keeps it: the chat and the message number. */
export const webMessageRef = (chatId: string, n: number) => JSON.stringify({ c: chatId, m: n });

export function readWebMessageRef(ref: string): { chatId: string; n: number } | null {
  try {
    const parsed = JSON.parse(ref) as { c?: unknown; m?: unknown };
    return typeof parsed.c === 'string' && Number.isSafeInteger(parsed.m) ? { chatId: parsed.c, n: parsed.m as number } : null;
  } catch {
    return null;
  }
}

export interface WebChatLimits {
  /** chats kept in memory at once (the least recently used goes first) */
  chats: number;
  /** messages kept per chat (the oldest go first) */
  messagesPerChat: number;
  /** a chat nobody looked at for this long is forgotten */
  idleMs: number;
}

export const DEFAULT_CHAT_LIMITS: WebChatLimits = { chats: 2_000, messagesPerChat: 200, idleMs: 12 * 60 * 60 * 1000 };

/**
 * The web chat's messages, in this process's memory: a trial on one machine needs no more. Bounded in
 * chats, messages per chat and idle time, so a long session or many browsers cannot grow it without end.
 * A message another turn or browser of the same person still refers to (a live card kept in the
 * database) is found here by its chat; one that is gone is skipped, as the Surface contract allows.
 */
export class WebChats {
  private readonly chats: LRUCache<string, WebChat>;

  constructor(private readonly limits: WebChatLimits = DEFAULT_CHAT_LIMITS) {
    this.chats = new LRUCache<string, WebChat>({ max: limits.chats, ttl: limits.idleMs, updateAgeOnGet: true });
  }

  open(employeeId: number): WebChat {
    const chat: WebChat = { id: randomBytes(12).toString('base64url'), employeeId, messages: [], next: 1 };
    this.chats.set(chat.id, chat);
    return chat;
  }

  get(chatId: string): WebChat | undefined {
    return this.chats.get(chatId);
  }

  /** The chats of one person kept now (every browser they use the web chat in), without making them recently used. */
  chatsOf(employeeId: number): WebChat[] {
    return [...this.chats.values()].filter((chat) => chat.employeeId === employeeId);
  }

  /** Adds a card from Skillcheck; returns its number. */
  post(chat: WebChat, card: Card): number {
    return this.add(chat, (n) => ({ n, from: 'bot', card }));
  }

  /** Adds what the person typed. */
  said(chat: WebChat, text: string): number {
    return this.add(chat, (n) => ({ n, from: 'person', text }));
  }

  /** Skillcheck's message `n` of the chat, if it is still kept. */
  message(chat: WebChat, n: number): Extract<WebMessage, { from: 'bot' }> | undefined {
    const found = chat.messages.find((entry) => entry.n === n);
    return found?.from === 'bot' ? found : undefined;
  }

  /** Replaces the card of a message, only in a chat of `employeeId`; false when the message is no longer kept. */
  update(ref: string, card: Card, employeeId: number): boolean {
    const place = readWebMessageRef(ref);
    const chat = place ? this.chats.get(place.chatId) : undefined;
    if (!place || !chat || chat.employeeId !== employeeId) return false;
    const index = chat.messages.findIndex((entry) => entry.n === place.n && entry.from === 'bot');
    if (index === -1) return false;
    chat.messages[index] = { n: place.n, from: 'bot', card };
    return true;
  }

  private add(chat: WebChat, make: (n: number) => WebMessage): number {
    const n = chat.next++;
    chat.messages.push(make(n));
    if (chat.messages.length > this.limits.messagesPerChat) chat.messages.splice(0, chat.messages.length - this.limits.messagesPerChat);
    // Writing to a chat is using it: it stays among the recently used.
    this.chats.get(chat.id);
    return n;
  }
}
