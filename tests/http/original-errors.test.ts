import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeeId } from '../helpers/test-app.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/** The original's error shapes over HTTP: {"detail"} for 401, 404 and 413, {"error"} for a step out of order or a bad body. */
describe("the original's routes: errors", () => {
  let server: TestServer;
  let daniel: number;

  beforeAll(async () => {
    server = await startTestServer();
    daniel = await employeeId(server.db, 'E3002');
  });
  afterAll(() => server.stop());

  async function expectError(response: Response, status: number, key: 'detail' | 'error'): Promise<string> {
    const text = await response.text();
    expect(response.status, text).toBe(status);
    const body = JSON.parse(text);
    expect(Object.keys(body)).toEqual([key]);
    expect(body[key]).toEqual(expect.any(String));
    expect(text).not.toMatch(/\bat .+\.(ts|js):\d+|node_modules|Error:/);
    return body[key];
  }

  it('answers 401 {"detail"} without a token or with a wrong one, on every signed-in route', async () => {
    const routes: [string, string][] = [
      ['GET', '/api/learner/employees'],
      ['POST', '/api/learner/employees/create/'],
      ['GET', `/api/learner/employees/${daniel}/`],
      ['PUT', `/api/learner/employees/${daniel}/update/`],
      ['GET', `/api/learner/${daniel}/dashboard/`],
      ['GET', `/api/learner/${daniel}/progress-bar/`],
      ['GET', `/api/learner/${daniel}/workflow/`],
      ['POST', `/api/learner/${daniel}/assessment/start/`],
      ['POST', `/api/learner/${daniel}/assessment/generate/`],
      ['POST', `/api/learner/${daniel}/assessment/submit/`],
      ['POST', `/api/learner/${daniel}/generate_learning_path/`],
      ['GET', `/api/learner/${daniel}/learning-path/`],
      ['POST', `/api/learner/${daniel}/learning/1/start/`],
      ['POST', `/api/learner/${daniel}/learning/1/complete/`],
      ['GET', '/api/admin/analytics/'],
    ];
    for (const [method, path] of routes) {
      await expectError(await server.call(path, { method, token: null }), 401, 'detail');
      await expectError(await server.call(path, { method, token: 'not-the-token' }), 401, 'detail');
    }
    // A body is read only once the caller is known: an unknown caller's broken JSON is a 401, not a 400.
    const broken = await server.call(`/api/learner/${daniel}/assessment/submit/`, { method: 'POST', token: null, body: '{"answers": ', headers: { 'content-type': 'application/json' } });
    await expectError(broken, 401, 'detail');
    // Nothing was begun by the refused calls.
    expect(await server.db.assessmentSession.count({ where: { employeeId: daniel } })).toBe(0);
  });

  it('answers 404 {"detail"} for an unknown employee or learning item, and for an id that is not a number', async () => {
    await expectError(await server.call('/api/learner/employees/999999/'), 404, 'detail');
    await expectError(await server.call('/api/learner/999999/progress-bar/'), 404, 'detail');
    await expectError(await server.call('/api/learner/999999/dashboard/'), 404, 'detail');
    await expectError(await server.call('/api/learner/999999/assessment/start/', { method: 'POST' }), 404, 'detail');
    await expectError(await server.call('/api/learner/abc/progress-bar/'), 404, 'detail');
    await expectError(await server.call(`/api/learner/${daniel}/learning/999999/start/`, { method: 'POST' }), 404, 'detail');
  });

  it('answers 400 {"error"} for a step out of order or a bad body', async () => {
    const base = `/api/learner/${daniel}`;
    expect(await expectError(await server.call(`${base}/assessment/generate/`, { method: 'POST' }), 400, 'error')).toBe('No active assessment');
    await expectError(await server.call(`${base}/assessment/submit/`, { json: { answers: { 1: 'A' } } }), 400, 'error');
    await expectError(await server.call(`${base}/generate_learning_path/`, { method: 'POST' }), 400, 'error');
    // Before any path, the list is empty, as the original answered.
    const empty = await server.call(`${base}/learning-path/`);
    expect(empty.status).toBe(200);
    expect(await empty.json()).toEqual({ items: [] });
    await server.call(`${base}/assessment/start/`, { method: 'POST' });
    await server.call(`${base}/assessment/generate/`, { method: 'POST' });
    expect(await expectError(await server.call(`${base}/assessment/submit/`, { json: { answers: {} } }), 400, 'error')).toBe('No answers submitted');
    await expectError(await server.call(`${base}/assessment/submit/`, { json: { answers: { 999999: 'A' } } }), 400, 'error');
    const bad = await server.call(`${base}/assessment/submit/`, { method: 'POST', body: '{"answers": ', headers: { 'content-type': 'application/json' } });
    expect(await expectError(bad, 400, 'error')).toBe('Invalid JSON payload');
    const huge = JSON.stringify({ answers: Object.fromEntries(Array.from({ length: 12_000 }, (_, index) => [String(index + 1), 'A'])) });
    await expectError(await server.call(`${base}/assessment/submit/`, { method: 'POST', body: huge, headers: { 'content-type': 'application/json' } }), 413, 'detail');
    // The assessment is still open: nothing above was scored.
    expect(await server.db.assessmentSession.count({ where: { employeeId: daniel, status: 'COMPLETED' } })).toBe(0);
  });

  it('answers another method on a known path 405 {"detail"} with Allow, and an unknown path 404 {"detail"}', async () => {
    const start = await server.call(`/api/learner/${daniel}/assessment/start/`);
    await expectError(start, 405, 'detail');
    expect(start.headers.get('allow')).toBe('POST');
    const analytics = await server.call('/api/admin/analytics/', { method: 'DELETE' });
    await expectError(analytics, 405, 'detail');
    expect(analytics.headers.get('allow')).toBe('GET, HEAD');
    const update = await server.call(`/api/learner/employees/${daniel}/update/`, { method: 'POST', json: {} });
    await expectError(update, 405, 'detail');
    expect(update.headers.get('allow')).toBe('PUT, PATCH');
    await expectError(await server.call(`/api/learner/${daniel}/no-such-thing/`), 404, 'detail');
    await expectError(await server.call('/api/admin/nothing-here'), 404, 'detail');
  });
});
