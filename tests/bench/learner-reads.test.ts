import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshLearningPath, learnerReadsBench, peerFromEnv, type ReadServer } from '../../bench/learner-reads.js';
import { atLeast, atMost, below, notMeasured } from '../../bench/targets.js';
import { startTestServer, TEST_TOKEN, type TestServer } from '../helpers/test-server.js';

/**
 * The learner-read bench against the real server, small: its setup gives a demo learner a fresh learning path
 * through the REST API, and a run without a peer reads every route at 4 and 32 connections without a failure.
 * No figure is held to a target here: `npm run bench` prints those.
 */
describe('the learner-read bench', () => {
  let server: TestServer;
  let reader: ReadServer;
  let items: number;
  beforeAll(async () => {
    server = await startTestServer();
    reader = { url: server.url, token: TEST_TOKEN, employeeId: 3 };
    items = await freshLearningPath(reader);
  }, 60_000);
  afterAll(() => server.stop());

  it('gives the learner a fresh learning path, one item done and one started, through the REST API', async () => {
    const path = (await (await server.call('/api/v1/learner/3/learning-path/')).json()) as { completion: { total: number; done: number; inProgress: number } };
    expect(path.completion).toMatchObject({ total: items, done: 1, inProgress: 1 });
    expect(items).toBeGreaterThanOrEqual(2);
  });

  it('without a peer, reads the three routes at 4 and 32 connections with no error and marks the peer targets not measured', { timeout: 120_000 }, async () => {
    process.env.BENCH_READ_SECONDS = '1';
    try {
      const rows = await learnerReadsBench('SQLite', reader, undefined);

      expect(rows.map((row) => row.name)).toEqual([
        'SQLite: GET dashboard, 4 conn',
        'SQLite: GET dashboard, 32 conn',
        'SQLite: GET progress-bar, 4 conn',
        'SQLite: GET progress-bar, 32 conn',
        'SQLite: GET learning-path, 4 conn',
        'SQLite: GET learning-path, 32 conn',
      ]);
      for (const row of rows) {
        expect(row.value).toBeGreaterThan(0);
        expect(row.note).toContain('errors 0, non-2xx 0');
      }
      expect(rows.flatMap((row) => row.targets ?? [])).toEqual([
        { goal: 'SQLite: every learner read vs peer, 4 and 32 conn (throughput >= 3x, p99 <= 1x)', figure: 'not measured: no PEER_URL', met: null },
      ]);
    } finally {
      delete process.env.BENCH_READ_SECONDS;
    }
  });
});

describe('the peer settings and the targets', () => {
  it('reads the peer from PEER_URL, PEER_TOKEN and PEER_EMPLOYEE, and refuses a peer without a token or a learner', () => {
    expect(peerFromEnv({})).toBeUndefined();
    expect(peerFromEnv({ PEER_URL: 'http://127.0.0.1:8000/', PEER_TOKEN: 't', PEER_EMPLOYEE: '9' })).toEqual({ url: 'http://127.0.0.1:8000', token: 't', employeeId: 9, apiBase: '/api' });
    expect(() => peerFromEnv({ PEER_URL: 'http://127.0.0.1:8000', PEER_EMPLOYEE: '9' })).toThrow(/PEER_TOKEN/);
    expect(() => peerFromEnv({ PEER_URL: 'http://127.0.0.1:8000', PEER_TOKEN: 't', PEER_EMPLOYEE: 'nine' })).toThrow(/PEER_EMPLOYEE/);
  });

  it('marks each target met or missed at its bound, and a target not measured as neither', () => {
    expect(atLeast('throughput >= 3x', 3, 3, '900 vs 300 req/s')).toEqual({ goal: 'throughput >= 3x', figure: '3.00x (900 vs 300 req/s)', met: true });
    expect(atLeast('throughput >= 3x', 2.99, 3, '').met).toBe(false);
    expect(atMost('p99 <= 1x', 1, 1, '').met).toBe(true);
    expect(atMost('p99 <= 1x', 1.01, 1, '').met).toBe(false);
    expect(atMost('p99 <= 2x', 2.004, 2, '')).toEqual({ goal: 'p99 <= 2x', figure: '2.00x ()', met: true });
    expect(below('RSS idle < 150 MB', 150, 150, 'MB')).toEqual({ goal: 'RSS idle < 150 MB', figure: '150 MB (1.00x the bound)', met: false });
    expect(below('RSS idle < 150 MB', 149, 150, 'MB').met).toBe(true);
    expect(notMeasured('reads vs peer', 'no PEER_URL').met).toBeNull();
  });
});
