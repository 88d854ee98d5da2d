import fc from 'fast-check';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postSigned, slashCommand } from '../../test-kit/slack-requests.js';
import { postActivity, sendText, STRANGER } from '../../test-kit/teams-requests.js';
import { startChatRig, TOMAS, type ChatRig } from '../helpers/chat-rig.js';
import { employeeId, snapshot } from '../helpers/test-app.js';
import { deep, junk, malformed, notABody, pressOf, withMalformedFields } from './chat-fuzz-payloads.js';

const MAYA = 'U0MAYA0001';
/** Slack users the directory does not know, and user ids that are none. */
const nobody = fc.oneof(fc.constantFrom('U0NOBODY01', 'W0NOBODY02', 'USLACKBOT', '', ' '), fc.string({ maxLength: 30 }));
/** Fixed seed and bounded runs: the same requests every time, well under a minute. */
const RUNS = { seed: 0x17, numRuns: 40 } as const;

/** A stack frame, a dependency's or our own source path: none may reach a caller. */
const LEAKS = /^\s*at .*:\d+:\d+\)?$|node_modules|\.ts:\d|\.js:\d|\/src\/|\/work\//m;

/**
 * Every Slack and Teams entry point with malformed payloads, signed (Slack's v0 HMAC) or sent as the
 * Teams emulator accepts them (from this machine, with this machine's serviceUrl), so they get past
 * the door and reach the handlers. For each request: no 5xx, no stack trace or internal path in the
 * answer, no unhandled error in a listener or turn, and not one row of the database changed, with
 * one exception that the Teams adapter makes by design: every turn from a person it knows stores
 * that person's conversation reference (ChatIdentity.conversationReference, updatedAt) afresh.
 */
describe('fuzz: the chat entry points with malformed payloads', () => {
  let rig: ChatRig;
  let maya: number;
  let priya: number;
  let tomas: number;
  let baseline: string;
  /** errors logged while one request is answered: those from an unhandled error fail the test; all are shown if it fails */
  const unhandled: string[] = [];
  const logged: string[] = [];

  /** Every row of every table, the sender's Teams reference aside (see above). */
  async function state(): Promise<string> {
    const tables = await snapshot(rig.server.db);
    tables.ChatIdentity = (tables.ChatIdentity as Array<Record<string, unknown>>).map((row) =>
      row.platform === 'teams' && row.employeeId === tomas ? { ...row, conversationReference: '(stored each turn)', updatedAt: '(stored each turn)' } : row,
    );
    return JSON.stringify(tables, (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value));
  }

  /** The checks every request must pass, with what was sent in the message of a failure. */
  async function answered(sent: unknown, request: () => Promise<Response>, door: { refusedWith?: number[] } = {}): Promise<Response> {
    unhandled.length = 0;
    logged.length = 0;
    const response = await request();
    const body = await response.text();
    await rig.server.settled();
    const what = `${JSON.stringify(sent).slice(0, 300)} -> ${response.status} ${body.slice(0, 300)} ${logged.join(' | ').slice(0, 1500)}`;
    expect(response.status, what).toBeLessThan(500);
    // Signed requests pass the door: no 401 for a bad signature, no 403 from the emulator's guard unless named.
    if (response.status === 401 || response.status === 403) expect(door.refusedWith ?? [], what).toContain(response.status);
    expect(body, what).not.toMatch(LEAKS);
    expect(unhandled, what).toEqual([]);
    expect((await state()) === baseline, what).toBe(true);
    return response;
  }
  const answeredSafely = async (...args: Parameters<typeof answered>): Promise<void> => void (await answered(...args));

  const signedForm = (fields: Record<string, unknown>) => {
    const form = new URLSearchParams();
    for (const [key, value] of Object.entries(fields)) {
      if (value === undefined) continue;
      for (const entry of Array.isArray(value) ? value : [value]) form.append(key, typeof entry === 'string' ? entry : JSON.stringify(entry));
    }
    return form.toString();
  };

  beforeAll(async () => {
    const logger = pino({ level: 'error' }, {
      write: (line: string) => {
        const { msg, err } = JSON.parse(line) as { msg: string; err?: { message?: string; stack?: string } };
        logged.push(`${msg}: ${err?.stack ?? err?.message ?? ''}`);
        if (/^unhandled error/.test(msg)) unhandled.push(logged.at(-1)!);
      },
    });
    rig = await startChatRig({}, logger);
    maya = await employeeId(rig.server.db, 'E1001');
    priya = await employeeId(rig.server.db, 'E2001');
    // Maya (Slack) and Tomás (Teams) have talked to the bot, so both are known people.
    expect((await slashCommand(rig.server.url, rig.slack.url, { user_id: MAYA, text: 'status' })).status).toBe(200);
    expect((await sendText(rig.server.url, rig.connector.url, TOMAS, 'status')).status).toBeLessThan(300);
    await rig.server.settled();
    tomas = (await rig.server.db.chatIdentity.findFirstOrThrow({ where: { platform: 'teams' } })).employeeId;
    baseline = await state();
  }, 60_000);
  afterAll(async () => {
    await rig?.stop();
  });

  describe('Slack', () => {
    const slash = {
      token: 'gIkuvaNzQIHg97ATvDxqgjtO',
      team_id: 'T0EXAMPLE',
      channel_id: 'C0GENERAL1',
      user_id: 'U0NOBODY01',
      command: '/skillcheck',
      text: '',
      api_app_id: 'A0SKILLCHK',
      trigger_id: '1234567890.1234567890.abcdef',
    };

    it('slash commands: odd, missing and repeated fields, from people the bot does not know', async () => {
      const command = fc
        .record({
          fields: withMalformedFields(slash, ['team_id', 'channel_id', 'api_app_id', 'trigger_id', 'token']),
          // never missing: a form without it is no slash command (see "bodies Bolt cannot place" below)
          name: fc.oneof(fc.constant('/skillcheck'), fc.constant('/skillcheck'), fc.string(), fc.constant(['/skillcheck', '/other'])),
          user: fc.oneof(nobody, fc.constant(undefined), fc.constant([MAYA, 'U0NOBODY01']), fc.constant([MAYA, MAYA])),
          text: fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), fc.constant('x'.repeat(50_000))),
          responseUrl: fc.oneof(fc.constant(`${rig.slack.url}/respond/fuzz`), fc.constantFrom('', 'not a url', 'ftp://127.0.0.1/', '//'), fc.constant(undefined)),
        })
        .map(({ fields, name, user, text, responseUrl }) => signedForm({ ...fields, command: name, user_id: user, text, response_url: responseUrl }));
      await fc.assert(
        fc.asyncProperty(command, async (body) => answeredSafely(body, () => postSigned(rig.server.url, body, 'application/x-www-form-urlencoded'))),
        RUNS,
      );
    });

    it('interactivity: block_actions with odd actions and values, view submissions, unknown types', async () => {
      const press = pressOf(maya, priya);
      const action = fc.oneof(
        press.map(({ action, value }) => ({ action_id: `${action}|0`, block_id: 'b', type: 'button', value, text: { type: 'plain_text', text: 'x' } })),
        withMalformedFields({ action_id: 'answer|0', block_id: 'b', type: 'button', value: `${priya}~a~1:A` }, ['action_id', 'block_id', 'type', 'value', 'text', 'selected_option']),
        // an object (Bolt skips a falsy first action and then nothing acks it)
        fc.object({ maxDepth: 2 }),
      );
      const payload = fc
        .record({
          // kinds Bolt can place; a payload of no kind is in "bodies Bolt cannot place" below
          type: fc.constantFrom('block_actions', 'block_actions', 'block_actions', 'view_submission', 'view_closed', 'shortcut', 'message_action', 'block_suggestion', 'interactive_message', 'dialog_submission'),
          user: fc.oneof(fc.constant({ id: MAYA, team_id: 'T0EXAMPLE' }), nobody.map((id) => ({ id })), malformed),
          // at least one (Bolt routes a block_actions payload by its first action), and only on block_actions (Bolt reads
          // any payload with actions as one): other shapes are held for the ack window, as under "bodies Bolt cannot place"
          actions: fc.array(action, { minLength: 1, maxLength: 3 }),
          container: fc.oneof(fc.constant({ type: 'message', message_ts: '1700000000.000100', channel_id: `D${MAYA}`, is_ephemeral: false }), fc.constant({ type: 'view', view_id: 'V0VIEW' }), malformed),
          channel: fc.oneof(fc.constant({ id: `D${MAYA}` }), malformed),
          message: fc.oneof(fc.constant({ ts: '1700000000.000100', text: 'x', blocks: [] }), malformed),
          view: fc.oneof(fc.constant(undefined), malformed, fc.constant({ id: 'V1', callback_id: 'x', state: { values: {} } })),
          team: fc.oneof(fc.constant({ id: 'T0EXAMPLE' }), malformed),
          response_url: fc.oneof(fc.constant(`${rig.slack.url}/respond/fuzz`), fc.constantFrom('', 'not a url'), fc.constant(undefined)),
          trigger_id: fc.oneof(fc.constant('1.2.3'), malformed),
        })
        .map(({ actions, ...fields }) => ({ ...fields, ...(['block_actions', 'interactive_message'].includes(fields.type) ? { actions } : {}) }))
        .map((fields) => JSON.parse(JSON.stringify({ api_app_id: 'A0SKILLCHK', token: 'gIkuvaNzQIHg97ATvDxqgjtO', ...fields })) as unknown);
      const body = payload.map((value) => signedForm({ payload: JSON.stringify(value) }));
      await fc.assert(
        fc.asyncProperty(body, async (form) => answeredSafely(form, () => postSigned(rig.server.url, form, 'application/x-www-form-urlencoded'))),
        RUNS,
      );
    });

    it('Events API: url_verification, message.im, app_home_opened and unknown events, missing fields, wrong types, deep nesting', async () => {
      const event = fc.oneof(
        withMalformedFields({ type: 'app_home_opened', user: MAYA, channel: `D${MAYA}`, tab: 'home', event_ts: '1700000002.000300' }, ['user', 'channel', 'tab', 'event_ts', 'view']),
        withMalformedFields({ type: 'app_home_opened', user: 'U0NOBODY01', channel: 'DU0NOBODY01', tab: 'home', event_ts: '1700000002.000300' }, ['user', 'channel', 'tab']),
        withMalformedFields({ type: 'message', channel_type: 'im', user: MAYA, channel: `D${MAYA}`, text: 'status', ts: '1700000003.000100' }, ['type', 'channel_type', 'user', 'channel', 'text', 'subtype', 'bot_id', 'ts']),
        withMalformedFields({ type: 'app_mention', user: MAYA, text: '<@U0BOT> status', channel: 'C0GENERAL1' }, ['type', 'user', 'text', 'channel']),
        fc.record({ type: fc.oneof(fc.string(), junk), user: fc.oneof(fc.constant(MAYA), malformed) }),
        // anything but missing: an envelope without an event is in "bodies Bolt cannot place" below
        junk,
        deep,
      );
      const envelope = fc.oneof(
        withMalformedFields({ type: 'url_verification', token: 'gIkuvaNzQIHg97ATvDxqgjtO', challenge: 'c0ffee' }, ['challenge', 'token']),
        fc
          .record({ event, outer: withMalformedFields({ type: 'event_callback', team_id: 'T0EXAMPLE', api_app_id: 'A0SKILLCHK', event_id: 'Ev0FUZZ', event_time: 1700000002, authorizations: [{ team_id: 'T0EXAMPLE', user_id: 'U0BOT', is_bot: true }] }, ['type', 'team_id', 'event_id', 'event_time', 'authorizations', 'api_app_id']) })
          .map(({ event: inner, outer }) => ({ ...outer, event: inner })),
        fc.record({ type: junk, event: fc.oneof(deep, junk) }),
      );
      await fc.assert(
        fc.asyncProperty(envelope, async (value) => {
          const body = JSON.stringify(value) ?? 'null';
          await answeredSafely(value, () => postSigned(rig.server.url, body, 'application/json'));
        }),
        RUNS,
      );
    });

    it('bodies that are not the JSON or form they claim to be', async () => {
      await fc.assert(
        fc.asyncProperty(notABody, async ({ body, contentType }) => answeredSafely({ body, contentType }, () => postSigned(rig.server.url, body, contentType))),
        RUNS,
      );
    });

    // Bolt holds a request of no kind it knows (no command, event, actions, view or type) for its three-second ack
    // window and answers 404 then: a few fixed ones, since each costs those seconds.
    it.each([
      ['an empty JSON object', '{}', 'application/json'],
      ['JSON that is no object', '[42]', 'application/json'],
      ['a form of other fields', 'a=1&a=2&b[c]=3', 'application/x-www-form-urlencoded'],
      ['a payload of no kind', `payload=${encodeURIComponent(JSON.stringify({ type: 'no_such_kind', user: { id: MAYA } }))}`, 'application/x-www-form-urlencoded'],
    ])('bodies Bolt cannot place: %s', async (_name, body, contentType) => {
      const response = await answered({ body, contentType }, () => postSigned(rig.server.url, body, contentType));
      expect(response.status).toBe(404);
    });
  });

  describe('Teams', () => {
    const base = () => ({
      channelId: 'msteams',
      serviceUrl: rig.connector.url,
      conversation: { conversationType: 'personal', tenantId: 'tenant-0001', id: TOMAS.conversationId },
      recipient: { id: '28:00000000-0000-4000-8000-0000000b0001', name: 'Skillcheck' },
      channelData: { tenant: { id: 'tenant-0001' } },
      locale: 'en-GB',
      timestamp: '2026-11-25T09:00:00.000Z',
    });
    const ENVELOPE = ['channelId', 'conversation', 'recipient', 'channelData', 'locale', 'timestamp', 'id', 'replyToId', 'entities', 'textFormat', 'attachments'];
    const tomasFrom = { id: TOMAS.id, name: TOMAS.name, aadObjectId: TOMAS.aadObjectId };
    const strangerFrom = fc.oneof(fc.constant({ id: STRANGER.id, name: STRANGER.name, aadObjectId: STRANGER.aadObjectId }), withMalformedFields({ id: STRANGER.id }, ['id', 'aadObjectId', 'name']), malformed);

    /** What Tomás, whom the bot knows, may send: presses with malformed values only, never a command. */
    const fromTomas = () => {
      const press = pressOf(tomas, maya);
      return fc.oneof(
        fc.record({ type: fc.constant('message'), value: press.map(({ action, value }) => ({ verb: action, data: { v: value } })), text: fc.string() }),
        fc.record({
          type: fc.constant('invoke'),
          name: fc.oneof(fc.constant('adaptiveCard/action'), fc.constantFrom('task/fetch', 'composeExtension/query', 'signin/verifyState', 'fileConsent/invoke'), junk),
          value: fc.oneof(press.map(({ action, value }) => ({ action: { type: 'Action.Execute', verb: action, data: { v: value } }, trigger: 'manual' })), malformed, withMalformedFields({ action: { type: 'Action.Execute', verb: 'answer' } }, ['action', 'trigger'])),
        }),
        fc.record({ type: fc.constantFrom('conversationUpdate', 'installationUpdate', 'messageReaction', 'typing', 'endOfConversation', 'event'), membersAdded: malformed, membersRemoved: malformed, action: fc.oneof(fc.constantFrom('add', 'remove', 'add-upgrade'), junk) }),
      ).map((activity) => ({ ...activity, from: tomasFrom }));
    };
    /** What anyone else may send: anything at all, text included. */
    const fromAnyoneElse = fc.record({
      type: fc.oneof(fc.constantFrom('message', 'invoke', 'conversationUpdate', 'installationUpdate', 'event', 'messageUpdate'), fc.string()),
      from: strangerFrom,
      text: fc.oneof(fc.string(), junk),
      value: malformed,
      name: fc.oneof(fc.constant('adaptiveCard/action'), junk),
      membersAdded: fc.oneof(fc.constant([{ id: STRANGER.id }]), malformed),
      action: junk,
    });

    it('messages, invokes, conversation and installation updates, unknown types: odd values, missing or wrong-typed fields', async () => {
      const activity = fc
        .record({ sender: fc.oneof(fromTomas(), fromAnyoneElse), envelope: withMalformedFields(base(), ENVELOPE) })
        .map(({ sender, envelope }) => JSON.parse(JSON.stringify({ ...envelope, ...sender })) as Record<string, unknown>);
      await fc.assert(
        fc.asyncProperty(activity, async (value) => answeredSafely(value, () => postActivity(rig.server.url, value))),
        { ...RUNS, numRuns: 120 },
      );
    });

    it('a serviceUrl that is missing, malformed or elsewhere is refused at the door (400 or 403)', async () => {
      const activity = fc
        .record({ serviceUrl: fc.oneof(malformed, fc.constantFrom('http://example.com/', 'https://smba.trafficmanager.net/emea/', 'file:///etc/passwd', 'javascript:alert(1)')), text: fc.string() })
        .map(({ serviceUrl, text }) => JSON.parse(JSON.stringify({ ...base(), type: 'message', from: tomasFrom, text, serviceUrl })) as unknown);
      await fc.assert(
        fc.asyncProperty(activity, async (value) => answeredSafely(value, () => postActivity(rig.server.url, value), { refusedWith: [403] })),
        RUNS,
      );
    });

    it('bodies that are not an activity at all', async () => {
      const body = fc.oneof(
        notABody,
        fc.oneof(junk, deep).map((value) => ({ body: JSON.stringify(value) ?? 'null', contentType: 'application/json' })),
      );
      await fc.assert(
        fc.asyncProperty(body, async ({ body: text, contentType }) => {
          await answeredSafely({ text, contentType }, () => fetch(`${rig.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body: text }));
        }),
        RUNS,
      );
    });
  });

  it('the server is healthy afterwards: /healthz answers and a command from a known person works', async () => {
    expect((await fetch(`${rig.server.url}/healthz`)).status).toBe(200);
    const before = rig.slack.messagesIn(`D${MAYA}`).length;
    expect((await slashCommand(rig.server.url, rig.slack.url, { user_id: MAYA, text: 'status' })).status).toBe(200);
    await rig.server.settled();
    expect(rig.slack.messagesIn(`D${MAYA}`).length).toBeGreaterThan(before);
    expect((await sendText(rig.server.url, rig.connector.url, TOMAS, 'help')).status).toBeLessThan(300);
    expect(unhandled).toEqual([]);
  });
});
