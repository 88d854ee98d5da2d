import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickButton, SIGNING_SECRET, slashCommand, type Button } from '../../test-kit/slack-requests.js';
import { buttonsOf, SlackStub } from '../../test-kit/slack-stub.js';
import { freshDatabase, testProvider } from '../helpers/test-database.js';
import { spawnServer, type ServerProcess } from '../helpers/spawn-server.js';

/**
 * Two server processes (separate OS processes, as behind a load balancer) on one database: started
 * together on an empty database, answers for one assessment arriving at both, the same click at
 * both at once, and one process killed with SIGKILL mid-assessment while the person carries on.
 */
describe(`two server processes on one ${testProvider} database`, () => {
  const directory = mkdtempSync(join(tmpdir(), 'skillcheck-two-'));
  const slack = new SlackStub();
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let a: ServerProcess;
  let b: ServerProcess;
  const token = 'two-process-token';
  const user = 'U0PRIYA001';
  const dm = `D${user}`;

  const api = async (server: ServerProcess, path: string, init: RequestInit = {}) => {
    const response = await fetch(`${server.url}${path}`, { ...init, headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...init.headers } });
    return { status: response.status, body: (await response.json()) as Record<string, any> };
  };

  beforeAll(async () => {
    await slack.start();
    slack.directory.set(user, { email: 'priya.natarajan@example.com', tz: 'Asia/Kolkata' });
    database = await freshDatabase(directory);
    const env = { DATABASE_URL: database.url, API_TOKEN: token, SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: `${slack.url}/api/` };
    // Both start at once on an empty database: one migrates and seeds, the other waits and finds it done.
    [a, b] = await Promise.all([spawnServer(env), spawnServer(env)]);
  });
  afterAll(async () => {
    for (const server of [a, b]) if (server && server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
    await slack.stop();
    await database.drop();
    rmSync(directory, { recursive: true, force: true });
  });

  it('both are ready on one migrated, seeded database', async () => {
    for (const server of [a, b]) {
      const ready = await fetch(`${server.url}/readyz`);
      expect(await ready.json()).toEqual({ ready: true, database: 'ok', migrations: 'ok' });
    }
    const employees = (await api(a, '/api/v1/manager/1/team/')).body.reports as unknown[];
    expect(employees).toHaveLength(6); // seeded once: Maya's six reports, not twelve
  });

  it('answers arriving at both, and the same click at both at once, are recorded once each', async () => {
    await slashCommand(a.url, slack.url, { user_id: user, text: 'start' });
    const card = await slack.waitFor(() => slack.messagesIn(dm).find((message) => /^Question 1 of at most 20/.test(message.text)), 'the first question', 30_000);
    for (let number = 1; number <= 6; number++) {
      const message = slack.messages.get(card.ts)!;
      expect(message.text).toMatch(new RegExp(`^Question ${number} of at most \\d+`));
      const button = buttonsOf(message.blocks)[number % 4] as Button;
      const updates = message.updates;
      const click = (server: ServerProcess) => clickButton(server.url, { user, button, channel: dm, messageTs: card.ts });
      // Odd questions: the same click reaches both processes at the same moment. Even: alternate.
      const responses = number % 2 === 1 ? await Promise.all([click(a), click(b)]) : [await click(number % 4 === 0 ? a : b)];
      expect(responses.every((response) => response.status === 200)).toBe(true);
      await slack.waitFor(() => slack.messages.get(card.ts)!.updates > updates && /^Question (\d+)/.exec(slack.messages.get(card.ts)!.text)?.[1] === String(number + 1), `question ${number + 1}`, 15_000);
    }
    const dashboard = await api(b, '/api/v1/learner/3/dashboard/');
    // Six answers, and the seventh question chosen from them, once.
    expect(dashboard.body.assessment).toMatchObject({ answeredCount: 6, totalQuestions: 7, adaptive: true });
  });

  it('a process killed with SIGKILL mid-assessment loses nothing acknowledged; the person carries on at the other', async () => {
    const card = slack.messagesIn(dm).find((message) => /^Question 7 of at most/.test(message.text))!;
    const button = buttonsOf(card.blocks)[0] as Button;
    const acknowledged = await clickButton(a.url, { user, button, channel: dm, messageTs: card.ts });
    expect(acknowledged.status).toBe(200);
    await slack.waitFor(() => /^Question 8 of at most/.test(slack.messages.get(card.ts)!.text), 'question 8', 15_000);

    a.child.kill('SIGKILL');
    expect(await a.exited).toBeNull();
    expect(a.child.signalCode).toBe('SIGKILL');
    await expect(fetch(`${a.url}/healthz`)).rejects.toThrow(); // really gone

    // Everything acknowledged before the kill is there, seen from the other process.
    const after = await api(b, '/api/v1/learner/3/dashboard/');
    expect(after.body.assessment.answeredCount).toBe(7);
    // The person carries on at B: the next answer on the same card, then the results.
    const next = buttonsOf(slack.messages.get(card.ts)!.blocks)[1] as Button;
    expect((await clickButton(b.url, { user, button: next, channel: dm, messageTs: card.ts })).status).toBe(200);
    await slack.waitFor(() => !/^Question 8 of/.test(slack.messages.get(card.ts)!.text), 'question 9 or the results', 15_000);
    expect((await api(b, '/api/v1/learner/3/dashboard/')).body.assessment.answeredCount).toBe(8);
    const results = await api(b, '/api/v1/learner/3/assessment/submit/', { method: 'POST', body: JSON.stringify({ answers: {} }) });
    expect(results.status).toBe(200);
    const asked = (results.body.skills as Array<{ asked: number }>).reduce((sum, skill) => sum + skill.asked, 0);
    expect(asked).toBeGreaterThanOrEqual(8);
    const final = await api(b, '/api/v1/learner/3/dashboard/');
    expect(final.body.assessment).toMatchObject({ status: 'COMPLETED', answeredCount: 8, totalQuestions: asked });
  });
});
