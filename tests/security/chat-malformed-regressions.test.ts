import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postSigned, slashCommand } from '../../test-kit/slack-requests.js';
import { postActivity, sendText } from '../../test-kit/teams-requests.js';
import { startChatRig, TOMAS, type ChatRig } from '../helpers/chat-rig.js';
import { snapshot } from '../helpers/test-app.js';

/**
 * The requests the fuzz test of the chat entry points (chat-fuzz.test.ts) found crashing a handler,
 * kept as plain cases: each was a 500 or 501, an unhandled error in a listener or turn, or a request
 * held for Bolt's three-second ack window. Signed (Slack) or from this machine (Teams emulator).
 */
describe('malformed chat requests the fuzz test found', () => {
  let rig: ChatRig;
  const unhandled: string[] = [];
  let before: Awaited<ReturnType<typeof snapshot>>;
  const form = (payload: unknown) => `payload=${encodeURIComponent(JSON.stringify(payload))}`;
  const teams = (activity: Record<string, unknown>) =>
    postActivity(rig.server.url, {
      channelId: 'msteams',
      serviceUrl: rig.connector.url,
      conversation: { id: TOMAS.conversationId },
      recipient: { id: '28:00000000-0000-4000-8000-0000000b0001' },
      from: { id: TOMAS.id, aadObjectId: TOMAS.aadObjectId },
      ...activity,
    });

  beforeAll(async () => {
    const logger = pino({ level: 'error' }, { write: (line: string) => void (/unhandled error/.test(line) && unhandled.push(line)) });
    rig = await startChatRig({}, logger);
    await slashCommand(rig.server.url, rig.slack.url, { user_id: 'U0MAYA0001', text: 'status' });
    await sendText(rig.server.url, rig.connector.url, TOMAS, 'status');
    await rig.server.settled();
    before = await snapshot(rig.server.db);
  }, 60_000);
  afterAll(async () => {
    // Nothing any of them sent changed a row, Tomás's stored conversation reference aside (stored on each turn by design).
    const strip = (tables: typeof before) => ({ ...tables, ChatIdentity: (tables.ChatIdentity as Array<Record<string, unknown>>).map(({ conversationReference: _c, updatedAt: _u, ...row }) => row) });
    expect(strip(await snapshot(rig.server.db))).toEqual(strip(before));
    expect(unhandled).toEqual([]);
    await rig?.stop();
  });

  it.each([
    ['a JSON body of null', 'null', 'application/json'],
    ['an event that is a string', JSON.stringify({ type: 'event_callback', event: '' }), 'application/json'],
    ['an event that is null', JSON.stringify({ type: 'event_callback', event: null }), 'application/json'],
    ['a payload of null', 'payload=null', 'application/x-www-form-urlencoded'],
  ])('Slack: %s is a 400, not a 500', async (_name, body, contentType) => {
    const response = await postSigned(rig.server.url, body, contentType);
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('');
  });

  it('Slack: a button press without its user is a 400, not a 500', async () => {
    const response = await postSigned(rig.server.url, form({ type: 'block_actions', actions: [{ action_id: 'answer|0', type: 'button', value: 'x' }] }), 'application/x-www-form-urlencoded');
    expect(response.status).toBe(400);
  });

  it('Slack: a press without a container, and a command without a response_url, fail in the open: acked, logged, no unhandled error', async () => {
    const press = await postSigned(
      rig.server.url,
      form({ type: 'block_actions', user: { id: 'U0MAYA0001' }, team: { id: 'T0EXAMPLE' }, actions: [{ action_id: 'answer|0', type: 'button', value: '1~a~x' }] }),
      'application/x-www-form-urlencoded',
    );
    expect(press.status).toBe(200);
    const command = await postSigned(rig.server.url, new URLSearchParams({ command: '/skillcheck', user_id: 'U0NOBODY01', team_id: 'T0EXAMPLE', text: 'status' }).toString(), 'application/x-www-form-urlencoded');
    expect(command.status).toBe(200);
    await rig.server.settled();
    expect(unhandled).toEqual([]);
  });

  it.each([
    ['a view submission', { type: 'view_submission', user: { id: 'U0MAYA0001' }, team: { id: 'T0EXAMPLE' }, view: { id: 'V1', state: { values: {} } } }],
    ['a global shortcut without callback_id', { type: 'shortcut', user: { id: 'U0MAYA0001' }, team: { id: 'T0EXAMPLE' } }],
    ['a menu asking for options', { type: 'block_suggestion', user: { id: 'U0MAYA0001' }, team: { id: 'T0EXAMPLE' }, action_id: 'x', value: 'a' }],
  ])('Slack: %s, which Skillcheck has no use for, is acked at once (not held three seconds and then 404)', async (_name, payload) => {
    const response = await postSigned(rig.server.url, form(payload), 'application/x-www-form-urlencoded');
    expect(response.status).toBe(200);
  });

  it('Slack: another slash command is acked at once', async () => {
    const response = await postSigned(rig.server.url, new URLSearchParams({ command: '/other', user_id: 'U0MAYA0001', team_id: 'T0EXAMPLE', text: '' }).toString(), 'application/x-www-form-urlencoded');
    expect(response.status).toBe(200);
  });

  it.each([
    ['task/fetch', { type: 'invoke', name: 'task/fetch', value: {} }, 'UNSUPPORTED_INVOKE'],
    ['adaptiveCard/action without an action', { type: 'invoke', name: 'adaptiveCard/action', value: { trigger: 'manual' } }, 'MALFORMED_ACTION'],
  ])('Teams: an invoke %s is a 400, not a 501', async (_name, activity, code) => {
    const response = await teams(activity);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code, message: expect.any(String) } });
  });

  it.each([
    ['a conversation that is a number', { type: 'message', text: 'help', conversation: 0 }],
    ['no recipient', { type: 'conversationUpdate', recipient: undefined, membersAdded: [{ id: TOMAS.id }] }],
    ['a locale that is an object', { type: 'message', text: 'help', locale: { a: 1 } }],
    ['text that is a number', { type: 'message', text: 42 }],
  ])('Teams: an activity with %s is refused at the door (400 MALFORMED_ACTIVITY), not failed inside the turn', async (_name, activity) => {
    const response = await teams(activity);
    const text = await response.text();
    expect(response.status, text).toBe(400);
    expect(JSON.parse(text)).toMatchObject({ error: { code: 'MALFORMED_ACTIVITY' } });
  });
});
