import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importReportSchema } from '../../src/http/rest/view-schemas.js';
import { projectRoot } from '../../src/shared/project-paths.js';
import { answerKey, wrongOption, snapshot } from '../helpers/test-app.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { freshDatabase } from '../helpers/test-database.js';

const fixture = (name: string) => readFileSync(join(projectRoot, 'tests', 'fixtures', 'import', name), 'utf8');
const run = promisify(execFile);

/** A second, different organisation loaded from CSV and JSON into an empty database, then used. */
describe('admin import over HTTP', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ SEED_DEMO_DATA: 'false', QUESTIONS_PER_SKILL: '2' });
  });
  afterAll(() => server.stop());

  const importJson = (name: string, query = '') =>
    server.call(`/api/v1/admin/import?name=${name}${query}`, { method: 'POST', body: fixture(name), headers: { 'content-type': 'application/json' } });
  const importCsv = (name: string, query = '') =>
    server.call(`/api/v1/admin/import?name=${name}${query}`, { method: 'POST', body: fixture(name), headers: { 'content-type': 'text/csv' } });

  it('a broken file is answered 422 with a report of every rejected row, and nothing is written', async () => {
    await importJson('northwind-skills-roles.json');
    const before = await snapshot(server.db);
    const response = await importCsv('broken-employees.csv');
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { code: string; details: unknown } };
    expect(body.error.code).toBe('IMPORT_REJECTED');
    const report = importReportSchema.parse(body.error.details);
    expect(report.ok).toBe(false);
    const reasons = Object.fromEntries(report.rejected.map((row) => [row.key, `${row.source}: ${row.reason}`]));
    expect(reasons['NW-201']).toMatch(/line 3: email/);
    expect(reasons['NW-202']).toMatch(/line 4: unknown role: astronaut/);
    expect(reasons['NW-203']).toMatch(/unknown manager: NW-999/);
    expect(reasons['NW-204']).toMatch(/skills\.0\.level/);
    expect(reasons['NW-205']).toMatch(/unknown time zone: Mars\/Olympus/);
    expect(reasons['NW-200']).toBeUndefined(); // the valid row is not rejected, and still not written
    // The row-by-row report lists it as passing its checks, held back with the rest.
    expect(report.rows).toEqual([{ section: 'employees', source: 'broken-employees.csv line 2', key: 'NW-200', outcome: 'valid' }]);
    expect(await snapshot(server.db)).toEqual(before);
  });

  /** every table but the audit log, which records each import that was written, including one that changed nothing */
  const dataOf = async () => {
    const { AuditEntry: audit, ...data } = await snapshot(server.db);
    return { data, audited: audit!.length };
  };

  it('loads the organisation from JSON and CSV; a second import changes nothing; a dry run writes nothing', async () => {
    const content = importReportSchema.parse(await (await importCsv('northwind-content.csv')).json());
    expect(content.counts.content).toEqual({ received: 7, created: 7, updated: 0, unchanged: 0 });

    const dry = importReportSchema.parse(await (await importCsv('northwind-employees.csv', '&dry_run=true')).json());
    expect(dry).toMatchObject({ ok: true, dryRun: true, counts: { employees: { created: 4 } } });
    expect(dry.rows.map((row) => `${row.source} ${row.key} ${row.outcome}`)).toEqual([
      'northwind-employees.csv line 2 NW-100 created',
      'northwind-employees.csv line 3 NW-101 created',
      'northwind-employees.csv line 4 NW-102 created',
      'northwind-employees.csv line 5 NW-103 created',
    ]);
    expect(await server.db.employee.count()).toBe(0);

    const employees = importReportSchema.parse(await (await importCsv('northwind-employees.csv')).json());
    expect(employees.counts.employees).toEqual({ received: 4, created: 4, updated: 0, unchanged: 0 });

    const before = await dataOf();
    for (const [name, send] of [
      ['northwind-skills-roles.json', importJson],
      ['northwind-content.csv', importCsv],
      ['northwind-employees.csv', importCsv],
    ] as const) {
      const again = importReportSchema.parse(await (await send(name)).json());
      for (const counts of Object.values(again.counts)) expect(counts.created + counts.updated, name).toBe(0);
    }
    expect(await dataOf()).toEqual({ data: before.data, audited: before.audited + 3 });

    const hannah = await server.db.employee.findUniqueOrThrow({ where: { employeeNumber: 'NW-100' }, include: { reports: true } });
    expect(hannah.email).toBe('hannah.schulz@northwind.example');
    expect(hannah.reports.map((report) => report.employeeNumber).sort()).toEqual(['NW-101', 'NW-102', 'NW-103']);
  });

  it('the journey works for an imported employee', async () => {
    const ravi = (await server.db.employee.findUniqueOrThrow({ where: { employeeNumber: 'NW-101' } })).id;
    const base = `/api/v1/learner/${ravi}`;
    const started = (await (await server.call(`${base}/assessment/start/`, { method: 'POST' })).json()) as { sessionId: number; skills: { name: string }[] };
    expect(started.skills.map((skill) => skill.name)).toEqual(['Analytics SQL', 'BI dashboards', 'Spreadsheet modelling', 'Data storytelling', 'Statistics']);
    const set = (await (await server.call(`${base}/assessment/questions/`, { method: 'POST' })).json()) as { questions: { questionId: number; skill: { name: string } }[] };
    expect(set.questions).toHaveLength(10);
    const key = await answerKey(server.db, started.sessionId);
    // Right everywhere except BI dashboards, where every answer is wrong.
    const answers = Object.fromEntries(
      set.questions.map((question) => [question.questionId, question.skill.name === 'BI dashboards' ? wrongOption(key.get(question.questionId)!) : key.get(question.questionId)]),
    );
    const results = (await (await server.call(`${base}/assessment/submit/`, { json: { answers } })).json()) as { gaps: { name: string }[] };
    expect(results.gaps.map((gap) => gap.name)).toEqual(['BI dashboards']);
    const path = (await (await server.call(`${base}/learning-path/generate/`, { method: 'POST' })).json()) as {
      groups: { targetLevel: number; items: { title: string; source: string; startHere: boolean }[] }[];
    };
    // The imported beginner course fits a learner well below target 3; the advanced article (level 4) goes past the target, so it is left out.
    expect(path.groups[0]!.targetLevel).toBe(3);
    expect(path.groups[0]!.items).toEqual([expect.objectContaining({ title: 'Your First Dashboard', source: 'Northwind Academy', startHere: true })]);
  });

  it('exports what it imported, in JSON and in the CSV columns the import reads', async () => {
    const exported = (await (await server.call('/api/v1/admin/export')).json()) as { employees: { employeeNumber: string; skills: unknown[] }[]; skills: unknown[] };
    expect(exported.skills).toHaveLength(5);
    expect(exported.employees.find((employee) => employee.employeeNumber === 'NW-101')?.skills).toEqual([
      { skill: 'spreadsheets', level: 4 },
      { skill: 'analytics-sql', level: 2 },
    ]);
    const csv = await server.call('/api/v1/admin/export/employees.csv');
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await csv.text();
    expect(text.split('\n')[0]).toBe('employee_number,name,email,title,role,manager,timezone,skills,notify_via,is_admin');
    // Re-importing the export changes nothing (but the audit log, which records both imports).
    const before = await dataOf();
    const back = await server.call('/api/v1/admin/import?name=export.json', { json: exported });
    expect(back.status).toBe(200);
    const csvBack = await server.call('/api/v1/admin/import?name=employees.csv', { method: 'POST', body: text, headers: { 'content-type': 'text/csv' } });
    expect(csvBack.status).toBe(200);
    expect(await dataOf()).toEqual({ data: before.data, audited: before.audited + 2 });
  });

  it('imports and exports the admin flag (is_admin in CSV, isAdmin in JSON); a file without it leaves it as it is', async () => {
    const csv = 'employee_number,name,email,is_admin\nNW-300,Ada Admin,ada.admin@northwind.example,yes\nNW-301,Bo Learner,bo.learner@northwind.example,\n';
    const post = (body: string) => server.call('/api/v1/admin/import?name=admins.csv', { method: 'POST', body, headers: { 'content-type': 'text/csv' } });
    expect((await post(csv)).status).toBe(200);
    const flags = async () =>
      Object.fromEntries((await server.db.employee.findMany({ where: { employeeNumber: { in: ['NW-300', 'NW-301'] } } })).map((row) => [row.employeeNumber, row.isAdmin]));
    expect(await flags()).toEqual({ 'NW-300': true, 'NW-301': false });
    const exported = (await (await server.call('/api/v1/admin/export')).json()) as { employees: { employeeNumber: string; isAdmin: boolean }[] };
    expect(exported.employees.find((row) => row.employeeNumber === 'NW-300')?.isAdmin).toBe(true);
    expect((await (await server.call('/api/v1/admin/export/employees.csv')).text()).split('\n').find((line) => line.startsWith('NW-300'))).toMatch(/,true$/);
    // Without the column the flag stays; false takes it away; anything else is a rejected row.
    expect((await post('employee_number,name,email\nNW-300,Ada Admin,ada.admin@northwind.example\n')).status).toBe(200);
    expect(await flags()).toEqual({ 'NW-300': true, 'NW-301': false });
    const json = await server.call('/api/v1/admin/import?name=admins.json', { json: { employees: [{ employeeNumber: 'NW-300', name: 'Ada Admin', email: 'ada.admin@northwind.example', isAdmin: false }] } });
    expect(json.status).toBe(200);
    expect(await flags()).toEqual({ 'NW-300': false, 'NW-301': false });
    const wrong = await post('employee_number,name,email,is_admin\nNW-301,Bo Learner,bo.learner@northwind.example,maybe\n');
    expect(wrong.status).toBe(422);
    expect(JSON.stringify(await wrong.json())).toContain('isAdmin');
  });

  it('refuses files it cannot read with a clear 400 or 415', async () => {
    const unknownColumns = await server.call('/api/v1/admin/import', { method: 'POST', body: 'colour,size\nred,3\n', headers: { 'content-type': 'text/csv' } });
    expect(unknownColumns.status).toBe(400);
    expect(((await unknownColumns.json()) as { error: { code: string } }).error.code).toBe('INVALID_FILE');
    const wrongShape = await server.call('/api/v1/admin/import', { json: { people: [] } });
    expect(wrongShape.status).toBe(400);
    const xml = await server.call('/api/v1/admin/import', { method: 'POST', body: '<org/>', headers: { 'content-type': 'application/xml' } });
    expect(xml.status).toBe(415);
  });
});

describe('npm run import', () => {
  const directory = mkdtempSync(join(tmpdir(), 'skillcheck-cli-'));
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    database = await freshDatabase(directory);
    env.DATABASE_URL = database.url;
  });
  afterAll(async () => {
    await database.drop();
    rmSync(directory, { recursive: true, force: true });
  });
  const files = ['northwind-skills-roles.json', 'northwind-content.csv', 'northwind-employees.csv'].map((name) => join(projectRoot, 'tests', 'fixtures', 'import', name));
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent' };
  const tsx = join(projectRoot, 'node_modules', '.bin', 'tsx');

  it('imports several files in one go, and again without changes', async () => {
    const first = await run(tsx, ['src/cli/import.ts', ...files], { cwd: projectRoot, env });
    expect(first.stdout).toMatch(/employees\s+4 rows: 4 created/);
    const second = await run(tsx, ['src/cli/import.ts', ...files], { cwd: projectRoot, env });
    expect(second.stdout).toMatch(/employees\s+4 rows: 0 created, 0 updated, 4 unchanged/);
  });

  it('exits 1 with the report when rows are rejected', async () => {
    const failed = await run(tsx, ['src/cli/import.ts', join(projectRoot, 'tests', 'fixtures', 'import', 'broken-employees.csv')], { cwd: projectRoot, env }).then(
      () => null,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failed?.code).toBe(1);
    expect(failed?.stderr).toMatch(/5 rows rejected; nothing was imported/);
    expect(failed?.stderr).toMatch(/broken-employees\.csv line 4 \(NW-202\): unknown role: astronaut/);
  });
});
