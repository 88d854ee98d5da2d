import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { LRUCache } from 'lru-cache';
import type { Card } from '../chat/card/card.js';

/**
 * One browser's visit to the web chat, bound to it by a random cookie: who it talks as, its chat with
 * each person it has talked as, the passing answers still to show, and the CSRF token every form sends.
 */
export interface WebSession {
  readonly id: string;
  readonly csrf: string;
  /** the employee id picked (not necessarily an employee: each turn looks the person up again) */
  employeeId: number | null;
  /** the chat of each person this browser has talked as: switching back finds it again */
  chats: Map<number, string>;
  /** passing answers (replies), shown by the next page and then gone */
  notices: Card[];
  /** counts the turns, so a page (and a test) can tell that it shows the answer to the latest one */
  turn: number;
}

export const SESSION_COOKIE = 'skillcheck_try';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** Sessions in this process's memory, bounded in number and idle time. */
export class WebSessions {
  private readonly sessions: LRUCache<string, WebSession>;

  constructor(limits: { sessions: number; idleMs: number } = { sessions: 1_000, idleMs: 12 * 60 * 60 * 1000 }) {
    this.sessions = new LRUCache<string, WebSession>({ max: limits.sessions, ttl: limits.idleMs, updateAgeOnGet: true });
  }

  create(): WebSession {
    const session: WebSession = { id: token(), csrf: token(), employeeId: null, chats: new Map(), notices: [], turn: 0 };
    this.sessions.set(session.id, session);
    return session;
  }

  get(id: string | undefined): WebSession | undefined {
    return id ? this.sessions.get(id) : undefined;
  }
}

const token = () => randomBytes(24).toString('base64url');

/** The form's token is the session's, compared in constant time. */
export function csrfMatches(session: WebSession | undefined, given: unknown): boolean {
  if (!session || typeof given !== 'string' || given.length === 0 || given.length > 200) return false;
  return timingSafeEqual(digest(given), digest(session.csrf));
}

/** The value of one cookie from a Cookie header. */
export function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.split('=');
    if (key?.trim() === name) return rest.join('=').trim();
  }
  return undefined;
}

/** The session cookie: only for /try, never sent by another site's request, never readable by scripts. */
export const sessionCookie = (id: string) => `${SESSION_COOKIE}=${id}; Path=/try; HttpOnly; SameSite=Strict`;
