import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORDS } from '../../src/seed/demo-accounts.js';
import { employeeId } from '../helpers/test-app.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { accessTokenFor } from '../helpers/web-sign-in.js';

/**
 * The original's routes with real sign-ins: an admin web account's reads and changes, and any read of another
 * person's data, record one entry naming the web account; a learner's own reads record nothing.
 */
describe("the audit log on the original's routes", () => {
  let server: TestServer;
  let priya: number;
  let daniel: number;
  let learner: string;
  let admin: string;
  let adminAccountId: number;

  beforeAll(async () => {
    server = await startTestServer();
    priya = await employeeId(server.db, 'E2001');
    daniel = await employeeId(server.db, 'E3002');
    const signIn = (username: string, password: string) => accessTokenFor(server, username, password);
    learner = await signIn('priya.natarajan', DEMO_PASSWORDS.learner);
    admin = await signIn('admin', DEMO_PASSWORDS.admin);
    adminAccountId = (await server.db.webAccount.findUniqueOrThrow({ where: { username: 'admin' } })).id;
  });
  afterAll(() => server.stop());

  const lastId = async () => (await server.db.auditEntry.findFirst({ orderBy: { id: 'desc' }, select: { id: true } }))?.id ?? 0;
  const entriesAfter = async (id: number) =>
    (await server.db.auditEntry.findMany({ where: { id: { gt: id } }, orderBy: { id: 'asc' } })).map((entry) => ({
      actor: [entry.actorKind, entry.actorId, entry.actorLabel],
      channel: entry.channel,
      action: entry.action,
      subject: [entry.subjectId, entry.subjectLabel],
      detail: JSON.parse(entry.detail) as unknown,
    }));

  it("records each admin read and change with the web account: analytics, the employee list, another person's data", async () => {
    const webAdmin = ['web-account', adminAccountId, 'admin'];
    const calls: [string, string, unknown, unknown][] = [
      ['GET', '/api/admin/analytics/', undefined, { actor: webAdmin, channel: 'original-api', action: 'organisation.read', subject: [null, 'organisation'], detail: { view: 'analytics' } }],
      ['GET', '/api/learner/employees/', undefined, { actor: webAdmin, channel: 'original-api', action: 'organisation.read', subject: [null, 'organisation'], detail: { view: 'employees' } }],
      ['GET', `/api/learner/employees/${daniel}/`, undefined, { actor: webAdmin, channel: 'original-api', action: 'person.read', subject: [daniel, 'E3002'], detail: {} }],
      ['GET', `/api/learner/${daniel}/dashboard/`, undefined, { actor: webAdmin, channel: 'original-api', action: 'person.read', subject: [daniel, 'E3002'], detail: {} }],
      ['GET', `/api/learner/${priya}/progress-bar/`, undefined, { actor: webAdmin, channel: 'original-api', action: 'person.read', subject: [priya, 'E2001'], detail: {} }],
      ['PATCH', `/api/learner/employees/${daniel}/update/`, { name: 'Daniel Kim-Park' }, { actor: webAdmin, channel: 'original-api', action: 'person.change', subject: [daniel, 'E3002'], detail: { change: 'update', fields: ['name'] } }],
    ];
    for (const [method, path, json, expected] of calls) {
      const before = await lastId();
      const response = await server.call(path, { method, token: admin, ...(json ? { json } : {}) });
      expect({ path, status: response.status }).toEqual({ path, status: 200 });
      expect({ path, entries: await entriesAfter(before) }).toEqual({ path, entries: [expected] });
    }
  });

  it('records an employee created by an admin under their new employee number', async () => {
    const before = await lastId();
    const created = await server.call('/api/learner/employees/create/', { token: admin, json: { name: 'Ada Lovelace', email: 'ada@example.com', tsr_role: 'Fullstack Developer', current_skills: [] } });
    expect(created.status).toBe(201);
    const id = ((await created.json()) as { id: number }).id;
    const entries = await entriesAfter(before);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actor: ['web-account', adminAccountId, 'admin'], action: 'person.change', subject: [id, expect.stringMatching(/^web-/)], detail: { change: 'create' } });
  });

  it('records nothing when a learner reads or works on their own data, or is refused', async () => {
    const before = await lastId();
    for (const path of [`/api/learner/${priya}/dashboard/`, `/api/learner/${priya}/progress-bar/`, `/api/learner/${priya}/workflow/`, `/api/learner/employees/${priya}/`, `/api/learner/${priya}/learning-path/`]) {
      expect((await server.call(path, { token: learner })).status).toBe(200);
    }
    expect((await server.call(`/api/learner/${daniel}/dashboard/`, { token: learner })).status).toBe(403);
    expect((await server.call('/api/admin/analytics/', { token: learner })).status).toBe(403);
    expect(await entriesAfter(before)).toEqual([]);
  });

  it('names the API token when a service uses the admin routes', async () => {
    const before = await lastId();
    expect((await server.call('/api/admin/analytics/')).status).toBe(200);
    expect(await entriesAfter(before)).toEqual([{ actor: ['api-token', null, 'API token'], channel: 'original-api', action: 'organisation.read', subject: [null, 'organisation'], detail: { view: 'analytics' } }]);
  });
});
