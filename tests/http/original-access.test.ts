import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORDS } from '../../src/seed/demo-accounts.js';
import { employeeId } from '../helpers/test-app.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { accessTokenFor } from '../helpers/web-sign-in.js';

/**
 * Who may call the original's routes, with real sign-ins (the demo organisation's web accounts): a learner acts
 * only for their own employee, never on an admin route; nobody anonymous; an admin account for anyone.
 */
describe("the original's routes: who may call what", () => {
  let server: TestServer;
  let priya: number;
  let daniel: number;
  let learner: string;
  let admin: string;

  beforeAll(async () => {
    server = await startTestServer();
    priya = await employeeId(server.db, 'E2001');
    daniel = await employeeId(server.db, 'E3002');
    const signIn = (username: string, password: string) => accessTokenFor(server, username, password);
    learner = await signIn('priya.natarajan', DEMO_PASSWORDS.learner);
    admin = await signIn('admin', DEMO_PASSWORDS.admin);
  });
  afterAll(() => server.stop());

  const body = async (response: Response) => ({ status: response.status, json: (await response.json()) as Record<string, unknown> });

  it("lets a learner use their own routes and refuses another learner's with 403 {error: Forbidden}, changing nothing", async () => {
    expect((await server.call(`/api/learner/${priya}/progress-bar/`, { token: learner })).status).toBe(200);
    expect((await server.call(`/api/learner/employees/${priya}/`, { token: learner })).status).toBe(200);
    const before = await server.db.assessmentSession.count({ where: { employeeId: daniel } });
    for (const [method, path] of [
      ['GET', `/api/learner/${daniel}/progress-bar/`],
      ['GET', `/api/learner/${daniel}/dashboard/`],
      ['POST', `/api/learner/${daniel}/assessment/start/`],
      ['POST', `/api/learner/${daniel}/generate_learning_path/`],
      ['GET', `/api/learner/${daniel}/learning-path/`],
    ] as const) {
      expect(await body(await server.call(path, { method, token: learner })), `${method} ${path}`).toEqual({ status: 403, json: { error: 'Forbidden' } });
    }
    expect(await body(await server.call(`/api/learner/employees/${daniel}/`, { token: learner }))).toEqual({ status: 403, json: { error: 'Permission denied' } });
    const update = await server.call(`/api/learner/employees/${daniel}/update/`, { method: 'PUT', token: learner, json: { name: 'Changed by Priya' } });
    expect(update.status).toBe(403);
    expect((await server.db.employee.findUniqueOrThrow({ where: { id: daniel } })).name).toBe('Daniel Kim');
    expect(await server.db.assessmentSession.count({ where: { employeeId: daniel } })).toBe(before);
  });

  it('refuses a learner on the admin routes with 403 {detail}, and anyone anonymous with 401 {detail}', async () => {
    for (const path of ['/api/admin/analytics/', '/api/learner/employees/']) {
      const refused = await body(await server.call(path, { token: learner }));
      expect(refused.status).toBe(403);
      expect(Object.keys(refused.json)).toEqual(['detail']);
      const anonymous = await body(await server.call(path, { token: null }));
      expect(anonymous.status).toBe(401);
      expect(Object.keys(anonymous.json)).toEqual(['detail']);
    }
    const create = await server.call('/api/learner/employees/create/', { method: 'POST', token: learner, json: { name: 'Intruder', email: 'intruder@example.com', tsr_role: 'Data Engineer' } });
    expect(create.status).toBe(403);
    expect(await server.db.employee.count({ where: { email: 'intruder@example.com' } })).toBe(0);
  });

  it('lets an admin account read anyone and the admin routes', async () => {
    expect((await server.call(`/api/learner/${daniel}/progress-bar/`, { token: admin })).status).toBe(200);
    expect((await server.call('/api/admin/analytics/', { token: admin })).status).toBe(200);
    const everyone = (await (await server.call('/api/learner/employees/', { token: admin })).json()) as { id: number }[];
    expect(everyone.map((entry) => entry.id)).toEqual(expect.arrayContaining([priya, daniel]));
  });
});
