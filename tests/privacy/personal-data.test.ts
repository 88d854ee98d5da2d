import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { slashCommand } from '../../test-kit/slack-requests.js';
import type { Db } from '../../src/core/ports/database.js';
import { startChatRig, type ChatRig } from '../helpers/chat-rig.js';
import { answerKey, employeeId, snapshot, wrongOption } from '../helpers/test-app.js';
import { testProvider } from '../helpers/test-database.js';
import { personModels } from '../helpers/schema-models.js';

const PRIYA = { number: 'E2001', name: 'Priya Natarajan', email: 'priya.natarajan@example.com', username: 'priya.natarajan', slack: 'U0PRIYA001' };
const MAYA_SLACK = 'U0MAYA0001';

interface Whose {
  employee: number;
  sessions: number[];
  paths: number[];
  accounts: number[];
}

/** Whether a row, by its person columns, belongs to the person: the test's own reading of the schema, not the product's. */
function names(row: Record<string, unknown>, whose: Whose, table: string): boolean {
  if (table === 'Employee') return row.id === whose.employee;
  if ([row.employeeId, row.recipientId, row.subjectId].includes(whose.employee)) return true;
  if (row.actorId !== null && row.actorId !== undefined) {
    if (row.actorKind === 'employee' && row.actorId === whose.employee) return true;
    if (row.actorKind === 'web-account' && whose.accounts.includes(Number(row.actorId))) return true;
  }
  if (row.sessionId !== null && row.sessionId !== undefined && whose.sessions.includes(Number(row.sessionId))) return true;
  if (row.pathId !== null && row.pathId !== undefined && whose.paths.includes(Number(row.pathId))) return true;
  if (row.accountId !== null && row.accountId !== undefined && whose.accounts.includes(Number(row.accountId))) return true;
  return false;
}

/** Every row of a table, as plain values (ids as numbers whatever the driver gives). */
async function rowsOf(db: Db, table: string): Promise<Record<string, unknown>[]> {
  const rows = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "${table}"`);
  return rows.map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'bigint' ? Number(value) : value])));
}

/**
 * A person's rights over their data, through the real entry points: Priya Natarajan (E2001) takes a sitting,
 * reports a question, gets a learning path, opens an item, talks to the bot in Slack, signs in to the web and
 * the console, gets a check-in, and appears in her manager's digest. An admin then exports everything stored
 * about her (checked table by table against the schema) and erases her (no row names her afterwards).
 */
describe('personal data: export and erase', () => {
  let rig: ChatRig;
  let db: Db;
  let priya: number;
  let whose: Whose;
  let exported: { tables: Record<string, Record<string, unknown>[]>; digestFigures: { managerId: number; figures: unknown }[]; withheld: { field: string }[] };
  const at = (iso: string) => vi.setSystemTime(new Date(iso));
  const slash = async (user: string, text: string) => {
    const response = await slashCommand(rig.server.url, rig.slack.url, { user_id: user, text, channel_id: `D${user}` });
    expect(response.status).toBe(200);
    await rig.server.settled();
  };

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2026-11-20T10:00:00Z'); // a Friday
    rig = await startChatRig();
    db = rig.server.db;
    priya = await employeeId(db, PRIYA.number);
    const base = `/api/v1/learner/${priya}`;
    await slash(PRIYA.slack, 'status');
    await slash(MAYA_SLACK, 'status');

    // A sitting over REST: every answer of the first skill wrong (a gap, so the path has items), right and wrong in
    // turn within the other skills, so that their verdicts stay open for check-ins.
    const started = (await (await rig.server.call(`${base}/assessment/start/`, { method: 'POST' })).json()) as { sessionId: number };
    const set = (await (await rig.server.call(`${base}/assessment/questions/`, { method: 'POST' })).json()) as { questions: { questionId: number; skill: { id: number } }[] };
    const key = await answerKey(db, started.sessionId);
    const seen = new Map<number, number>();
    const answers = Object.fromEntries(
      set.questions.map((question) => {
        const nth = (seen.get(question.skill.id) ?? 0) + 1;
        seen.set(question.skill.id, nth);
        const right = key.get(question.questionId)!;
        return [question.questionId, question.skill.id !== set.questions[0]!.skill.id && nth % 2 === 1 ? right : wrongOption(right)];
      }),
    );
    expect((await rig.server.call(`${base}/assessment/submit/`, { json: { answers } })).status).toBe(200);
    const reported = await rig.server.call(`${base}/results/answers/${set.questions[0]!.questionId}/report`, { json: { reason: 'UNCLEAR' } });
    expect(reported.status).toBe(201);
    expect((await rig.server.call(`${base}/learning-path/generate/`, { method: 'POST' })).status).toBe(201);
    const path = (await (await rig.server.call(`${base}/learning-path/`)).json()) as { groups: { items: { contentId: number }[] }[] };
    expect((await rig.server.call(`${base}/learning/${path.groups[0]!.items[0]!.contentId}/open/`, { method: 'POST' })).status).toBe(200);
    expect((await rig.server.call(`${base}/dashboard/`)).status).toBe(200);
    await slash(PRIYA.slack, 'path'); // the live path card

    // The web (then a wrong password: the sign-in limit counts it under her account) and the console.
    const login = (password: string) => rig.server.call('/api/auth/login/', { token: null, json: { username: PRIYA.username, password } });
    expect((await login('demo-learner-pass')).status).toBe(200);
    expect((await login('not-her-password')).status).toBe(401);
    const link = await rig.server.core.issueSignInLink({ employeeId: priya });
    await rig.server.core.redeemSignInLink({ token: link.token, userAgent: 'test browser' });
    await rig.server.core.issueSignInLink({ employeeId: priya }); // a second link, left unused
    // Audit entries about her, by her, and naming her in a label; a per-person rate-limit row (and one of person 30, not hers).
    await rig.server.core.noteAudit({ actor: { kind: 'api-token', id: null, label: 'API token', channel: 'rest' }, action: 'person.read', subject: { employeeId: priya } });
    await rig.server.core.noteAudit({ actor: { kind: 'employee', id: priya, label: PRIYA.number, channel: 'console' }, action: 'organisation.read', subject: { label: `team of ${PRIYA.number}` } });
    await db.rateLimiterFlexible.createMany({ data: [{ key: `chat:person:${priya}`, points: 1, expire: new Date('2026-12-01T00:00:00Z') }, { key: `chat:person:${priya}0`, points: 1, expire: null }] });

    at('2026-11-23T09:00:00Z'); // Monday 09:00 in London: Maya's digest
    await rig.server.scheduler.tasks.digests.execute();
    at('2026-11-24T05:00:00Z'); // Tuesday 10:30 in Kolkata: Priya's first check-in
    await rig.server.scheduler.tasks.checkIns.execute();

    const accounts = await db.webAccount.findMany({ where: { employeeId: priya }, select: { id: true } });
    whose = {
      employee: priya,
      sessions: (await db.assessmentSession.findMany({ where: { employeeId: priya }, select: { id: true } })).map((row) => row.id),
      paths: (await db.learningPath.findMany({ where: { employeeId: priya }, select: { id: true } })).map((row) => row.id),
      accounts: accounts.map((row) => row.id),
    };
  });

  afterAll(async () => {
    await rig.stop();
    vi.useRealTimers();
  });

  it('the export is a JSON download with every row of every table that names her, table by table from the schema', async () => {
    const response = await rig.server.call(`/api/v1/admin/employees/${PRIYA.number}/personal-data`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="?personal-data-E2001\.json"?$/);
    exported = (await response.json()) as typeof exported;

    const tables = personModels();
    expect(tables.length).toBeGreaterThan(20);
    for (const table of tables) {
      const expected = (await rowsOf(db, table)).filter((row) => names(row, whose, table));
      // She has data in every such table: a table the export forgets, or leaves empty, fails here.
      expect(expected.length, `${table}: the test person has no rows here; build some through the product`).toBeGreaterThan(0);
      const rows = exported.tables[table];
      expect(rows, `${table} is missing from the export`).toBeDefined();
      const ids = (list: Record<string, unknown>[]) => list.map((row) => Number(row.id)).sort((a, b) => a - b);
      // The audit entry of this very export is written after the export was gathered.
      const wanted = table === 'AuditEntry' ? expected.filter((row) => row.action !== 'employee.export') : expected;
      expect(ids(rows!), table).toEqual(ids(wanted));
    }
    expect(exported.tables.Employee![0]).toMatchObject({ employeeNumber: PRIYA.number, name: PRIYA.name, email: PRIYA.email });
    // Her counters: the one written here, her web account's sign-in counter, and the allowances her own commands used.
    const limiterKeys = exported.tables.RateLimiterFlexible!.map((row) => row.key as string);
    expect(limiterKeys).toEqual(expect.arrayContaining([`chat:person:${priya}`, `login:account:#${whose.accounts[0]}`, `limit:command:person:${priya}`]));
    expect(limiterKeys.filter((key) => !key.startsWith('login:account:')).every((key) => new RegExp(`:person:${priya}$`).test(key)), limiterKeys.join(', ')).toBe(true);
    // Her figures in Maya's digest.
    const maya = await employeeId(db, 'E1001');
    expect(exported.digestFigures.filter((entry) => entry.managerId === maya)).toHaveLength(1);
    expect(exported.digestFigures[0]!.figures).toMatchObject({ step: expect.any(String) });
    // Secrets are not personal data: left out, and said so.
    const text = JSON.stringify(exported);
    for (const secret of ['passwordHash', 'tokenHash', 'currentRefresh', 'publicId']) expect(text).not.toContain(`"${secret}"`);
    expect(exported.withheld.map((entry) => entry.field)).toEqual(expect.arrayContaining(['WebAccount.passwordHash', 'ConsoleSession.tokenHash', 'WebSession.currentRefresh']));
    // And the export itself is in the audit log.
    expect(await db.auditEntry.count({ where: { action: 'employee.export', subjectId: priya, actorKind: 'api-token' } })).toBe(1);
  });

  it('an unknown employee number is 404 for both; an erase without the employee number repeated is refused and changes nothing', async () => {
    const unknownExport = await rig.server.call('/api/v1/admin/employees/NOPE-9/personal-data');
    expect(unknownExport.status).toBe(404);
    expect(((await unknownExport.json()) as { error: { code: string } }).error.code).toBe('EMPLOYEE_NOT_FOUND');
    const unknownErase = await rig.server.call('/api/v1/admin/employees/NOPE-9/erase', { json: { confirm: 'NOPE-9' } });
    expect(unknownErase.status).toBe(404);
    const before = await snapshot(db);
    const missing = await rig.server.call(`/api/v1/admin/employees/${PRIYA.number}/erase`, { json: {} });
    expect(missing.status).toBe(422);
    const wrong = await rig.server.call(`/api/v1/admin/employees/${PRIYA.number}/erase`, { json: { confirm: 'E2002' } });
    expect(wrong.status).toBe(422);
    const body = (await wrong.json()) as { error: { code: string; message: string } };
    expect(body.error).toMatchObject({ code: 'ERASE_NOT_CONFIRMED' });
    expect(body.error.message).toMatch(/cannot be undone/);
    const unauthorised = await rig.server.call(`/api/v1/admin/employees/${PRIYA.number}/erase`, { token: 'wrong-token', json: { confirm: PRIYA.number } });
    expect(unauthorised.status).toBe(403);
    expect(await snapshot(db)).toEqual(before);
  });

  it('is one transaction: when the last delete fails (the database refuses it), nothing at all has changed', async () => {
    const refuse =
      testProvider === 'sqlite'
        ? [`CREATE TRIGGER "test_refuse_erase" BEFORE DELETE ON "Employee" BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`]
        : [
            `CREATE FUNCTION test_refuse_erase() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$ LANGUAGE plpgsql`,
            `CREATE TRIGGER "test_refuse_erase" BEFORE DELETE ON "Employee" FOR EACH ROW EXECUTE FUNCTION test_refuse_erase()`,
          ];
    for (const statement of refuse) await db.$executeRawUnsafe(statement);
    const before = await snapshot(db);
    try {
    const response = await rig.server.call(`/api/v1/admin/employees/${PRIYA.number}/erase`, { json: { confirm: PRIYA.number } });
      expect(response.status).toBe(500);
      const text = await response.text();
      expect(text).not.toMatch(/refused by the test|at .*\.ts:\d+/);
      expect(await snapshot(db)).toEqual(before);
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER "test_refuse_erase"${testProvider === 'sqlite' ? '' : ' ON "Employee"'}`);
      if (testProvider !== 'sqlite') await db.$executeRawUnsafe('DROP FUNCTION test_refuse_erase()');
    }
  });

  it('the erase leaves no row that names her, in any table; her manager keeps her other reports; the audit log keeps its entries under a pseudonym', async () => {
    const maya = await employeeId(db, 'E1001');
    const others = async () => {
      const counts: Record<string, number> = {};
      // (The audit log is checked on its own below: its entries about her stay, under a pseudonym.)
      for (const table of personModels().filter((name) => name !== 'AuditEntry')) counts[table] = (await rowsOf(db, table)).filter((row) => !names(row, whose, table)).length;
      return counts;
    };
    const othersBefore = await others();
    const mayaDigestBefore = JSON.parse((await db.delivery.findFirstOrThrow({ where: { kind: 'DIGEST', recipientId: maya } })).snapshot) as Record<string, unknown>;
    expect(Object.keys(mayaDigestBefore)).toContain(String(priya));

    const mentionsBefore = JSON.stringify(await snapshot(db), (_key, value: unknown) => (typeof value === 'bigint' ? Number(value) : value));

    const herCounters = (await db.rateLimiterFlexible.findMany({ select: { key: true } })).filter(({ key }) => new RegExp(`:person:${priya}$`).test(key) || whose.accounts.some((account) => key === `login:account:#${account}`)).length;
    expect(herCounters).toBeGreaterThanOrEqual(3);
    const response = await rig.server.call(`/api/v1/admin/employees/${PRIYA.number}/erase`, { json: { confirm: PRIYA.number } });
    expect(response.status).toBe(200);
    const report = (await response.json()) as { pseudonym: string; deleted: Record<string, number>; unlinked: Record<string, number> };
    expect(report.pseudonym).toMatch(/^erased person [0-9a-f]{12}$/);
    expect(report.deleted).toMatchObject({ Employee: 1, RateLimiterFlexible: herCounters });
    for (const table of ['AssessmentAnswer', 'ItemResponse', 'SkillEstimate', 'LearningEvent', 'Delivery', 'ChatIdentity', 'ChatCard', 'CheckIn', 'QuestionReport', 'WebAccount', 'WebSession', 'ConsoleSession']) {
      expect(report.deleted[table], table).toBeGreaterThan(0);
    }
    expect(report.unlinked.digestSnapshots).toBe(1);

    // Table by table: no row names her by a person column, and no text anywhere holds her name, e-mail, number, username or chat id.
    const dump = await snapshot(db);
    const mentions = [PRIYA.name, PRIYA.email, PRIYA.username, PRIYA.slack].map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    const mention = new RegExp(`(${mentions.join('|')})|(?<![\\w-])${PRIYA.number}(?![\\w-])`, 'i');
    // Before the erase the same search finds her (in her own rows and in the audit log).
    expect(mentionsBefore).toMatch(mention);
    for (const each of [PRIYA.name, PRIYA.email, PRIYA.number, PRIYA.slack]) expect(mentionsBefore).toContain(each);
    for (const [table, rows] of Object.entries(dump)) {
      for (const row of rows as Record<string, unknown>[]) {
        const plain = Object.fromEntries(Object.entries(row).map(([key, value]) => [key, typeof value === 'bigint' ? Number(value) : value]));
        expect(names(plain, whose, table), `${table} row ${String(plain.id ?? plain.key)} still names her`).toBe(false);
        expect(JSON.stringify(plain, (_key, value: unknown) => (typeof value === 'bigint' ? Number(value) : value)), `${table} row mentions her`).not.toMatch(mention);
      }
    }
    // Everyone else's rows are all still there.
    expect(await others()).toEqual(othersBefore);
    // Her manager's digest no longer holds her figures, and still holds the rest of the team's.
    const mayaDigest = JSON.parse((await db.delivery.findFirstOrThrow({ where: { kind: 'DIGEST', recipientId: maya } })).snapshot) as Record<string, unknown>;
    expect(Object.keys(mayaDigest).sort()).toEqual(Object.keys(mayaDigestBefore).filter((key) => key !== String(priya)).sort());
    // The rate-limit row of person 30 is not hers.
    expect(await db.rateLimiterFlexible.count({ where: { key: `chat:person:${priya}0` } })).toBe(1);

    // The audit log: entries about her and by her stay, under the pseudonym; the erase itself is recorded with its counts.
    const audit = await db.auditEntry.findMany({ orderBy: { id: 'asc' } });
    const erase = audit.filter((entry) => entry.action === 'employee.erase');
    expect(erase).toHaveLength(1);
    expect(erase[0]).toMatchObject({ subjectId: null, subjectLabel: report.pseudonym, actorKind: 'api-token', channel: 'rest' });
    expect(JSON.parse(erase[0]!.detail)).toMatchObject({ deleted: { Employee: 1 } });
    expect(audit.find((entry) => entry.action === 'person.read')).toMatchObject({ subjectId: null, subjectLabel: report.pseudonym });
    expect(audit.find((entry) => entry.action === 'organisation.read')).toMatchObject({ actorId: null, actorLabel: report.pseudonym, subjectLabel: `team of ${report.pseudonym}` });
    expect(audit.find((entry) => entry.action === 'employee.export')).toMatchObject({ subjectId: null, subjectLabel: report.pseudonym });

    // The product goes on without her: she is unknown, her colleague's data still reads.
    expect((await rig.server.call(`/api/v1/learner/${priya}/dashboard/`)).status).toBe(404);
    expect((await rig.server.call(`/api/v1/learner/${await employeeId(db, 'E2002')}/dashboard/`)).status).toBe(200);
    expect((await rig.server.call('/api/v1/manager/' + maya + '/team/')).status).toBe(200);
    expect((await rig.server.call(`/api/v1/admin/employees/${PRIYA.number}/personal-data`)).status).toBe(404);
  });
});
