import type { IncomingMessage, ServerResponse } from 'node:http';
import { LocalHttpStub } from './local-http-stub.js';
import { waitFor } from './wait-for.js';

export interface ConnectorCall {
  method: string;
  path: string;
  conversationId: string;
  activityId?: string;
  body: Record<string, unknown> | null;
  authorization?: string;
}

export interface StoredActivity {
  id: string;
  conversationId: string;
  activity: Record<string, unknown>;
  updates: number;
}

/**
 * A local stand-in for the Bot Connector service (the activity's serviceUrl): records replies
 * (POST .../activities[/<replyToId>]), updates (PUT .../activities/<id>), deletes, and answers
 * member lookups (GET .../members/<userId>) from a directory.
 */
export class ConnectorStub extends LocalHttpStub {
  readonly calls: ConnectorCall[] = [];
  readonly activities = new Map<string, StoredActivity>();
  /** member lookups: Teams user id (29:...) -> member */
  readonly members = new Map<string, { aadObjectId: string; email: string; name: string }>();
  private next = 1;
  private failures: Array<{ status: number; retryAfter?: number }> = [];

  /** The next posts of activities fail as given (e.g. 429 with Retry-After), then they are answered normally. */
  failNextPosts(...failures: Array<{ status: number; retryAfter?: number }>): void {
    this.failures.push(...failures);
  }

  protected handle(req: IncomingMessage, raw: string, res: ServerResponse): void {
    const body = raw ? (JSON.parse(raw) as Record<string, unknown>) : null;
    const url = new URL(req.url ?? '/', 'http://stub');
    const match = /^\/v3\/conversations\/([^/]+)(?:\/(activities|members)(?:\/([^/]+))?)?/.exec(url.pathname);
    const conversationId = match ? decodeURIComponent(match[1]!) : '';
    const kind = match?.[2];
    const id = match?.[3] ? decodeURIComponent(match[3]) : undefined;
    this.calls.push({ method: req.method ?? '', path: url.pathname, conversationId, ...(id ? { activityId: id } : {}), body, ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}) });
    res.setHeader('content-type', 'application/json');
    if (kind === 'members' && req.method === 'GET' && id) {
      const member = this.members.get(id);
      if (!member) {
        res.statusCode = 404;
        res.end(JSON.stringify({ error: { code: 'MemberNotFoundInConversation', message: 'The member was not found' } }));
        return;
      }
      res.end(JSON.stringify({ id, name: member.name, aadObjectId: member.aadObjectId, email: member.email, userPrincipalName: member.email, tenantId: 'tenant-0001', userRole: 'user' }));
      return;
    }
    if (kind === 'activities' && req.method === 'POST' && this.failures.length > 0) {
      const failure = this.failures.shift()!;
      res.statusCode = failure.status;
      if (failure.retryAfter !== undefined) res.setHeader('retry-after', String(failure.retryAfter));
      res.end(JSON.stringify({ error: { code: failure.status === 429 ? 'TooManyRequests' : 'ServiceError', message: 'stubbed failure' } }));
      return;
    }
    if (kind === 'activities' && req.method === 'POST') {
      const newId = `activity-${this.next++}`;
      this.activities.set(newId, { id: newId, conversationId, activity: body ?? {}, updates: 0 });
      res.end(JSON.stringify({ id: newId }));
      return;
    }
    if (kind === 'activities' && req.method === 'PUT' && id) {
      const stored = this.activities.get(id);
      if (stored) {
        stored.activity = body ?? {};
        stored.updates += 1;
      }
      res.end(JSON.stringify({ id }));
      return;
    }
    if (kind === 'activities' && req.method === 'DELETE' && id) {
      this.activities.delete(id);
      res.end('{}');
      return;
    }
    res.statusCode = 404;
    res.end(JSON.stringify({ error: { code: 'NotFound', message: `no route for ${req.method} ${url.pathname}` } }));
  }

  /** Activities sent to a conversation, oldest first. */
  sentTo(conversationId: string): StoredActivity[] {
    return [...this.activities.values()].filter((entry) => entry.conversationId === conversationId);
  }

  waitFor<T>(probe: () => T | undefined | null | false, what: string, timeoutMs = 10_000): Promise<T> {
    return waitFor(probe, what, timeoutMs);
  }


}

type Card = { body?: unknown[]; actions?: unknown[] };
/** The Adaptive Card of an activity, if it carries one. */
export function cardOf(activity: Record<string, unknown>): Card | null {
  const attachments = (activity.attachments as Array<{ contentType: string; content: Card }> | undefined) ?? [];
  return attachments.find((entry) => entry.contentType === 'application/vnd.microsoft.card.adaptive')?.content ?? null;
}

/** Every action of a card, in card-level actions and in ActionSets anywhere in the body. */
export function actionsOf(card: Card | null): Array<{ type: string; title: string; verb?: string; data?: Record<string, unknown>; url?: string }> {
  if (!card) return [];
  const found: Array<{ type: string; title: string; verb?: string; data?: Record<string, unknown>; url?: string }> = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const element = node as Record<string, unknown>;
    if (typeof element.type === 'string' && element.type.startsWith('Action.')) found.push(element as never);
    for (const key of ['body', 'items', 'actions', 'columns']) if (key in element) walk(element[key]);
  };
  walk(card.body);
  walk(card.actions);
  return found;
}

export const cardText = (card: Card | null) => JSON.stringify(card ?? {});
