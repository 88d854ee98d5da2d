import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONSOLE_COOKIE } from '../../src/console/console-cookie.js';
import { dashboardViewSchema } from '../../src/http/rest/view-schemas.js';
import { projectRoot } from '../../src/shared/project-paths.js';
import { sendText } from '../../test-kit/teams-requests.js';
import { TOMAS } from '../helpers/chat-rig.js';
import { screenshot, seriousViolations, SLACK_PEOPLE, startConsoleRig, type ConsoleRig } from '../helpers/console-browser.js';
import { employeeId, snapshot } from '../helpers/test-app.js';

const fixture = (name: string) => readFileSync(join(projectRoot, 'tests', 'fixtures', 'import', name), 'utf8');

/** Every admin page, as an address a browser opens. */
const ADMIN_PAGES = [
  '/app/admin',
  '/app/admin/heat-map.png',
  '/app/admin/import',
  '/app/admin/questions',
  '/app/admin/questions/bank',
  '/app/admin/questions/lm-pw-1/edit',
  '/app/admin/roles',
  '/app/admin/export',
  '/app/admin/export/organisation.json',
  '/app/admin/export/employees.csv',
  '/app/admin/audit',
  '/app/admin/no-such-page',
];
/** The admin forms, as a form posts them. */
const ADMIN_FORMS = [
  '/app/admin/import/preview',
  '/app/admin/import',
  '/app/admin/questions/lm-pw-1/approve',
  '/app/admin/questions/lm-pw-1/retire',
  '/app/admin/questions/lm-pw-1/edit',
  '/app/admin/roles/fullstack-developer/skills',
  '/app/admin/roles/fullstack-developer/skills/sql',
  '/app/admin/roles/fullstack-developer/skills/git/remove',
];

/**
 * The console's admin pages in a real browser: Maya is an admin by ADMIN_EMAILS. She imports a small
 * company with a preview first, works the question review queue, edits a role and exports. A learner
 * and a manager who is not an admin get none of it.
 */
describe('the web console for admins', () => {
  let rig: ConsoleRig;
  let admin: Page;
  let origin: string;

  beforeAll(async () => {
    rig = await startConsoleRig({ ADMIN_EMAILS: 'maya.chen@example.com', QUESTIONS_PER_SKILL: '3' });
    admin = await rig.signInFromSlack(SLACK_PEOPLE.maya);
    origin = new URL(admin.url()).origin;
  }, 60_000);
  afterAll(async () => {
    await rig?.stop();
  });

  const db = () => rig.chat.server.db;
  const open = async (path: string) => {
    const response = await admin.goto(`${origin}${path}`);
    expect(response?.status(), path).toBe(200);
    expect(await seriousViolations(admin), path).toEqual([]);
  };

  it('shows an admin the Admin link and the admin pages', async () => {
    expect(await admin.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Admin' }).count()).toBe(1);
    await admin.getByRole('link', { name: 'Admin' }).click();
    await admin.waitForURL(/\/app\/admin$/);
    expect(await admin.locator('h1').textContent()).toBe('Admin');
    for (const name of ['Import', 'Question review', 'Roles', 'Export']) {
      expect(await admin.getByRole('navigation', { name: 'Admin pages' }).getByRole('link', { name }).count(), name).toBe(1);
    }
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, 'admin-home');
  });

  it('shows the organisation heat map as a PNG with alt text and as a table; a role of fewer than 5 people is left out and noted', async () => {
    await open('/app/admin');
    await screenshot(admin, 'admin-heat-map');
    const picture = admin.getByRole('img', { name: /^Skills across the organisation/ });
    expect(await picture.getAttribute('src')).toBe('/app/admin/heat-map.png');
    const alt = (await picture.getAttribute('alt'))!;
    expect(alt).toContain('Full-stack Developer (6 people)');
    expect(alt).toContain('Data Engineer (5 people)');
    expect(alt).not.toContain('DevOps');
    // The picture is a PNG of the size the page announces, and the browser shows it.
    const response = await admin.request.get(`${origin}/app/admin/heat-map.png`);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const png = PNG.sync.read(await response.body());
    expect([png.width, png.height]).toEqual([Number(await picture.getAttribute('width')), Number(await picture.getAttribute('height'))]);
    expect(await picture.evaluate((element) => (element as unknown as { complete: boolean; naturalWidth: number }).complete && (element as unknown as { naturalWidth: number }).naturalWidth)).toBe(png.width);

    const counts = admin.getByRole('table', { name: 'The same counts as a table' });
    const head = (await counts.locator('thead th').allTextContents()).join(' | ');
    expect(head).toBe('Skill | Data Engineer (5 people) | Full-stack Developer (6 people)');
    expect(await counts.locator('thead').textContent()).not.toContain('DevOps');
    const sql = await counts.getByRole('row', { name: /^SQL/ }).locator('td').allTextContents();
    expect(sql).toEqual(['0 gap, 0 on target, 0 not sure, 5 not assessed', '0 gap, 0 on target, 0 not sure, 6 not assessed']);
    expect(await counts.getByRole('row', { name: /^React/ }).locator('td').allTextContents()).toEqual(['not expected', '0 gap, 0 on target, 0 not sure, 6 not assessed']);
    expect(await admin.locator('#heat-map-hidden').textContent()).toBe('1 role has fewer than 5 people and is not shown, so that nobody can be singled out.');
  });

  it('previews an import row by row without writing anything, then imports it', async () => {
    await open('/app/admin/import');
    await screenshot(admin, 'admin-import');
    const before = await snapshot(db());
    await admin.getByLabel('File name').fill('lumen-company.json');
    await admin.getByLabel('CSV or JSON').fill(fixture('lumen-company.json'));
    await admin.getByRole('button', { name: 'Preview' }).click();
    await admin.waitForLoadState('load');

    expect(await admin.getByRole('status').textContent()).toContain('nothing has been written yet');
    const rows = await admin.getByRole('table', { name: 'Every row that was not refused' }).locator('tbody tr').allTextContents();
    expect(rows).toHaveLength(12);
    expect(rows).toContain('lumen-company.json employees[0]PeopleL-1would be created');
    expect(rows).toContain('lumen-company.json roles[0]Rolesai-analystwould be created');
    expect(await admin.getByRole('heading', { name: 'Import this?' }).isVisible()).toBe(true);
    expect(await admin.locator('main').textContent()).toContain('Importing will create 12, update 0 and leave 0 unchanged');
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, 'admin-import-preview');
    // Nothing is written by the preview but its audit entry, naming the admin.
    const { AuditEntry: entriesBefore, ...dataBefore } = before;
    const { AuditEntry: entriesAfter, ...dataAfter } = await snapshot(db());
    expect(dataAfter).toEqual(dataBefore);
    expect(entriesAfter!.slice(entriesBefore!.length)).toEqual([expect.objectContaining({ action: 'organisation.import', actorLabel: 'E1001', channel: 'console' })]);
    expect((await rig.chat.server.call('/api/v1/admin/roles').then((response) => response.json())) as unknown).not.toMatchObject({ roles: expect.arrayContaining([expect.objectContaining({ key: 'ai-analyst' })]) });

    await admin.getByRole('button', { name: 'Import', exact: true }).click();
    await admin.waitForLoadState('load');
    expect(await admin.getByRole('status').textContent()).toContain('Imported: 12 created, 0 updated, 0 unchanged');
    expect(await admin.getByRole('table', { name: 'Every row that was not refused' }).locator('tbody tr').first().textContent()).toContain('created');
    const iris = await db().employee.findUniqueOrThrow({ where: { employeeNumber: 'L-1' }, include: { role: true } });
    expect(iris).toMatchObject({ name: 'Iris Lindqvist', isAdmin: true, role: { key: 'ai-analyst' } });
    expect(await db().bankQuestion.count({ where: { key: { startsWith: 'lm-' } } })).toBe(6);
    await screenshot(admin, 'admin-import-done');
  });

  it('reports a refused row with its line and the reason; the other rows are checked but nothing is written', async () => {
    await open('/app/admin/import');
    const before = await snapshot(db());
    await admin.getByLabel('What it holds').selectOption('employees');
    await admin.getByLabel('File name').fill('lumen-people.csv');
    await admin.getByLabel('CSV or JSON').fill(fixture('lumen-people.csv'));
    await admin.getByRole('button', { name: 'Preview' }).click();
    await admin.waitForLoadState('load');
    expect(await admin.getByRole('alert').textContent()).toContain('1 row was refused: nothing has been imported');
    expect(await admin.getByRole('table', { name: /1 row refused/ }).locator('tbody tr').allTextContents()).toEqual(['lumen-people.csv line 3PeopleL-5unknown role: astronaut']);
    expect(await admin.getByRole('table', { name: 'Every row that was not refused' }).locator('tbody tr').allTextContents()).toEqual([
      'lumen-people.csv line 2PeopleL-4passes its checks (held back)',
      'lumen-people.csv line 4PeopleL-6passes its checks (held back)',
    ]);
    // No Import button while a row is refused; the pasted file is there to fix.
    expect(await admin.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0);
    expect(await admin.getByLabel('CSV or JSON').inputValue()).toContain('astronaut');
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, 'admin-import-refused');
    expect(await snapshot(db())).toEqual(before);

    // The kind chosen must be what the file holds.
    await admin.getByLabel('What it holds').selectOption('roles');
    await admin.getByRole('button', { name: 'Preview' }).click();
    await admin.waitForLoadState('load');
    expect(await admin.getByRole('alert').textContent()).toContain('You chose roles, but the file holds people');

    // Fixed, it goes in.
    await admin.getByLabel('What it holds').selectOption('employees');
    await admin.getByLabel('CSV or JSON').fill(fixture('lumen-people.csv').replace('astronaut', 'ai-analyst'));
    await admin.getByRole('button', { name: 'Preview' }).click();
    await admin.waitForLoadState('load');
    await admin.getByRole('button', { name: 'Import', exact: true }).click();
    await admin.waitForLoadState('load');
    expect(await admin.getByRole('status').textContent()).toContain('Imported: 3 created');
    expect(await db().employee.count({ where: { employeeNumber: { in: ['L-4', 'L-5', 'L-6'] } } })).toBe(3);
    expect((await db().employee.findUniqueOrThrow({ where: { employeeNumber: 'L-4' } })).timezone).toBe('Europe/Lisbon');
  });

  it('works a reported question: its statistics and the reason are shown, and approving it takes it off the queue', async () => {
    // Ana sits an assessment of the imported role, then reports one of its questions as having a wrong key.
    const ana = await employeeId(db(), 'L-3');
    const call = rig.chat.server.call;
    expect((await call(`/api/v1/learner/${ana}/assessment/start/`, { method: 'POST' })).status).toBe(201);
    const set = (await (await call(`/api/v1/learner/${ana}/assessment/questions/`, { method: 'POST' })).json()) as { assessment: { sessionId: number } };
    const asked = await db().assessmentQuestion.findMany({ where: { sessionId: set.assessment.sessionId }, orderBy: { position: 'asc' } });
    const answers = Object.fromEntries(asked.map((row) => [String(row.id), row.correctOption]));
    expect((await call(`/api/v1/learner/${ana}/assessment/submit/`, { json: { answers } })).status).toBe(200);
    const reported = asked[0]!;
    expect((await call(`/api/v1/learner/${ana}/results/answers/${reported.id}/report/`, { json: { reason: 'WRONG_KEY' } })).status).toBe(201);
    const key = reported.bankKey!;
    expect((await db().bankQuestion.findUniqueOrThrow({ where: { key } })).status).toBe('REVIEW');

    await open('/app/admin/questions');
    const item = admin.getByRole('article', { name: new RegExp(`^${key}`) });
    expect(await item.count()).toBe(1);
    const text = await item.textContent();
    expect(text).toContain('Ana Sousa');
    expect(text).toMatch(/marked answer is wrong/i);
    expect(text).toMatch(/Answers\s*1/);
    expect(text).toMatch(/Right\s*1 \(100%\)/);
    expect(text).toContain('Calibrated difficulty');
    await screenshot(admin, 'admin-questions');

    await item.getByRole('button', { name: `Approve ${key}` }).click();
    await admin.waitForLoadState('load');
    expect(await admin.getByRole('status').textContent()).toContain(`${key} is approved`);
    expect(await admin.getByRole('article', { name: new RegExp(`^${key}`) }).count()).toBe(0);
    expect((await db().bankQuestion.findUniqueOrThrow({ where: { key } })).status).toBe('ACTIVE');
  });

  it('edits and retires a question through its forms', async () => {
    await open('/app/admin/questions/lm-dp-2/edit');
    await screenshot(admin, 'admin-question-edit');
    await admin.getByLabel('Explanation').fill('Keep only the personal data the purpose needs, and no longer than needed.');
    await admin.getByLabel('Difficulty label').selectOption('ADVANCED');
    await admin.getByRole('button', { name: 'Save' }).click();
    await admin.waitForLoadState('load');
    expect(await admin.getByRole('status').textContent()).toContain('lm-dp-2 is saved');
    expect(await db().bankQuestion.findUniqueOrThrow({ where: { key: 'lm-dp-2' } })).toMatchObject({ explanation: 'Keep only the personal data the purpose needs, and no longer than needed.', difficulty: 'ADVANCED', optionB: 'Keeping only the personal data a purpose needs' });

    // An edit that would not be a valid question is refused on the form, and nothing changes.
    await open('/app/admin/questions/lm-dp-2/edit');
    await admin.getByLabel('Option C').fill('Keeping only the personal data a purpose needs');
    await admin.getByRole('button', { name: 'Save' }).click();
    await admin.waitForLoadState('load');
    expect(await admin.getByRole('alert').textContent()).toContain('would not be valid');
    expect((await db().bankQuestion.findUniqueOrThrow({ where: { key: 'lm-dp-2' } })).optionC).toBe('Deleting backups');

    await open('/app/admin/questions/bank?skill=data-privacy');
    expect(await admin.getByRole('table').locator('tbody tr').count()).toBe(3);
    await screenshot(admin, 'admin-question-bank');
    await db().bankQuestion.update({ where: { key: 'lm-dp-3' }, data: { status: 'REVIEW', reviewReason: 'reported' } });
    await open('/app/admin/questions');
    await admin.getByRole('button', { name: 'Retire lm-dp-3' }).click();
    await admin.waitForLoadState('load');
    expect(await admin.getByRole('status').textContent()).toContain('lm-dp-3 is retired');
    expect((await db().bankQuestion.findUniqueOrThrow({ where: { key: 'lm-dp-3' } })).status).toBe('RETIRED');
  });

  it("edits a role's target level, and the learner's profile is judged against it at once", async () => {
    const priya = await employeeId(db(), 'E2001');
    const sqlTarget = async () =>
      dashboardViewSchema.parse(await (await rig.chat.server.call(`/api/v1/learner/${priya}/dashboard`)).json()).profile.expectedSkills.find((skill) => skill.name === 'SQL')?.targetLevel;
    expect(await sqlTarget()).toBe(3);

    await open('/app/admin/roles');
    await screenshot(admin, 'admin-roles');
    const fullstack = admin.getByRole('region', { name: /^Full-stack Developer/ });
    await fullstack.getByLabel('Target level of SQL').selectOption('5');
    await fullstack.getByRole('button', { name: 'Save SQL' }).click();
    await admin.waitForLoadState('load');
    expect(await admin.getByRole('status').textContent()).toContain('Full-stack Developer: SQL is core, target level 5');
    expect(await sqlTarget()).toBe(5);
    expect(await admin.getByRole('region', { name: /^Full-stack Developer/ }).getByLabel('Target level of SQL').inputValue()).toBe('5');

    // Add an expected skill, then remove it.
    const region = admin.getByRole('region', { name: /^Full-stack Developer/ });
    await region.getByLabel('Skill', { exact: true }).selectOption('docker');
    await region.getByLabel('Category', { exact: true }).selectOption('NICE_TO_HAVE');
    await region.getByLabel('Target level', { exact: true }).selectOption('2');
    await region.getByRole('button', { name: 'Add to Full-stack Developer' }).click();
    await admin.waitForLoadState('load');
    expect(await admin.getByRole('status').textContent()).toContain('Full-stack Developer now expects Docker at level 2');
    await admin.getByRole('region', { name: /^Full-stack Developer/ }).getByRole('button', { name: 'Remove Docker' }).click();
    await admin.waitForLoadState('load');
    expect(await admin.getByRole('status').textContent()).toContain('no longer expects Docker');
    const role = await db().tSRSkillProfile.findUniqueOrThrow({ where: { key: 'fullstack-developer' }, include: { skills: { include: { skill: true } } } });
    expect(role.skills.map((entry) => entry.skill.key)).not.toContain('docker');
    expect(await seriousViolations(admin)).toEqual([]);
  });

  it('downloads the organisation export as JSON and CSV', async () => {
    await open('/app/admin/export');
    await screenshot(admin, 'admin-export');
    const [json] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('link', { name: 'Download organisation.json' }).click()]);
    expect(json.suggestedFilename()).toBe('organisation.json');
    const exported = JSON.parse(readFileSync((await json.path())!, 'utf8')) as { employees: Array<{ employeeNumber: string; isAdmin: boolean }>; roles: Array<{ key: string; skills: Array<{ skill: string; targetLevel: number }> }> };
    expect(exported.employees.find((employee) => employee.employeeNumber === 'L-1')?.isAdmin).toBe(true);
    expect(exported.roles.find((role) => role.key === 'fullstack-developer')?.skills.find((entry) => entry.skill === 'sql')?.targetLevel).toBe(5);

    const [csv] = await Promise.all([admin.waitForEvent('download'), admin.getByRole('link', { name: 'People (employees.csv)' }).click()]);
    expect(csv.suggestedFilename()).toBe('employees.csv');
    const lines = readFileSync((await csv.path())!, 'utf8').trim().split('\n');
    expect(lines[0]).toBe('employee_number,name,email,title,role,manager,timezone,skills,notify_via,is_admin');
    expect(lines.find((line) => line.startsWith('L-1,'))).toMatch(/,true$/);
  });

  it('lets an imported admin (is_admin) open the admin pages after signing in', async () => {
    rig.chat.slack.directory.set('U0IRIS0001', { email: 'iris.lindqvist@lumen.example', tz: 'Europe/Stockholm' });
    const iris = await rig.signInFromSlack('U0IRIS0001');
    expect(await iris.getByRole('link', { name: 'Admin' }).count()).toBe(1);
    expect((await iris.goto(`${origin}/app/admin`))?.status()).toBe(200);
    expect((await iris.goto(`${origin}/app/admin/roles`))?.status()).toBe(200);
  });

  it('fits a phone: no admin page is wider than the screen (wide tables scroll in their own box)', async () => {
    const phone = await rig.signInFromSlack(SLACK_PEOPLE.maya, { phone: true });
    for (const path of ['/app/admin', '/app/admin/import', '/app/admin/questions', '/app/admin/roles', '/app/admin/export']) {
      expect((await phone.goto(`${origin}${path}`))?.status(), path).toBe(200);
      expect(await phone.evaluate('document.documentElement.scrollWidth'), path).toBeLessThanOrEqual(390);
      expect(await seriousViolations(phone), path).toEqual([]);
      await screenshot(phone, `admin-phone-${path.split('/').pop()}`);
    }
  });

  describe('for anyone who is not an admin', () => {
    const signInTomas = async () => {
      const { connector, server } = rig.chat;
      const before = new Set(connector.activities.keys());
      await sendText(server.url, connector.url, TOMAS, 'web');
      await server.settled();
      const sent = JSON.stringify([...connector.activities.values()].filter((entry) => !before.has(entry.id)));
      return rig.signIn(/http:\/\/localhost:\d+\/app\/sign-in\/[A-Za-z0-9_-]{43}/.exec(sent)![0]);
    };

    it('a learner and a manager get the refusal page on every admin address, and no Admin link', async () => {
      for (const [who, page] of [
        ['Priya (a learner)', await rig.signInFromSlack(SLACK_PEOPLE.priya)],
        ['Tomás (a manager)', await signInTomas()],
      ] as const) {
        expect(await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Admin' }).count(), who).toBe(0);
        for (const path of ADMIN_PAGES) {
          const response = await page.goto(`${origin}${path}`);
          expect(response?.status(), `${who} ${path}`).toBe(403);
          expect(response?.headers()['content-type'], path).toMatch(/^text\/html/);
          expect(await page.locator('h1').textContent()).toBe('Not your page');
        }
        expect(await seriousViolations(page)).toEqual([]);
        if (who.startsWith('Priya')) await screenshot(page, 'admin-refused');
      }
    });

    it('a form posted without its CSRF token, or by someone who is not an admin, changes nothing', async () => {
      const priya = await rig.signInFromSlack(SLACK_PEOPLE.priya);
      const before = await snapshot(db());
      const cookieOf = async (page: Page) => (await page.context().cookies()).find((entry) => entry.name === CONSOLE_COOKIE)!.value;
      const post = (path: string, cookie: string, body: string) =>
        fetch(`${origin}${path}`, { method: 'POST', redirect: 'manual', headers: { cookie: `${CONSOLE_COOKIE}=${cookie}`, 'content-type': 'application/x-www-form-urlencoded' }, body });
      const form = 'content=' + encodeURIComponent(fixture('lumen-people.csv').replace('astronaut', 'ai-analyst').replace(/L-/g, 'X-')) + '&kind=auto&name=x.csv&targetLevel=1&category=CORE&skill=docker&stem=Changed&optionA=a&optionB=b&optionC=c&optionD=d&answer=A';

      // The admin's own session, without the token.
      const adminCookie = await cookieOf(admin);
      for (const path of ADMIN_FORMS) expect((await post(path, adminCookie, form)).status, path).toBe(403);
      // A learner with her own valid token is still no admin.
      const csrf = await priya.locator('input[name="csrf"]').first().inputValue();
      for (const path of ADMIN_FORMS) expect((await post(path, await cookieOf(priya), `${form}&csrf=${encodeURIComponent(csrf)}`)).status, path).toBe(403);
      expect(await snapshot(db())).toEqual(before);
    });
  });
});
