import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorBodySchema } from '../../src/http/rest/view-schemas.js';
import { apiAccess } from '../../src/http/api-access.js';
import { employeeId, snapshot } from '../helpers/test-app.js';
import { startTestServer, TEST_TOKEN, type TestServer } from '../helpers/test-server.js';

/** Every failure is a JSON error with a stable code and the right status, and changes nothing in the database. */
describe('REST API: errors', () => {
  let server: TestServer;
  let priya: number;
  let olga: number;
  let liam: number;

  beforeAll(async () => {
    server = await startTestServer();
    priya = await employeeId(server.db, 'E2001');
    olga = await employeeId(server.db, 'E3003');
    liam = await employeeId(server.db, 'E2002');
    await server.call(`/api/v1/learner/${priya}/assessment/start/`, { method: 'POST' });
    await server.call(`/api/v1/learner/${priya}/assessment/questions/`, { method: 'POST' });
    await server.call(`/api/v1/learner/${liam}/assessment/start/`, { method: 'POST' });
    await server.call(`/api/v1/learner/${liam}/assessment/questions/`, { method: 'POST' });
    await server.call(`/api/v1/learner/${liam}/assessment/submit/`, { json: { answers: {} } });
  });
  afterAll(() => server.stop());

  async function expectError(request: () => Promise<Response>, status: number, code: string) {
    const before = await snapshot(server.db);
    const response = await request();
    const text = await response.text();
    expect(response.status, text).toBe(status);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    const body = errorBodySchema.parse(JSON.parse(text));
    expect(body.error.code).toBe(code);
    expect(text).not.toMatch(/at \w+ \(|node_modules|prisma|<html/i);
    expect(await snapshot(server.db)).toEqual(before);
    return body;
  }

  it('malformed JSON is 400', async () => {
    await expectError(
      () => server.call(`/api/v1/learner/${priya}/assessment/submit/`, { method: 'POST', body: '{"answers": {', headers: { 'content-type': 'application/json' } }),
      400,
      'MALFORMED_JSON',
    );
  });

  it('wrong types are 422 with the offending field', async () => {
    const body = await expectError(() => server.call(`/api/v1/learner/${priya}/assessment/submit/`, { json: { answers: 'all of them' } }), 422, 'VALIDATION_FAILED');
    expect(JSON.stringify(body.error.details)).toMatch(/answers/);
    await expectError(() => server.call(`/api/v1/learner/${priya}/assessment/submit/`, { json: { answers: { '1': 'E' } } }), 422, 'VALIDATION_FAILED');
    await expectError(() => server.call(`/api/v1/learner/${priya}/assessment/submit/`, { json: { answers: { abc: 'A' } } }), 422, 'VALIDATION_FAILED');
    await expectError(() => server.call(`/api/v1/learner/${priya}/assessment/submit/`, { json: { answers: { '1': 7 } } }), 422, 'VALIDATION_FAILED');
  });

  it('malformed ids in the address are 400; unknown employees and content are 404', async () => {
    await expectError(() => server.call('/api/v1/learner/abc/dashboard/'), 400, 'MALFORMED_REQUEST');
    await expectError(() => server.call('/api/v1/learner/-4/progress-bar/'), 400, 'MALFORMED_REQUEST');
    await expectError(() => server.call('/api/v1/learner/99999999999/progress-bar/'), 400, 'MALFORMED_REQUEST');
    await expectError(() => server.call('/api/v1/learner/99999/dashboard/'), 404, 'EMPLOYEE_NOT_FOUND');
    await expectError(() => server.call('/api/v1/learner/99999/assessment/start/', { method: 'POST' }), 404, 'EMPLOYEE_NOT_FOUND');
    await expectError(() => server.call(`/api/v1/learner/${liam}/learning/999999/open/`, { method: 'POST' }), 404, 'CONTENT_NOT_FOUND');
    await expectError(() => server.call('/api/v1/nothing/here'), 404, 'NOT_FOUND');
    // A known address with the wrong method says which methods it takes.
    const wrongMethod = await server.call(`/api/v1/learner/${liam}/assessment/questions/`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    expect(await wrongMethod.json()).toMatchObject({ error: { code: 'METHOD_NOT_ALLOWED', message: 'GET is not allowed here; this address takes POST.' } });
    expect((await server.call(`/api/v1/learner/${liam}/dashboard/`, { method: 'DELETE' })).headers.get('allow')).toBe('GET, HEAD');
  });

  it('foreign question ids in submit are refused, and the valid answers beside them are not recorded', async () => {
    const mine = await server.db.assessmentQuestion.findFirstOrThrow({ where: { session: { employeeId: priya } } });
    const foreign = await server.db.assessmentQuestion.findFirstOrThrow({ where: { session: { employeeId: liam } } });
    await expectError(
      () => server.call(`/api/v1/learner/${priya}/assessment/submit/`, { json: { answers: { [mine.id]: 'A', [foreign.id]: 'B' } } }),
      403,
      'QUESTION_NOT_IN_SESSION',
    );
  });

  it('wrong workflow state is 409: submit twice, submit with nothing open, path before any assessment', async () => {
    await expectError(() => server.call(`/api/v1/learner/${liam}/assessment/submit/`, { json: { answers: {} } }), 409, 'ASSESSMENT_ALREADY_SUBMITTED');
    await expectError(() => server.call(`/api/v1/learner/${olga}/assessment/submit/`, { json: { answers: {} } }), 409, 'NO_OPEN_ASSESSMENT');
    await expectError(() => server.call(`/api/v1/learner/${olga}/learning-path/generate/`, { method: 'POST' }), 409, 'NO_COMPLETED_ASSESSMENT');
    await expectError(() => server.call(`/api/v1/learner/${olga}/learning-path/`), 409, 'NO_LEARNING_PATH');
  });

  it('a missing token is 401, a wrong one 403; health checks need none', async () => {
    await expectError(() => server.call(`/api/v1/learner/${priya}/dashboard/`, { token: null }), 401, 'UNAUTHORIZED');
    await expectError(() => server.call(`/api/v1/learner/${priya}/dashboard/`, { token: 'not-the-token' }), 403, 'FORBIDDEN');
    await expectError(() => server.call(`/api/v1/learner/${priya}/assessment/start/`, { method: 'POST', token: `${TEST_TOKEN}x` }), 403, 'FORBIDDEN');
    await expectError(() => server.call('/api/openapi.json', { token: null }), 401, 'UNAUTHORIZED');
    expect((await server.call('/healthz', { token: null })).status).toBe(200);
    // The Bot Framework endpoint is authenticated by Bot Framework tokens, not by API_TOKEN.
    expect((await server.call('/api/messages', { method: 'POST', token: null })).status).not.toBe(401);
  });

  it('an oversized body is 413', async () => {
    const answers = Object.fromEntries(Array.from({ length: 20_000 }, (_, index) => [String(index + 1), 'A']));
    await expectError(() => server.call(`/api/v1/learner/${priya}/assessment/submit/`, { json: { answers } }), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('without API_TOKEN only loopback clients are answered', async () => {
    const open = await startTestServer({ API_TOKEN: '' });
    try {
      expect((await open.call(`/api/v1/learner/${priya}/progress-bar/`, { token: null })).status).toBe(200);
      // A page elsewhere making this machine's browser post here (no preflight for a form) is refused, and changes nothing.
      const crossSite = await open.call(`/api/v1/learner/${priya}/assessment/start/`, { method: 'POST', token: null, headers: { origin: 'https://evil.example' } });
      expect(crossSite.status).toBe(403);
      expect(await open.db.assessmentSession.count({ where: { employeeId: priya } })).toBe(0);
      // A page of this machine (the web chat, a local front end) may.
      expect((await open.call(`/api/v1/learner/${priya}/progress-bar/`, { token: null, headers: { origin: 'http://localhost:5173' } })).status).toBe(200);
    } finally {
      await open.stop();
    }
    // The rule itself, for a client on another machine (no traffic leaves this one in tests).
    const verdict = await new Promise<unknown>((resolve) =>
      apiAccess(undefined)({ headers: { host: 'localhost:3000' }, socket: { remoteAddress: '203.0.113.7' } } as never, {} as never, resolve),
    );
    expect(verdict).toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });
});
