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

  it('records a role change, a question retired and an import with the change itself, naming the admin; a refused change records nothing', async () => {
    const rolesPage = await (await fetch(`${server.url}/app/admin/roles`, { headers: { cookie } })).text();
    const csrf = /name="csrf" value="([^"]+)"/.exec(rolesPage)![1]!;
    const post = async (path: string, fields: Record<string, string>) => {
      const response = await fetch(`${server.url}${path}`, { method: 'POST', headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ csrf, ...fields }), redirect: 'manual' });
      await response.arrayBuffer();
      return response.status;
    };
    const withDetail = async (id: number) =>
      (await server.db.auditEntry.findMany({ where: { id: { gt: id } }, orderBy: { id: 'asc' } })).map((entry) => ({
        actor: [entry.actorKind, entry.actorId, entry.actorLabel],
        channel: entry.channel,
        action: entry.action,
        subject: entry.subjectLabel,
        detail: JSON.parse(entry.detail) as unknown,
      }));
    const question = (await server.db.bankQuestion.findFirstOrThrow({ where: { status: 'ACTIVE' }, orderBy: { key: 'asc' } })).key;
    const me = ['employee', maya, 'E1001'];

    let before = await lastId();
    expect(await post('/app/admin/roles/fullstack-developer/skills/sql', { category: 'CORE', targetLevel: '9' })).toBe(422);
    expect(await post('/app/admin/roles/fullstack-developer/skills', { skill: 'sql', category: 'CORE', targetLevel: '2' })).toBe(409);
    expect(await post('/app/admin/import', { name: 'bad.json', kind: 'auto', content: JSON.stringify({ roles: [{ key: 'no-such' }] }) })).toBe(422);
    expect(await withDetail(before)).toEqual([]);

    const skills = (await (await server.call('/api/v1/admin/export')).json()) as { skills: unknown[] };
    before = await lastId();
    expect(await post('/app/admin/roles/fullstack-developer/skills', { skill: 'docker', category: 'NICE_TO_HAVE', targetLevel: '2' })).toBe(200);
    expect(await post(`/app/admin/questions/${question}/retire`, {})).toBe(200);
    expect(await post('/app/admin/import/preview', { name: 'skills.json', kind: 'auto', content: JSON.stringify({ skills: skills.skills.slice(0, 1) }) })).toBe(200);
    expect(await withDetail(before)).toEqual([
      { actor: me, channel: 'console', action: 'role.change', subject: 'role fullstack-developer', detail: { role: 'fullstack-developer', skill: 'docker', change: 'add', category: 'NICE_TO_HAVE', targetLevel: 2 } },
      { actor: me, channel: 'console', action: 'question.change', subject: `question ${question}`, detail: { key: question, change: 'retire', from: 'ACTIVE' } },
      { actor: me, channel: 'console', action: 'organisation.import', subject: 'organisation', detail: { dryRun: true, sections: ['skills'], received: { skills: 1 }, created: { skills: 0 }, updated: { skills: 0 } } },
    ]);
  });

  it("records nothing for the person's own pages, nor for a page refused or not found", async () => {
    const before = await lastId();
    expect(await open('/app')).toBe(200);
    expect(await open(`/app/team/${daniel}`)).toBe(403);
    expect(await open('/app/admin/export/secrets.csv')).toBe(404);
    expect(await entriesAfter(before)).toEqual([]);
  });
});
