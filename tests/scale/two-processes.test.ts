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
    const employees = (await api(a, '/api/manager/1/team/')).body.reports as unknown[];
    expect(employees).toHaveLength(6); // seeded once: Maya's six reports, not twelve
  });

  it('answers arriving at both, and the same click at both at once, are recorded once each', async () => {
    await slashCommand(a.url, slack.url, { user_id: user, text: 'start' });
    const card = await slack.waitFor(() => slack.messagesIn(dm).find((message) => /^Question 1 of 30/.test(message.text)), 'the first question', 30_000);
    for (let number = 1; number <= 6; number++) {
      const message = slack.messages.get(card.ts)!;
      expect(message.text).toMatch(new RegExp(`^Question ${number} of 30`));
      const button = buttonsOf(message.blocks)[number % 4] as Button;
      const updates = message.updates;
      const click = (server: ServerProcess) => clickButton(server.url, { user, button, channel: dm, messageTs: card.ts });
      // Odd questions: the same click reaches both processes at the same moment. Even: alternate.
      const responses = number % 2 === 1 ? await Promise.all([click(a), click(b)]) : [await click(number % 4 === 0 ? a : b)];
      expect(responses.every((response) => response.status === 200)).toBe(true);
      await slack.waitFor(() => slack.messages.get(card.ts)!.updates > updates && /^Question (\d+)/.exec(slack.messages.get(card.ts)!.text)?.[1] === String(number + 1), `question ${number + 1}`, 15_000);
    }
    const dashboard = await api(b, '/api/learner/3/dashboard/');
    expect(dashboard.body.assessment).toMatchObject({ answeredCount: 6, totalQuestions: 30 });
  });

  it('a process killed with SIGKILL mid-assessment loses nothing acknowledged; the person carries on at the other', async () => {
    const questions = (await api(a, '/api/learner/3/assessment/questions/', { method: 'POST' })).body.questions as Array<{ questionId: number; selectedOption: string | null }>;
    const unanswered = questions.filter((question) => question.selectedOption === null);
    const card = slack.messagesIn(dm).find((message) => /^Question 7 of 30/.test(message.text))!;
    const button = buttonsOf(card.blocks)[0] as Button;
    const acknowledged = await clickButton(a.url, { user, button, channel: dm, messageTs: card.ts });
    expect(acknowledged.status).toBe(200);
    await slack.waitFor(() => /^Question 8 of 30/.test(slack.messages.get(card.ts)!.text), 'question 8', 15_000);

    a.child.kill('SIGKILL');
    expect(await a.exited).toBeNull();
    expect(a.child.signalCode).toBe('SIGKILL');
    await expect(fetch(`${a.url}/healthz`)).rejects.toThrow(); // really gone

    // Everything acknowledged before the kill is there, seen from the other process.
    const after = await api(b, '/api/learner/3/dashboard/');
    expect(after.body.assessment.answeredCount).toBe(7);
    // The person carries on at B: the rest of the answers, then the results.
    const answers = Object.fromEntries(unanswered.slice(1).map((question) => [question.questionId, 'A']));
    const results = await api(b, '/api/learner/3/assessment/submit/', { method: 'POST', body: JSON.stringify({ answers }) });
    expect(results.status).toBe(200);
    expect((results.body.skills as Array<{ asked: number }>).reduce((sum, skill) => sum + skill.asked, 0)).toBe(30);
    const final = await api(b, '/api/learner/3/dashboard/');
    expect(final.body.assessment).toMatchObject({ status: 'COMPLETED', answeredCount: 30 });
  });
});
