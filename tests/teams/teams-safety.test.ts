import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer } from '../../src/app/start-server.js';
import type { RunningTeams } from '../../src/teams/teams-platform.js';
import { loadConfig } from '../../src/config/config.js';
import { ConnectorStub, actionsOf, cardOf, cardText } from '../../test-kit/connector-stub.js';
import { employeeId, snapshot } from '../helpers/test-app.js';
import { OLGA, postActivity, pressExecute, PRIYA, sendText, STRANGER } from '../../test-kit/teams-requests.js';
import { startTeamsRig, type TeamsRig } from '../helpers/teams-rig.js';
import { startTestServer } from '../helpers/test-server.js';
import { freshDatabase } from '../helpers/test-database.js';

describe('Teams: safety', () => {
  let rig: TeamsRig;

  beforeAll(async () => {
    rig = await startTeamsRig();
  });
  afterAll(() => rig.stop());

  // Unknown people, foreign and double presses: tests/chat/, the same on every platform.
  it('a malformed activity gets a clean 400 without a stack trace', async () => {
    const broken = await fetch(`${rig.server.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type": "message", ' });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toEqual({ error: { code: 'MALFORMED_JSON', message: expect.any(String) } });
    for (const body of [{}, { type: 42 }, []]) {
      const response = await postActivity(rig.server.url, body);
      const text = await response.text();
      expect(response.status, text).toBe(400);
      expect(JSON.parse(text)).toMatchObject({ error: { code: 'MALFORMED_ACTIVITY' } });
      expect(text).not.toMatch(/at \w+ \(|node_modules/);
    }
  });
});

describe('Teams: group chats and channels', () => {
  let rig: TeamsRig;

  beforeAll(async () => {
    rig = await startTeamsRig();
  });
  afterAll(() => rig.stop());

  const shared = (conversationType: 'groupChat' | 'channel', id: string, extra: Record<string, unknown>) => ({
    type: 'message',
    id: `shared-${Date.now()}-${Math.random()}`,
    serviceUrl: rig.connector.url,
    channelId: 'msteams',
    from: { id: PRIYA.id, name: PRIYA.name, aadObjectId: PRIYA.aadObjectId },
    conversation: { conversationType, tenantId: 'tenant-0001', id },
    recipient: { id: '28:00000000-0000-4000-8000-0000000b0001', name: 'Skillcheck' },
    ...extra,
  });

  it('say nothing about a person there, start nothing, and never become the address of their messages', async () => {
    expect((await sendText(rig.server.url, rig.connector.url, PRIYA, 'status')).status).toBe(200);
    const priya = await employeeId(rig.server.db, 'E2001');
    const identity = async () => (await rig.server.db.chatIdentity.findUniqueOrThrow({ where: { employeeId_platform: { employeeId: priya, platform: 'teams' } } })).conversationReference;
    const personal = await identity();
    expect(JSON.parse(personal!)).toMatchObject({ conversation: { id: PRIYA.conversationId } });
    const before = await snapshot(rig.server.db);

    const group = '19:group-chat-of-three@thread.v2';
    expect((await postActivity(rig.server.url, shared('groupChat', group, { text: 'skillcheck start' }))).status).toBe(200);
    const reply = await rig.connector.waitFor(() => rig.connector.sentTo(group)[0], 'the answer in the group chat');
    expect(cardText(cardOf(reply.activity))).toContain('one-to-one chat');

    const channel = '19:general-channel@thread.skype;messageid=1';
    const press = await postActivity(
      rig.server.url,
      shared('channel', channel, { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', title: 'Status', verb: 'command', data: { v: 'status' } }, trigger: 'manual' } }),
    );
    expect(press.status).toBe(200);
    expect(JSON.stringify(await press.json())).toContain('one-to-one chat');

    expect(rig.connector.sentTo(group)).toHaveLength(1);
    expect(rig.connector.sentTo(channel)).toHaveLength(0);
    expect(await identity()).toBe(personal);
    expect(await snapshot(rig.server.db)).toEqual(before);
  });
});

describe('Teams with MICROSOFT_APP_ID set', () => {
  it('rejects requests without a valid Bot Framework token (401), without touching the network', async () => {
    const server = await startTestServer({ MICROSOFT_APP_ID: '00000000-0000-4000-8000-0000000b0001', MICROSOFT_APP_PASSWORD: 'not-a-real-secret' });
    try {
      const activity = { type: 'message', text: 'skillcheck', serviceUrl: 'http://127.0.0.1:9/', channelId: 'msteams', from: PRIYA, conversation: { id: PRIYA.conversationId }, recipient: { id: '28:bot' } };
      expect((await postActivity(server.url, activity)).status).toBe(401);
      expect((await postActivity(server.url, activity, { authorization: 'Bearer not.a.jwt' })).status).toBe(401);
      expect(await server.db.assessmentSession.count()).toBe(0);
    } finally {
      await server.stop();
    }
  });
});

describe('Teams proactive messages', () => {
  const directory = mkdtempSync(join(tmpdir(), 'skillcheck-proactive-'));
  const connector = new ConnectorStub();
  afterAll(async () => {
    await connector.stop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('reach a person from a reference stored before the app restarted', async () => {
    await connector.start();
    connector.members.set(PRIYA.id, { aadObjectId: PRIYA.aadObjectId, email: 'priya.natarajan@example.com', name: PRIYA.name });
    const database = await freshDatabase(directory);
    const config = loadConfig({ LOG_LEVEL: 'silent', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: database.url, API_TOKEN: 'x', SCHEDULER_ENABLED: 'false', TEAMS_EMULATOR: 'true' });

    const first = await startServer(config);
    await sendText(first.url, connector.url, PRIYA, 'status');
    const priya = (await first.db.employee.findUniqueOrThrow({ where: { email: 'priya.natarajan@example.com' } })).id;
    await first.close();

    const second = await startServer(config);
    try {
      const before = connector.sentTo(PRIYA.conversationId).length;
      expect(await (second.platforms.get('teams') as RunningTeams).sendToEmployee(priya, { text: 'Your weekly digest is ready.' })).toBe(true);
      const sent = connector.sentTo(PRIYA.conversationId).slice(before);
      expect(sent).toHaveLength(1);
      expect(sent[0]!.activity).toMatchObject({ type: 'message', text: 'Your weekly digest is ready.' });
      // Someone the bot never talked to cannot be reached, and says so.
      const olga = (await second.db.employee.findUniqueOrThrow({ where: { email: 'olga.ivanova@example.com' } })).id;
      expect(await (second.platforms.get('teams') as RunningTeams).sendToEmployee(olga, { text: 'hello' })).toBe(false);
    } finally {
      await second.close();
      await database.drop();
    }
  });
});
