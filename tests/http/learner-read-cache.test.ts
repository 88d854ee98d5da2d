import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../../src/db/database-url.js';
import { createPrismaClient, type Db } from '../../src/db/prisma-client.js';
import { sample } from '../helpers/prometheus-text.js';
import { startTestServer, TEST_TOKEN, type TestServer } from '../helpers/test-server.js';

/** A GET with If-None-Match, as an HTTP cache sends it (fetch would add Cache-Control: no-cache and never get a 304). */
function conditionalGet(url: string, etag: string): Promise<{ status: number; etag: string | undefined; body: string }> {
  return new Promise((resolve, reject) => {
    const outgoing = request(url, { headers: { authorization: `Bearer ${TEST_TOKEN}`, 'if-none-match': etag } }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, etag: response.headers.etag, body }));
    });
    outgoing.on('error', reject).end();
  });
}

/**
 * Learner reads are kept between reads (READ_CACHE_MB) and must never be stale: server A keeps them, server
 * B writes on the same database as another process would, a plain database client writes past every code
 * path, and after each write A's dashboard, progress bar and learning path are exactly what server C
 * (nothing kept) computes from the database.
 */
describe('kept learner reads follow every write, from any process', () => {
  let a: TestServer;
  let b: TestServer;
  let c: TestServer;
  let sql: Db;
  let learner: { id: number; managerId: number; roleKey: string };

  beforeAll(async () => {
    a = await startTestServer();
    b = await startTestServer({ DATABASE_URL: a.databaseUrl });
    c = await startTestServer({ DATABASE_URL: a.databaseUrl, READ_CACHE_MB: '0' });
    sql = await createPrismaClient(parseDatabaseUrl(a.databaseUrl));
    const row = await sql.employee.findFirstOrThrow({ where: { managerId: { not: null }, roleId: { not: null } }, include: { role: true }, orderBy: { id: 'asc' } });
    learner = { id: row.id, managerId: row.managerId!, roleKey: row.role!.key };
  }, 60_000);

  afterAll(async () => {
    await sql?.$disconnect();
    await c?.stop();
    await b?.stop();
    await a?.stop();
  });

  const reads = ['dashboard', 'progress-bar', 'learning-path'] as const;
  async function pathItems(server: TestServer) {
    const path = (await read(server, 'learning-path')).body as { groups: Array<{ items: Array<{ contentId: number; status: string }> }> };
    return path.groups.flatMap((group) => group.items);
  }
  async function read(server: TestServer, what: (typeof reads)[number]) {
    const response = await server.call(`/api/v1/learner/${learner.id}/${what}/`);
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  /** A's reads (read twice, so the second comes from what A keeps) equal C's, computed afresh. */
  async function expectFresh() {
    for (const what of reads) {
      const first = await read(a, what);
      const kept = await read(a, what);
      const fresh = await read(c, what);
      expect(kept, what).toEqual(fresh);
      expect(first, what).toEqual(fresh);
    }
    return (await read(a, 'dashboard')).body as { profile: { employee: { manager: { name: string } | null }; expectedSkills: Array<{ name: string; targetLevel: number }> }; assessment: { status: string } | null; learningPath: unknown; progress: { percent: number } };
  }

  it('after sittings, paths and progress written by another server', async () => {
    const before = await expectFresh();
    expect(before.assessment).toBeNull();

    await b.call(`/api/v1/learner/${learner.id}/assessment/start/`, { method: 'POST' });
    expect((await expectFresh()).assessment?.status).toBe('STARTED');

    const set = (await (await b.call(`/api/v1/learner/${learner.id}/assessment/questions/`, { method: 'POST' })).json()) as { questions: Array<{ questionId: number }> };
    await expectFresh();
    const answers = Object.fromEntries(set.questions.map((question) => [String(question.questionId), 'A']));
    expect((await b.call(`/api/v1/learner/${learner.id}/assessment/submit/`, { json: { answers } })).status).toBe(200);
    expect((await expectFresh()).assessment?.status).toBe('COMPLETED');

    expect((await b.call(`/api/v1/learner/${learner.id}/learning-path/generate/`, { method: 'POST' })).status).toBe(201);
    const withPath = await expectFresh();
    expect(withPath.learningPath).not.toBeNull();

    const contentId = (await pathItems(a))[0]!.contentId;
    expect((await b.call(`/api/v1/learner/${learner.id}/learning/${contentId}/start/`, { method: 'POST' })).status).toBe(200);
    await expectFresh();
    expect((await b.call(`/api/v1/learner/${learner.id}/learning/${contentId}/complete/`, { method: 'POST' })).status).toBe(200);
    const done = await expectFresh();
    expect(done.progress.percent).toBe(100);
  });

  it('after a write that goes past every code path (plain SQL), to a row the person owns through another', async () => {
    const items = await pathItems(a);
    const open = items.find((item) => item.status === 'NOT_STARTED')!;
    const existing = await sql.learningProgress.findUnique({ where: { employeeId_contentId: { employeeId: learner.id, contentId: open.contentId } } });
    if (existing) await sql.$executeRaw`UPDATE "LearningProgress" SET "status" = 'DONE' WHERE "id" = ${existing.id}`;
    else await sql.$executeRaw`INSERT INTO "LearningProgress" ("employeeId", "contentId", "status", "updatedAt") VALUES (${learner.id}, ${open.contentId}, 'DONE', ${new Date()})`;
    await expectFresh();
    expect((await pathItems(a)).find((item) => item.contentId === open.contentId)?.status).toBe('DONE');

    // A path item (its person known only through its path) removed behind the server's back.
    const pathRow = await sql.learningPath.findUniqueOrThrow({ where: { currentSlot: learner.id }, include: { items: { orderBy: { position: 'desc' }, take: 1 } } });
    await sql.$executeRaw`DELETE FROM "LearningPathItem" WHERE "id" = ${pathRow.items[0]!.id}`;
    expect(await pathItems(a)).toHaveLength(items.length - 1);
    await expectFresh();
  });

  it("after the role's expected skills change, and the manager's name", async () => {
    const before = await expectFresh();
    const skill = before.profile.expectedSkills[0]!;
    const skills = (await (await b.call('/api/v1/admin/roles')).json()) as { roles: Array<{ key: string; skills: Array<{ skill: { key: string; name: string }; targetLevel: number }> }> };
    const expected = skills.roles.find((role) => role.key === learner.roleKey)!.skills.find((entry) => entry.skill.name === skill.name)!;
    const target = expected.targetLevel === 5 ? 4 : expected.targetLevel + 1;
    expect((await b.call(`/api/v1/admin/roles/${learner.roleKey}/skills/${expected.skill.key}`, { method: 'PATCH', json: { targetLevel: target } })).status).toBe(200);
    const changed = await expectFresh();
    expect(changed.profile.expectedSkills.find((entry) => entry.name === skill.name)?.targetLevel).toBe(target);

    await sql.employee.update({ where: { id: learner.managerId }, data: { name: 'Renamed Manager' } });
    expect((await expectFresh()).profile.employee.manager?.name).toBe('Renamed Manager');
  });

  it('answers a repeated read with 304 while it is current (ETag), and with the new view after a write', async () => {
    const first = await a.call(`/api/v1/learner/${learner.id}/dashboard/`);
    const etag = first.headers.get('etag')!;
    expect(first.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(etag).toBeTruthy();
    expect((await conditionalGet(`${a.url}/api/v1/learner/${learner.id}/dashboard/`, etag)).status).toBe(304);
    await sql.employee.update({ where: { id: learner.id }, data: { title: 'Changed title' } });
    const changed = await conditionalGet(`${a.url}/api/v1/learner/${learner.id}/dashboard/`, etag);
    expect(changed.status).toBe(200);
    expect(changed.etag).not.toBe(etag);
    expect((JSON.parse(changed.body) as { profile: { employee: { title: string } } }).profile.employee.title).toBe('Changed title');
  });

  it('a question recalibrated by answers elsewhere does not drop what is kept; a retired one does', async () => {
    await expectFresh();
    const stamp = async () => (await sql.catalogueStamp.findUniqueOrThrow({ where: { id: 1 } })).version;
    const before = await stamp();
    const question = await sql.bankQuestion.findFirstOrThrow({ where: { status: 'ACTIVE' }, orderBy: { id: 'asc' } });
    await sql.bankQuestion.update({ where: { id: question.id }, data: { difficultyLogit: question.difficultyLogit + 0.1, answerCount: { increment: 1 } } });
    expect(await stamp()).toBe(before);
    await sql.bankQuestion.update({ where: { id: question.id }, data: { status: 'RETIRED' } });
    expect(await stamp()).toBeGreaterThan(before);
    await expectFresh();
  });

  it("shows operators how many reads were served from what was kept, and how many computed (GET /metrics)", async () => {
    const text = await (await a.call('/metrics')).text();
    expect(sample(text, 'skillcheck_read_cache_reads', { outcome: 'kept' })).toBeGreaterThan(10);
    expect(sample(text, 'skillcheck_read_cache_reads', { outcome: 'computed' })).toBeGreaterThan(5);
    expect(sample(text, 'skillcheck_read_cache_views')).toBeGreaterThanOrEqual(3);
    const off = await (await c.call('/metrics')).text();
    expect(off).not.toContain('skillcheck_read_cache_reads');
  });
});
