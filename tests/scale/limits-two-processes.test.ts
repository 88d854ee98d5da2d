import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNING_SECRET, slashCommand } from '../../test-kit/slack-requests.js';
import { SlackStub } from '../../test-kit/slack-stub.js';
import { freshDatabase, testProvider } from '../helpers/test-database.js';
import { spawnServer, type ServerProcess } from '../helpers/spawn-server.js';

/**
 * The allowances of costly actions are kept in the database, so two server processes (as behind a load
 * balancer) count the same uses: a burst of commands from one person, sent to both in turn, is served as
 * often as the allowance says and no more; the person then reads how long to wait.
 */
describe(`allowances of costly actions across two processes on one ${testProvider} database`, () => {
  const directory = mkdtempSync(join(tmpdir(), 'skillcheck-limits-'));
  const slack = new SlackStub();
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let a: ServerProcess;
  let b: ServerProcess;
  const token = 'limits-two-process-token';
  const PER_PERSON = 4;
  const PER_WORKSPACE = 8;
  const PRIYA = 'U0PRIYA001';
  const MAYA = 'U0MAYA0001';
  const AISHA = 'U0AISHA001';
  const WAIT = /a lot of requests in a short time.*try again in (a few seconds|about \d+ seconds|about a minute)/;

  /** What one person was answered: status cards in their DM (served), and refusals through response_url (limited). */
  const seenBy = (user: string) => ({
    served: slack.messagesIn(`D${user}`).length,
    limited: slack.responses.filter((response) => response.forUser === user && WAIT.test(JSON.stringify(response))).length,
    responses: slack.responses.filter((response) => response.forUser === user).length,
  });

  /** `/skillcheck status` from a person in a workspace, at one process; waits until its answer came (every answer ends with a private response). */
  async function command(server: ServerProcess, user: string, team = 'T0ALPHA') {
    const before = seenBy(user).responses;
    const response = await slashCommand(server.url, slack.url, { user_id: user, text: 'status', team_id: team });
    expect(response.status).toBe(200);
    await slack.waitFor(() => seenBy(user).responses > before, `the answer to ${user}'s command`, 20_000);
  }

  beforeAll(async () => {
    await slack.start();
    slack.directory.set(PRIYA, { email: 'priya.natarajan@example.com', tz: 'Asia/Kolkata' });
    slack.directory.set(MAYA, { email: 'maya.chen@example.com', tz: 'Europe/London' });
    slack.directory.set(AISHA, { email: 'aisha.bello@example.com', tz: 'Africa/Lagos' });
    database = await freshDatabase(directory);
    const env = {
      DATABASE_URL: database.url,
      API_TOKEN: token,
      SLACK_BOT_TOKEN: 'xoxb-test-token',
      SLACK_SIGNING_SECRET: SIGNING_SECRET,
      SLACK_API_URL: `${slack.url}/api/`,
      LIMIT_COMMANDS_PER_MINUTE: String(PER_PERSON),
      LIMIT_WORKSPACE_COMMANDS_PER_MINUTE: String(PER_WORKSPACE),
    };
    a = await spawnServer(env); // migrates and seeds
    b = await spawnServer(env);
  });
  afterAll(async () => {
    for (const server of [a, b]) if (server && server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
    await slack.stop();
    await database.drop();
    rmSync(directory, { recursive: true, force: true });
  });

  it("a burst from one person at both processes is served as often as the person's allowance, then told how long to wait", async () => {
    for (let n = 0; n < PER_PERSON + 2; n++) await command(n % 2 === 0 ? a : b, PRIYA);
    expect(seenBy(PRIYA)).toMatchObject({ served: PER_PERSON, limited: 2 });
    // The refusal is private, where the command was typed, and in words: no code, no stack trace.
    const refusal = slack.responses.filter((response) => response.forUser === PRIYA).at(-1)!;
    expect(refusal.response_type).toBe('ephemeral');
    expect(JSON.stringify(refusal)).not.toMatch(/RATE_LIMITED|Error|at .*\.ts/);
  });

  it('another person of the same workspace is not limited by the first; the workspace allowance is shared by everyone in it', async () => {
    // Priya's 6 commands took 6 of the workspace's 8: Maya's first is served at either process.
    await command(b, MAYA);
    expect(seenBy(MAYA)).toMatchObject({ served: 1, limited: 0 });
    await command(a, AISHA);
    expect(seenBy(AISHA)).toMatchObject({ served: 1, limited: 0 });
    // The workspace's eight are used up: Aisha, far under her own allowance, waits too.
    await command(b, AISHA);
    expect(seenBy(AISHA)).toMatchObject({ served: 1, limited: 1 });
    // In another workspace she is served.
    await command(a, AISHA, 'T0BETA');
    expect(seenBy(AISHA)).toMatchObject({ served: 2, limited: 1 });
  });

  it('help and words that are no command are never limited', async () => {
    const before = slack.responses.length;
    for (const server of [a, b]) {
      const help = await slashCommand(server.url, slack.url, { user_id: PRIYA, text: 'help', team_id: 'T0ALPHA' });
      expect(await help.text()).toMatch(/status/);
      const unknown = await slashCommand(server.url, slack.url, { user_id: PRIYA, text: 'wibble', team_id: 'T0ALPHA' });
      expect(await unknown.text()).toMatch(/wibble/);
    }
    expect(slack.responses.length).toBe(before); // answered in the ack, nothing refused afterwards
  });

  it('over HTTP, a costly route answers 429 with Retry-After and the error body past its allowance, at either process; reads go on', async () => {
    const get = (server: ServerProcess, path: string) => fetch(`${server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    // The team report: 120 a minute for the API token's holders together.
    const statuses: number[] = [];
    for (let n = 0; n < 120; n++) statuses.push((await get(n % 2 === 0 ? a : b, '/api/v1/manager/1/team-report.csv')).status);
    expect(statuses).toEqual(Array(120).fill(200));
    for (const server of [a, b]) {
      const refused = await get(server, '/api/v1/manager/1/team-report.csv');
      expect(refused.status).toBe(429);
      const retryAfter = Number(refused.headers.get('retry-after'));
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      const body = (await refused.json()) as { error: { code: string; message: string; details: { retryAfterSeconds: number; action: string } } };
      expect(body.error).toMatchObject({ code: 'RATE_LIMITED', details: { retryAfterSeconds: retryAfter, action: 'teamReport' } });
      expect(body.error.message).toMatch(/try again/);
    }
    // Reads are never limited: the team itself, many times, at both.
    for (let n = 0; n < 30; n++) expect((await get(n % 2 === 0 ? a : b, '/api/v1/manager/1/team/')).status).toBe(200);
  });
});
