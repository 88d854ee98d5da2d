import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { LocalHttpStub } from './local-http-stub.js';
import { waitFor } from './wait-for.js';
import { SlackFileUploads } from './slack-stub-files.js';

export interface SlackCall {
  method: string;
  args: Record<string, unknown>;
  headers: IncomingHttpHeaders;
}

export interface PostedMessage {
  channel: string;
  ts: string;
  text: string;
  blocks: Array<Record<string, unknown>>;
  /** how many chat.update calls changed it */
  updates: number;
  /** when it was first posted, among everything the bot said */
  seq: number;
}

interface Failure {
  status: number;
  retryAfter?: number;
  error?: string;
}

/**
 * A local stand-in for the Slack Web API (POST <base>/<method>, form-encoded or JSON, Bearer token),
 * answering like Slack, recording every call, and keeping the messages the bot posted so tests can
 * press the buttons it actually sent. It also receives response_url posts.
 */
export class SlackStub extends LocalHttpStub {
  readonly calls: SlackCall[] = [];
  /** messages posted to response_url, with the user the test's slash command named in it and their order */
  readonly responses: Array<Record<string, unknown> & { forUser?: string; seq?: number }> = [];
  readonly messages = new Map<string, PostedMessage>();
  readonly ephemerals: Array<{ channel: string; user: string; text: string; blocks: Array<Record<string, unknown>>; seq: number }> = [];
  /** orders everything the bot says: posted messages, ephemerals and responses */
  private sequence = 0;
  nextSeq(): number {
    return ++this.sequence;
  }
  readonly views: Array<{ user_id: string; view: { type: string; blocks: Array<Record<string, unknown>> } }> = [];
  /** users.info answers: Slack user id -> profile */
  readonly directory = new Map<string, { email: string; tz?: string; team?: string }>();
  private readonly failures = new Map<string, Failure[]>();
  private readonly hangs = new Map<string, number>();
  private clock = 1_700_000_000;
  /** files uploaded the way Slack asks now (files.getUploadURLExternal, the bytes, files.completeUploadExternal) */
  readonly uploads = new SlackFileUploads(() => this.url, () => this.nextSeq());

  /** The next calls of `method` fail as given (e.g. a 429 with Retry-After), then it answers normally. */
  failNext(method: string, ...failures: Failure[]): void {
    this.failures.set(method, [...(this.failures.get(method) ?? []), ...failures]);
  }

  /** The next `count` calls of `method` are never answered (a process that dies mid-send). */
  hangNext(method: string, count = 1): void {
    this.hangs.set(method, (this.hangs.get(method) ?? 0) + count);
  }

  callsOf(method: string): SlackCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Messages in a channel, oldest first. */
  messagesIn(channel: string): PostedMessage[] {
    return [...this.messages.values()].filter((message) => message.channel === channel);
  }

  waitFor<T>(probe: () => T | undefined | null | false, what: string, timeoutMs = 10_000): Promise<T> {
    return waitFor(probe, what, timeoutMs);
  }


  /** How long each Web API answer takes (the benchmark sets Slack-like latency; tests keep 0). */
  latencyMs = 0;
  /** requests received while held, answered on release */
  private held: Array<() => void> | null = null;

  /** Holds every answer (Web API calls and response_url posts) until release(): a Slack that has stopped answering for a while. */
  hold(): void {
    this.held ??= [];
  }

  /** How many requests are held now. */
  heldCount(): number {
    return this.held?.length ?? 0;
  }

  /** Answers the held requests, in the order they came, and answers at once again from now on. */
  release(): void {
    const waiting = this.held ?? [];
    this.held = null;
    for (const answer of waiting) answer();
  }

  protected handle(req: IncomingMessage, raw: string, res: ServerResponse, bytes: Buffer): void {
    if (this.held) return void this.held.push(() => this.handle(req, raw, res, bytes));
    if (this.latencyMs > 0) setTimeout(() => this.serve(req, raw, res, bytes), this.latencyMs);
    else this.serve(req, raw, res, bytes);
  }

  private serve(req: IncomingMessage, raw: string, res: ServerResponse, bytes: Buffer): void {
    const path = req.url ?? '';
    if (this.uploads.receives(path)) return void this.uploads.receive(path, req.headers, bytes, res);
    res.setHeader('content-type', 'application/json');
    if (path.startsWith('/respond/')) {
      this.responses.push({ ...(JSON.parse(raw) as Record<string, unknown>), forUser: decodeURIComponent(path.slice('/respond/'.length)), seq: this.nextSeq() });
      res.end('{"ok":true}');
      return;
    }
    const method = path.replace(/^\/api\//, '').split('?')[0]!;
    const args: Record<string, unknown> = (req.headers['content-type'] ?? '').includes('json')
      ? (JSON.parse(raw || '{}') as Record<string, unknown>)
      : Object.fromEntries(new URLSearchParams(raw));
    for (const key of ['blocks', 'view']) if (typeof args[key] === 'string') args[key] = JSON.parse(args[key] as string);
    this.calls.push({ method, args, headers: req.headers });
    const hang = this.hangs.get(method) ?? 0;
    if (hang > 0) {
      this.hangs.set(method, hang - 1);
      return;
    }
    const failure = this.failures.get(method)?.shift();
    if (failure) {
      res.statusCode = failure.status;
      if (failure.retryAfter !== undefined) res.setHeader('retry-after', String(failure.retryAfter));
      res.end(JSON.stringify({ ok: false, error: failure.error ?? (failure.status === 429 ? 'ratelimited' : 'internal_error') }));
      return;
    }
    res.end(JSON.stringify(this.answer(method, args)));
  }

  private answer(method: string, args: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://example.slack.com/', team: 'Example', user: 'skillcheck', team_id: 'T0EXAMPLE', user_id: 'U0BOT', bot_id: 'B0BOT' };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(args.users)}` } };
      case 'users.info': {
        const user = String(args.user);
        const entry = this.directory.get(user);
        if (!entry) return { ok: false, error: 'user_not_found' };
        return { ok: true, user: { id: user, team_id: entry.team ?? 'T0EXAMPLE', deleted: false, is_bot: false, tz: entry.tz ?? 'Europe/London', profile: { email: entry.email } } };
      }
      case 'chat.postMessage': {
        const ts = `${this.clock++}.000100`;
        const channel = String(args.channel);
        this.messages.set(ts, { channel, ts, text: String(args.text ?? ''), blocks: (args.blocks as PostedMessage['blocks']) ?? [], updates: 0, seq: this.nextSeq() });
        return { ok: true, channel, ts, message: { type: 'message', ts, text: args.text } };
      }
      case 'chat.update': {
        const ts = String(args.ts);
        const existing = this.messages.get(ts);
        if (!existing) return { ok: false, error: 'message_not_found' };
        existing.text = String(args.text ?? '');
        existing.blocks = (args.blocks as PostedMessage['blocks']) ?? [];
        existing.updates += 1;
        return { ok: true, channel: existing.channel, ts, text: existing.text };
      }
      case 'chat.postEphemeral':
        this.ephemerals.push({ channel: String(args.channel), user: String(args.user), text: String(args.text ?? ''), blocks: (args.blocks as PostedMessage['blocks']) ?? [], seq: this.nextSeq() });
        return { ok: true, message_ts: `${this.clock++}.000200` };
      case 'chat.getPermalink':
        return { ok: true, channel: args.channel, permalink: `https://example.slack.com/archives/${String(args.channel)}/p${String(args.message_ts).replace('.', '')}` };
      case 'views.publish':
        this.views.push({ user_id: String(args.user_id), view: args.view as (typeof this.views)[number]['view'] });
        return { ok: true, view: { id: 'V0VIEW' } };
      default:
        return this.uploads.answer(method, args) ?? { ok: false, error: 'unknown_method' };
    }
  }

}

/** Every button in a list of blocks (actions blocks and accessories). */
export function buttonsOf(blocks: Array<Record<string, unknown>>): Array<{ action_id: string; value?: string; url?: string; text: { text: string }; block_id: string }> {
  return blocks.flatMap((block) => {
    const elements = (block.elements as Array<Record<string, unknown>> | undefined) ?? (block.accessory ? [block.accessory as Record<string, unknown>] : []);
    return elements
      .filter((element) => element.type === 'button')
      .map((element) => ({ ...(element as unknown as { action_id: string; value?: string; url?: string; text: { text: string } }), block_id: String(block.block_id ?? '') }));
  });
}
