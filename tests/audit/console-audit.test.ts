import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeeId } from '../helpers/test-app.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * The web console over HTTP, signed in through a one-time link as the bot sends it: a manager's team pages and an
 * admin's pages record one entry each, naming the signed-in employee; a person's own pages and a refused page
 * record nothing.
 */
describe('the audit log in the web console', () => {
  let server: TestServer;
  let maya: number;
  let priya: number;
  let daniel: number;
  let cookie = '';

  beforeAll(async () => {
    server = await startTestServer({ ADMIN_EMAILS: 'maya.chen@example.com' });
    maya = await employeeId(server.db, 'E1001');
    priya = await employeeId(server.db, 'E2001');
    daniel = await employeeId(server.db, 'E3002');
    const link = await server.core.issueSignInLink({ employeeId: maya, landing: '/app' });
    const signedIn = await fetch(`${server.url}/app/sign-in/${link.token}`, { method: 'POST', redirect: 'manual' });
    expect(signedIn.status).toBe(303);
    cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
  });
  afterAll(() => server.stop());

  const open = async (path: string) => {
    const response = await fetch(`${server.url}${path}`, { headers: { cookie }, redirect: 'manual' });
    await response.arrayBuffer();
    return response.status;
  };
  const lastId = async () => (await server.db.auditEntry.findFirst({ orderBy: { id: 'desc' }, select: { id: true } }))?.id ?? 0;
  const entriesAfter = async (id: number) =>
    (await server.db.auditEntry.findMany({ where: { id: { gt: id } }, orderBy: { id: 'asc' } })).map((entry) => ({
      actor: [entry.actorKind, entry.actorId, entry.actorLabel],
      channel: entry.channel,
      action: entry.action,
      subject: [entry.subjectId, entry.subjectLabel],
    }));

  it("records each team and admin page served, naming the signed-in manager and admin", async () => {
    const me = ['employee', maya, 'E1001'];
    const pages: [string, string, [number | null, string]][] = [
      ['/app/team', 'team.read', [null, 'team of E1001']],
      ['/app/team/heat-map.png', 'team.heat-map.read', [null, 'team of E1001']],
      ['/app/team/report.csv', 'team.report.read', [null, 'team of E1001']],
      [`/app/team/${priya}`, 'person.read', [priya, 'E2001']],
      [`/app/team/${priya}/skill-profile.png`, 'person.read', [priya, 'E2001']],
      ['/app/admin', 'organisation.read', [null, 'organisation']],
      ['/app/admin/heat-map.png', 'organisation.read', [null, 'organisation']],
      ['/app/admin/export/organisation.json', 'organisation.export', [null, 'organisation']],
      ['/app/admin/export/employees.csv', 'organisation.export', [null, 'organisation']],
      ['/app/admin/questions', 'question.read', [null, 'question bank']],
      ['/app/admin/questions/bank', 'question.read', [null, 'question bank']],
      ['/app/admin/roles', 'role.read', [null, 'roles']],
    ];
    for (const [path, action, subject] of pages) {
      const before = await lastId();
      expect({ path, status: await open(path) }).toEqual({ path, status: 200 });
      expect({ path, entries: await entriesAfter(before) }).toEqual({ path, entries: [{ actor: me, channel: 'console', action, subject }] });
    }
  });

  it("records nothing for the person's own pages, nor for a page refused or not found", async () => {
    const before = await lastId();
    expect(await open('/app')).toBe(200);
    expect(await open(`/app/team/${daniel}`)).toBe(403);
    expect(await open('/app/admin/export/secrets.csv')).toBe(404);
    expect(await entriesAfter(before)).toEqual([]);
  });
});
