import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GeminiStub } from '../../test-kit/gemini-stub.js';
import { slashCommand } from '../../test-kit/slack-requests.js';
import { employeeId } from '../helpers/test-app.js';
import { startChatRig, type ChatRig } from '../helpers/chat-rig.js';
import { sample } from '../helpers/prometheus-text.js';
import { testProvider } from '../helpers/test-database.js';

describe('GET /metrics: what an operator scrapes', () => {
  let rig: ChatRig;
  const gemini = new GeminiStub();
  beforeAll(async () => {
    await gemini.start();
    rig = await startChatRig({ GEMINI_API_KEY: 'test-key', GEMINI_BASE_URL: gemini.url, GEMINI_TIMEOUT_MS: '2000' });
  });
  afterAll(async () => {
    await rig.stop();
    await gemini.stop();
  });

  it('needs the API token, and answers in Prometheus text format', async () => {
    expect((await rig.server.call('/metrics', { token: null })).status).toBe(401);
    const response = await rig.server.call('/metrics');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = await response.text();
    expect(text).toContain('# TYPE skillcheck_http_request_duration_seconds histogram');
    expect(sample(text, 'skillcheck_process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(sample(text, 'skillcheck_chat_work_queue_depth', { platform: 'slack' })).toBe(0);
  });

  it('shows the database pool: connections busy and idle, queries waiting, the most it opens (PostgreSQL; SQLite has no pool)', async () => {
    const { server } = rig;
    const metrics = async () => (await server.call('/metrics')).text();
    if (testProvider === 'sqlite') {
      // One connection, used synchronously on the event loop: nothing to report, so nothing is made up.
      const text = await metrics();
      expect(text).not.toContain('skillcheck_db_pool_');
      expect(sample(text, 'skillcheck_process_resident_memory_bytes')).toBeGreaterThan(0);
      // What it has instead: statements compiled once and run again (src/db/sqlite-statement-cache.ts).
      const reused = (scrape: string) => sample(scrape, 'skillcheck_db_statements', { outcome: 'reused' }) ?? Number.NaN;
      const prepared = (scrape: string) => sample(scrape, 'skillcheck_db_statements', { outcome: 'prepared' }) ?? Number.NaN;
      const id = await employeeId(server.db, 'E2004');
      await server.call(`/api/v1/learner/${id}/progress-bar/`);
      const before = await metrics();
      for (let read = 0; read < 3; read++) expect((await server.call(`/api/v1/learner/${id}/progress-bar/`)).status).toBe(200);
      const after = await metrics();
      expect(reused(after) - reused(before)).toBeGreaterThanOrEqual(3);
      expect(prepared(after)).toBe(prepared(before));
      return;
    }
    // An open transaction holds one connection of the server's pool while the scrape runs.
    const during = await server.db.$transaction(async (tx) => {
      await tx.employee.count();
      return metrics();
    });
    expect(sample(during, 'skillcheck_db_pool_connections', { state: 'busy' })).toBeGreaterThanOrEqual(1);
    expect(sample(during, 'skillcheck_db_pool_max')).toBe(10);
    const after = await metrics();
    expect(sample(after, 'skillcheck_db_pool_connections', { state: 'busy' })).toBe(0);
    expect(sample(after, 'skillcheck_db_pool_connections', { state: 'idle' })).toBeGreaterThanOrEqual(1);
    expect(sample(after, 'skillcheck_db_pool_waiting')).toBe(0);
  });

  it('counts Gemini calls by outcome: a failure pauses Gemini, and the calls skipped meanwhile are counted too', async () => {
    const { server } = rig;
    gemini.reply = () => ({ kind: 'text', text: 'Jonas is a strong full-stack engineer who could deepen web security.' });
    await server.call(`/api/v1/learner/${await employeeId(server.db, 'E2004')}/dashboard/`);
    gemini.reply = () => ({ kind: 'status', status: 503 });
    await server.call(`/api/v1/learner/${await employeeId(server.db, 'E2006')}/dashboard/`);
    await server.call(`/api/v1/learner/${await employeeId(server.db, 'E2005')}/dashboard/`);
    const text = await (await server.call('/metrics')).text();
    expect(gemini.calls).toHaveLength(2);
    expect(sample(text, 'skillcheck_gemini_calls_total', { outcome: 'ok' })).toBe(1);
    expect(sample(text, 'skillcheck_gemini_calls_total', { outcome: 'failed' })).toBe(1);
    expect(sample(text, 'skillcheck_gemini_calls_total', { outcome: 'skipped' })).toBe(1);
  });

  it('times requests by route family, counts deliveries by outcome, and shows chat work queued', async () => {
    const { server, slack } = rig;
    const priya = await employeeId(server.db, 'E2001');
    const before = await (await server.call('/metrics')).text();
    const ok = sample(before, 'skillcheck_http_request_duration_seconds_count', { family: 'learner', method: 'GET', status: '200' }) ?? 0;
    for (let i = 0; i < 3; i++) expect((await server.call(`/api/v1/learner/${priya}/dashboard/`)).status).toBe(200);
    expect((await server.call('/api/v1/learner/999999/dashboard/')).status).toBe(404);
    // Maya talks to the bot once (which links her in Slack), so the digest can reach her.
    await slashCommand(server.url, slack.url, { user_id: 'U0MAYA0001', text: 'status' });
    await server.settled();
    // Slack work waits for Slack: while the Web API does not answer, Priya's acknowledged command sits in the queue.
    slack.hangNext('users.info');
    expect((await slashCommand(server.url, slack.url, { user_id: 'U0PRIYA001', text: 'status' })).status).toBe(200);
    const during = await (await server.call('/metrics')).text();
    expect(sample(during, 'skillcheck_chat_work_queue_depth', { platform: 'slack' })).toBe(1);
    expect(sample(during, 'skillcheck_http_request_duration_seconds_count', { family: 'learner', method: 'GET', status: '200' })).toBe(ok + 3);
    expect(sample(during, 'skillcheck_http_request_duration_seconds_count', { family: 'learner', method: 'GET', status: '404' })).toBe(1);
    expect(sample(during, 'skillcheck_http_request_duration_seconds_count', { family: 'slack', method: 'POST', status: '200' })).toBe(2);

    // The digests job on a Monday at 09:05 in London: Maya's digest goes out through Slack, counted once sent.
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2026-11-30T09:05:00Z'));
      await server.scheduler.tasks.digests.execute();
    } finally {
      vi.useRealTimers();
    }
    const after = await (await server.call('/metrics')).text();
    expect(sample(after, 'skillcheck_deliveries_total', { job: 'digests', outcome: 'sent' })).toBe(1);
    expect(await server.db.delivery.count({ where: { kind: 'DIGEST', status: 'SENT' } })).toBe(1);
  });
});
