import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../src/shared/project-paths.js';

export const SIGNING_SECRET = 'test-signing-secret-8f14e45fceea167a';

const fixture = <T>(name: string): T => JSON.parse(readFileSync(join(projectRoot, 'tests', 'fixtures', 'slack', name), 'utf8')) as T;

/** Slack's request signature: v0= + hex HMAC-SHA256 of "v0:<timestamp>:<raw body>". */
export function sign(body: string, timestamp: number, secret = SIGNING_SECRET): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SignedOptions {
  timestamp?: number;
  secret?: string;
  signature?: string | null;
  headers?: Record<string, string>;
}

export function postSigned(baseUrl: string, body: string, contentType: string, options: SignedOptions = {}): Promise<Response> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = { 'content-type': contentType, 'x-slack-request-timestamp': String(timestamp), ...options.headers };
  const signature = options.signature === undefined ? sign(body, timestamp, options.secret) : options.signature;
  if (signature !== null) headers['x-slack-signature'] = signature;
  return fetch(`${baseUrl}/slack/events`, { method: 'POST', headers, body });
}

/** A /skillcheck slash command, from the sanitised fixture, with its response_url pointed at the stub. */
export function slashCommand(baseUrl: string, stubUrl: string, fields: { user_id: string; text?: string; channel_id?: string; team_id?: string }, options?: SignedOptions) {
  const form = { ...fixture<Record<string, string>>('slash-command.json'), ...fields, response_url: `${stubUrl}/respond/${fields.user_id}` };
  return postSigned(baseUrl, new URLSearchParams(form).toString(), 'application/x-www-form-urlencoded', options);
}

export interface Button {
  action_id: string;
  value?: string;
  url?: string;
  block_id: string;
  text: { text: string };
}

/** A block_actions payload for a button of a message the bot posted (or of the Home tab). */
export function clickButton(
  baseUrl: string,
  click: { user: string; button: Button; channel?: string; messageTs?: string; inHome?: boolean; ephemeral?: boolean; responseUrl?: string },
  options?: SignedOptions,
) {
  const payload = fixture<Record<string, unknown>>('block-actions.json');
  payload.user = { ...(payload.user as object), id: click.user };
  // Never Slack's own hooks host: a response goes to the test's stub, or nowhere.
  payload.response_url = click.responseUrl ?? 'http://127.0.0.1:9/respond';
  if (click.inHome) {
    payload.container = { type: 'view', view_id: 'V0VIEW' };
    delete payload.channel;
    delete payload.message;
  } else {
    payload.container = { type: 'message', message_ts: click.messageTs, channel_id: click.channel, is_ephemeral: Boolean(click.ephemeral) };
    payload.channel = { id: click.channel, name: 'directmessage' };
    payload.message = { ...(payload.message as object), ts: click.messageTs };
  }
  payload.actions = [
    {
      action_id: click.button.action_id,
      block_id: click.button.block_id,
      text: { type: 'plain_text', text: click.button.text.text, emoji: true },
      ...(click.button.value === undefined ? {} : { value: click.button.value }),
      type: 'button',
      action_ts: `${Math.floor(Date.now() / 1000)}.000200`,
    },
  ];
  return postSigned(baseUrl, new URLSearchParams({ payload: JSON.stringify(payload) }).toString(), 'application/x-www-form-urlencoded', options);
}

export function appHomeOpened(baseUrl: string, user: string, options?: SignedOptions) {
  const body = fixture<{ event: Record<string, unknown> }>('app-home-opened.json');
  body.event = { ...body.event, user, channel: `D${user}` };
  return postSigned(baseUrl, JSON.stringify(body), 'application/json', options);
}
