import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLogViewSchema } from '../../src/core/audit/views.js';
import { employeeId } from '../helpers/test-app.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

type Operation = { method: string; path: string; operationId: string; audit: string | undefined };
type Call = { path: string; init?: RequestInit & { json?: unknown } };

/**
 * Every admin and manager route of /api/v1 records exactly one audit entry when it answers 2xx: the API token as
 * actor, the action the route states (and the OpenAPI document shows), the subject, the time. Read from the
 * OpenAPI document, so a new admin or manager route without an audit entry, or without a call here, fails.
 * A learner's own reads record nothing.
 */
describe('REST API: the audit log records every admin and manager route', () => {
  let server: TestServer;
  let operations: Operation[];
  let questionKeys: string[];

  beforeAll(async () => {
    server = await startTestServer();
    const document = (await (await server.call('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { operationId: string; 'x-audit-action'?: string }>> };
    operations = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({ method, path, operationId: operation.operationId, audit: operation['x-audit-action'] })),
    );
    const bank = (await (await server.call('/api/v1/admin/questions?skill=sql')).json()) as { questions: { key: string }[] };
    questionKeys = bank.questions.map((question) => question.key);
  });
  afterAll(() => server.stop());

  const isAdminOrManager = (operation: Operation) => /^\/api\/v1\/(admin|manager)\//.test(operation.path);
  const lastId = async () => (await server.db.auditEntry.findFirst({ orderBy: { id: 'desc' }, select: { id: true } }))?.id ?? 0;

  /** a call of each admin and manager operation that answers 2xx, and the subject its entry names */
  const calls: Record<string, () => Promise<Call & { subject: string }>> = {
    importOrganisation: async () => {
      const exported = (await (await server.call('/api/v1/admin/export')).json()) as { skills: unknown[] };
      return { path: '/api/v1/admin/import', init: { json: { skills: exported.skills.slice(0, 2) } }, subject: 'organisation' };
    },
    exportOrganisation: async () => ({ path: '/api/v1/admin/export', subject: 'organisation' }),
    exportOrganisationCsv: async () => ({ path: '/api/v1/admin/export/employees.csv', subject: 'organisation' }),
    getTeamReportCsv: async () => ({ path: `/api/v1/manager/${await employeeId(server.db, 'E1001')}/team-report.csv`, subject: 'team of E1001' }),
    getTeam: async () => ({ path: `/api/v1/manager/${await employeeId(server.db, 'E1001')}/team`, subject: 'team of E1001' }),
    getTeamHeatMap: async () => ({ path: `/api/v1/manager/${await employeeId(server.db, 'E1001')}/team/heat-map`, subject: 'team of E1001' }),
    getTeamHeatMapPng: async () => ({ path: `/api/v1/manager/${await employeeId(server.db, 'E1001')}/team/heat-map.png`, subject: 'team of E1001' }),
    getOrgHeatMap: async () => ({ path: '/api/v1/admin/heat-map', subject: 'organisation' }),
    getOrgHeatMapPng: async () => ({ path: '/api/v1/admin/heat-map.png', subject: 'organisation' }),
    listBankQuestions: async () => ({ path: '/api/v1/admin/questions?status=ACTIVE', subject: 'question bank' }),
    getReviewQueue: async () => ({ path: '/api/v1/admin/questions/review', subject: 'question bank' }),
    approveBankQuestion: async () => ({ path: `/api/v1/admin/questions/${questionKeys[0]}/approve`, init: { method: 'POST' }, subject: `question ${questionKeys[0]}` }),
    editBankQuestion: async () => ({ path: `/api/v1/admin/questions/${questionKeys[0]}`, init: { method: 'PATCH', json: { explanation: 'Clearer now.' } }, subject: `question ${questionKeys[0]}` }),
    retireBankQuestion: async () => ({ path: `/api/v1/admin/questions/${questionKeys[1]}/retire`, init: { method: 'POST' }, subject: `question ${questionKeys[1]}` }),
    listRoles: async () => ({ path: '/api/v1/admin/roles', subject: 'roles' }),
    addRoleSkill: async () => ({ path: '/api/v1/admin/roles/fullstack-developer/skills', init: { json: { skill: 'docker', targetLevel: 2 } }, subject: 'role fullstack-developer' }),
    changeRoleSkill: async () => ({ path: '/api/v1/admin/roles/fullstack-developer/skills/docker', init: { method: 'PATCH', json: { targetLevel: 3 } }, subject: 'role fullstack-developer' }),
    removeRoleSkill: async () => ({ path: '/api/v1/admin/roles/fullstack-developer/skills/docker', init: { method: 'DELETE' }, subject: 'role fullstack-developer' }),
    listAuditEntries: async () => ({ path: '/api/v1/admin/audit?action=team.read', subject: 'audit log' }),
    exportPersonalData: async () => ({ path: '/api/v1/admin/employees/E3006/personal-data', subject: 'E3006' }),
    // The erase names the person by their new pseudonym from the start.
    erasePerson: async () => ({ path: '/api/v1/admin/employees/E3007/erase', init: { json: { confirm: 'E3007' } }, subject: expect.stringMatching(/^erased person [0-9a-f]{12}$/) as unknown as string }),
  };

  it('states an audit action on every admin and manager operation, and none on a learner operation', () => {
    const adminOrManager = operations.filter(isAdminOrManager);
    expect(adminOrManager.length).toBeGreaterThanOrEqual(Object.keys(calls).length);
    for (const operation of adminOrManager) expect({ operation: operation.operationId, audit: operation.audit }).toEqual({ operation: operation.operationId, audit: expect.any(String) });
    for (const operation of operations.filter((operation) => !isAdminOrManager(operation))) expect({ operation: operation.operationId, audit: operation.audit }).toEqual({ operation: operation.operationId, audit: undefined });
    // and each has a call below, so the next test proves it records
    expect(adminOrManager.map((operation) => operation.operationId).sort()).toEqual(Object.keys(calls).sort());
  });

  it('records exactly one entry per call: the API token, the action, the subject and the time', async () => {
    for (const operation of operations.filter(isAdminOrManager)) {
      const call = await calls[operation.operationId]!();
      const before = await lastId();
      const startedAt = Date.now();
      const response = await server.call(call.path, call.init);
      expect({ operation: operation.operationId, status: response.status }).toEqual({ operation: operation.operationId, status: expect.toSatisfy((status: number) => status >= 200 && status < 300) });
      await response.arrayBuffer();
      const entries = await server.db.auditEntry.findMany({ where: { id: { gt: before } } });
      expect({ operation: operation.operationId, entries: entries.map((entry) => ({ action: entry.action, actor: [entry.actorKind, entry.actorId, entry.actorLabel], channel: entry.channel, subject: entry.subjectLabel })) }).toEqual({
        operation: operation.operationId,
        entries: [{ action: operation.audit, actor: ['api-token', null, 'API token'], channel: 'rest', subject: call.subject }],
      });
      expect(entries[0]!.at.getTime()).toBeGreaterThanOrEqual(startedAt - 1000);
      expect(entries[0]!.at.getTime()).toBeLessThanOrEqual(Date.now() + 1000);
    }
  });

  it('records the import in the same transaction, with what it did; a dry run says so; a refused one records nothing', async () => {
    const exported = (await (await server.call('/api/v1/admin/export')).json()) as { roles: unknown[] };
    const before = await lastId();
    expect((await server.call('/api/v1/admin/import?dry_run=true', { json: { roles: exported.roles.slice(0, 1) } })).status).toBe(200);
    expect((await server.call('/api/v1/admin/import', { json: { roles: [{ key: 'no-such' }] } })).status).toBe(422);
    const entries = await server.db.auditEntry.findMany({ where: { id: { gt: before } } });
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0]!.detail)).toEqual({ dryRun: true, sections: ['roles'], received: { roles: 1 }, created: { roles: 0 }, updated: { roles: 0 } });
  });

  it('records a role or question change with what the core changed; a refused change, or one that changes nothing, records nothing', async () => {
    const entriesAfter = async (id: number) =>
      (await server.db.auditEntry.findMany({ where: { id: { gt: id } }, orderBy: { id: 'asc' } })).map((entry) => ({ action: entry.action, subject: entry.subjectLabel, detail: JSON.parse(entry.detail) as unknown }));
    const key = questionKeys[2]!;
    const question = (await (await server.call(`/api/v1/admin/questions?skill=sql`)).json()) as { questions: { key: string; options: Record<string, string> }[] };
    const taken = question.questions.find((entry) => entry.key === key)!.options.B;
    const role = (await (await server.call('/api/v1/admin/roles')).json()) as { roles: { key: string; skills: { skill: { key: string }; targetLevel: number }[] }[] };
    const sql = role.roles.find((entry) => entry.key === 'fullstack-developer')!.skills.find((entry) => entry.skill.key === 'sql')!;
    let before = await lastId();
    // refused by the core: a skill the role already expects, the last skill of a role, options that repeat, a retired question
    expect((await server.call('/api/v1/admin/roles/fullstack-developer/skills', { json: { skill: 'sql', targetLevel: 2 } })).status).toBe(409);
    expect((await server.call(`/api/v1/admin/questions/${key}`, { method: 'PATCH', json: { options: { A: taken } } })).status).toBe(422);
    expect((await server.call(`/api/v1/admin/questions/${questionKeys[1]}/approve`, { method: 'POST' })).status).toBe(409);
    // accepted, but nothing changes: the same target level again, the same explanation again, retiring again
    expect((await server.call('/api/v1/admin/roles/fullstack-developer/skills/sql', { method: 'PATCH', json: { targetLevel: sql.targetLevel } })).status).toBe(200);
    expect((await server.call(`/api/v1/admin/questions/${questionKeys[0]}`, { method: 'PATCH', json: { explanation: 'Clearer now.' } })).status).toBe(200);
    expect((await server.call(`/api/v1/admin/questions/${questionKeys[1]}/retire`, { method: 'POST' })).status).toBe(200);
    expect(await entriesAfter(before)).toEqual([]);

    // a change: the entry says what the core did, which the request alone does not tell
    before = await lastId();
    expect((await server.call('/api/v1/admin/roles/fullstack-developer/skills/sql', { method: 'PATCH', json: { targetLevel: sql.targetLevel === 5 ? 4 : sql.targetLevel + 1 } })).status).toBe(200);
    expect((await server.call(`/api/v1/admin/questions/${key}`, { method: 'PATCH', json: { stem: 'Which clause filters groups?', explanation: 'HAVING filters groups.', options: { A: question.questions.find((entry) => entry.key === key)!.options.A } } })).status).toBe(200);
    expect(await entriesAfter(before)).toEqual([
      { action: 'role.change', subject: 'role fullstack-developer', detail: { role: 'fullstack-developer', skill: 'sql', change: 'change', category: 'CORE', targetLevel: sql.targetLevel === 5 ? 4 : sql.targetLevel + 1 } },
      { action: 'question.change', subject: `question ${key}`, detail: { key, change: 'edit', fields: ['stem', 'explanation'], statisticsReset: true } },
    ]);
  });

  it('records nothing when a call fails, nor for a learner reading their own data', async () => {
    const priya = await employeeId(server.db, 'E2001');
    const before = await lastId();
    expect((await server.call('/api/v1/manager/999999/team')).status).toBe(404);
    expect((await server.call('/api/v1/admin/roles/astronaut/skills/sql', { method: 'PATCH', json: { targetLevel: 2 } })).status).toBe(404);
    expect((await server.call('/api/v1/admin/roles', { token: null })).status).toBe(401);
    const learnerReads = operations.filter((operation) => operation.method === 'get' && operation.path.startsWith('/api/v1/learner/{employeeId}/') && !operation.path.includes('{sessionId}'));
    expect(learnerReads.length).toBeGreaterThanOrEqual(8);
    for (const operation of learnerReads) {
      const response = await server.call(operation.path.replace('{employeeId}', String(priya)));
      await response.arrayBuffer();
      expect(response.status).toBeLessThan(500);
    }
    expect(await lastId()).toBe(before);
  });

  it('GET /api/v1/admin/audit filters by subject, actor, action and time, newest first, a page at a time', async () => {
    const maya = await employeeId(server.db, 'E1001');
    const t0 = new Date();
    for (let i = 0; i < 3; i += 1) await (await server.call(`/api/v1/manager/${maya}/team`)).arrayBuffer();
    const read = async (query: string) => {
      const response = await server.call(`/api/v1/admin/audit?${query}`);
      expect(response.status).toBe(200);
      return auditLogViewSchema.parse(await response.json());
    };
    const first = await read(`subject=E1001&action=team.read&from=${encodeURIComponent(t0.toISOString())}&limit=2`);
    expect(first.entries).toHaveLength(2);
    expect(first.entries[0]!.id).toBeGreaterThan(first.entries[1]!.id);
    expect(first.entries[0]).toMatchObject({ actor: { kind: 'api-token', id: null, label: 'API token' }, channel: 'rest', action: 'team.read', subject: { employeeId: null, label: 'team of E1001' } });
    expect(first.entries[0]!.meaning).toMatch(/team/);
    expect(first.nextCursor).toBe(first.entries[1]!.id);
    const second = await read(`subject=E1001&action=team.read&from=${encodeURIComponent(t0.toISOString())}&limit=2&cursor=${first.nextCursor}`);
    expect(second.entries).toHaveLength(1);
    expect(second.nextCursor).toBeNull();
    expect(second.entries[0]!.id).toBeLessThan(first.entries[1]!.id);

    // other filters: nothing in a window long ago, nothing by another actor, and reading is itself recorded
    expect((await read('action=team.read&from=2000-01-01T00:00:00Z&to=2000-01-02T00:00:00Z')).entries).toEqual([]);
    expect((await read(`action=team.read&to=${encodeURIComponent(t0.toISOString())}`)).entries.every((entry) => entry.at <= t0.toISOString())).toBe(true);
    expect((await read('actorKind=web-account&action=team.read')).entries).toEqual([]);
    expect((await read('actorLabel=API%20token&action=audit.read&limit=1')).entries[0]).toMatchObject({ action: 'audit.read', subject: { label: 'audit log' } });
    expect((await read('subject=E9999')).entries).toEqual([]);
  });

  it('refuses filters that are not valid with a stable code', async () => {
    const codeOf = async (query: string) => {
      const response = await server.call(`/api/v1/admin/audit?${query}`);
      return { status: response.status, code: ((await response.json()) as { error: { code: string } }).error.code };
    };
    expect(await codeOf('action=employee.delete')).toEqual({ status: 422, code: 'VALIDATION_FAILED' });
    expect(await codeOf('from=yesterday')).toEqual({ status: 422, code: 'VALIDATION_FAILED' });
    expect(await codeOf('limit=1000')).toEqual({ status: 422, code: 'VALIDATION_FAILED' });
    expect(await codeOf('from=2030-01-02T00:00:00Z&to=2030-01-01T00:00:00Z')).toEqual({ status: 422, code: 'INVALID_INPUT' });
  });
});
