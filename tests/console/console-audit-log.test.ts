import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { screenshot, seriousViolations, SLACK_PEOPLE, startConsoleRig, type ConsoleRig } from '../helpers/console-browser.js';
import { employeeId } from '../helpers/test-app.js';

/**
 * The audit log page of the web console in a real browser: Maya (an admin by ADMIN_EMAILS) finds it from the admin
 * home, reads who did what, filters by action, person, who and day, and pages to older entries; her reading is
 * recorded. Priya, a learner, gets the console's refusal.
 */
describe('the audit log in the web console', () => {
  let rig: ConsoleRig;
  let admin: Page;
  let origin: string;
  let maya: number;

  beforeAll(async () => {
    rig = await startConsoleRig({ ADMIN_EMAILS: 'maya.chen@example.com' });
    const { server } = rig.chat;
    maya = await employeeId(server.db, 'E1001');
    // Entries to read: the API token reads Maya's team more often than a page holds, changes a role, and asks for
    // the log of someone whose "employee number" is markup (recorded as typed; the page must show it as text).
    for (let i = 0; i < 55; i += 1) await (await server.call(`/api/v1/manager/${maya}/team`)).arrayBuffer();
    expect((await server.call('/api/v1/admin/roles/fullstack-developer/skills/sql', { method: 'PATCH', json: { targetLevel: 4 } })).status).toBe(200);
    expect((await server.call(`/api/v1/admin/audit?subject=${encodeURIComponent('<img src=x>')}`)).status).toBe(200);
    admin = await rig.signInFromSlack(SLACK_PEOPLE.maya);
    origin = new URL(admin.url()).origin;
  }, 120_000);
  afterAll(async () => {
    await rig?.stop();
  });

  const db = () => rig.chat.server.db;
  const rows = async (page: Page = admin) => page.getByRole('table', { name: /^Audit entries/ }).locator('tbody tr');
  const cells = async (index: number, page: Page = admin) => (await rows(page)).nth(index).locator('td').allTextContents();
  const columnOf = async (column: number) => (await (await rows()).all()).map(async (row) => (await row.locator('td').nth(column).textContent())!.trim());
  const show = async (fill: (page: Page) => Promise<void>) => {
    await admin.getByRole('link', { name: 'Clear' }).click();
    await admin.waitForURL(/\/app\/admin\/audit$/);
    await fill(admin);
    await admin.getByRole('button', { name: 'Show' }).click();
    await admin.waitForLoadState('load');
  };

  it('is linked from the admin home and lists entries newest first: when, who, where, what it means, whose data, details', async () => {
    await admin.goto(`${origin}/app/admin/roles`);
    await admin.getByRole('link', { name: 'Admin' }).click();
    await admin.waitForURL(/\/app\/admin$/);
    await admin.getByRole('navigation', { name: 'Admin pages' }).getByRole('link', { name: 'Audit log' }).click();
    await admin.waitForURL(/\/app\/admin\/audit$/);
    expect(await admin.locator('h1').textContent()).toBe('Audit log');
    expect(await seriousViolations(admin)).toEqual([]);
    await screenshot(admin, 'admin-audit-log');

    // The newest entries are Maya's: the admin home and its heat map, and before them the roles page (her reading of
    // this page is recorded once it was listed).
    const newest = await Promise.all([0, 1, 2].map((index) => cells(index)));
    const roles = newest.find((row) => row[3]!.endsWith('role.read'))!;
    expect(roles[0]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC$/);
    expect(roles.slice(1)).toEqual(['E1001 employee', 'web console', 'listed the roles with their expected skills role.read', 'roles', '–']);
    expect(await (await rows()).count()).toBe(50);
    const [reading] = await db().auditEntry.findMany({ orderBy: { id: 'desc' }, take: 1 });
    expect(reading).toMatchObject({ actorKind: 'employee', actorId: maya, actorLabel: 'E1001', channel: 'console', action: 'audit.read', subjectLabel: 'audit log' });
  });

  it('pages to older entries and back to the newest', async () => {
    await admin.getByRole('link', { name: 'Older entries' }).click();
    await admin.waitForLoadState('load');
    expect(admin.url()).toMatch(/older=\d+$/);
    expect(await admin.getByRole('table', { name: 'Audit entries, newest first (older page)' }).count()).toBe(1);
    const older = await (await rows()).count();
    expect(older).toBeGreaterThan(0);
    expect(await admin.getByRole('link', { name: 'Newest entries' }).count()).toBe(1);
    // The older page starts below the first page: its newest time is not after the first page's oldest.
    const firstOlder = await admin.locator('tbody tr time').first().getAttribute('datetime');
    await admin.getByRole('link', { name: 'Newest entries' }).click();
    await admin.waitForURL(/\/app\/admin\/audit$/);
    const lastNewest = await admin.locator('tbody tr time').last().getAttribute('datetime');
    expect(firstOlder! <= lastNewest!).toBe(true);
  });

  it('filters by action and shows the detail in words', async () => {
    await show(async (page) => {
      await page.getByLabel('Action').selectOption('role.change');
    });
    expect(admin.url()).toContain('action=role.change');
    expect(await (await rows()).count()).toBe(1);
    expect(await cells(0)).toEqual([
      expect.any(String),
      'API token',
      'REST API',
      "changed a role's expected skills role.change",
      'role fullstack-developer',
      'role: fullstack-developer; skill: sql; change: change; category: CORE; target level: 4',
    ]);
    expect(await admin.getByLabel('Action').inputValue()).toBe('role.change');
    expect(await admin.getByRole('link', { name: 'Older entries' }).count()).toBe(0);
  });

  it('filters by person and by who, together with an action', async () => {
    await show(async (page) => {
      await page.getByLabel('Person').fill('E1001');
      await page.getByLabel('Who').fill('API token');
      await page.getByLabel('Action').selectOption('team.read');
    });
    expect(await (await rows()).count()).toBe(50);
    expect(new Set(await Promise.all(await columnOf(1)))).toEqual(new Set(['API token']));
    expect(new Set(await Promise.all(await columnOf(4)))).toEqual(new Set(['team of E1001']));
    const [reading] = await db().auditEntry.findMany({ orderBy: { id: 'desc' }, take: 1 });
    expect(reading).toMatchObject({ actorLabel: 'E1001', action: 'audit.read', subjectLabel: 'audit log of E1001' });
    expect(JSON.parse(reading!.detail)).toEqual({ filters: ['subject', 'action', 'actorLabel'] });

    await show(async (page) => {
      await page.getByLabel('Who').fill('E1001');
      await page.getByLabel('Action').selectOption('team.read');
    });
    expect(await admin.locator('main').textContent()).toContain('No entries match.');
  });

  it('filters by day, and says what is wrong with a window that ends before it begins', async () => {
    const today = new Date().toISOString().slice(0, 10);
    await show(async (page) => {
      await page.getByLabel('From (day, UTC)').fill(today);
      await page.getByLabel('To (day, UTC)').fill(today);
      await page.getByLabel('Action').selectOption('role.change');
    });
    expect(await (await rows()).count()).toBe(1);

    await show(async (page) => {
      await page.getByLabel('From (day, UTC)').fill('2001-01-01');
      await page.getByLabel('To (day, UTC)').fill('2001-01-31');
    });
    expect(await admin.locator('main').textContent()).toContain('No entries match.');

    const before = await db().auditEntry.count();
    const response = await admin.goto(`${origin}/app/admin/audit?from=2030-01-02&to=2030-01-01`);
    expect(response?.status()).toBe(422);
    expect(await admin.getByRole('alert').textContent()).toBe('The time window ends before it begins.');
    expect((await admin.goto(`${origin}/app/admin/audit?from=soon`))?.status()).toBe(422);
    expect((await admin.goto(`${origin}/app/admin/audit?action=employee.delete`))?.status()).toBe(422);
    expect(await seriousViolations(admin)).toEqual([]);
    // a refused filter is no reading of the log
    expect(await db().auditEntry.count()).toBe(before);
  });

  it('shows what people typed as text, never as markup', async () => {
    await show(async (page) => {
      await page.getByLabel('Person').fill('<img src=x>');
    });
    expect(await admin.getByLabel('Person').inputValue()).toBe('<img src=x>');
    expect(await admin.locator('main').textContent()).toContain('No entries match.');
    await show(async (page) => {
      await page.getByLabel('Action').selectOption('audit.read');
      await page.getByLabel('Who').fill('API token');
    });
    expect(await (await rows()).count()).toBe(1);
    expect((await cells(0))[4]).toBe('audit log of <img src=x>');
    expect(await admin.locator('main img').count()).toBe(0);
  });

  it('fits a phone: the filters wrap and the table scrolls in its own box', async () => {
    const phone = await rig.signInFromSlack(SLACK_PEOPLE.maya, { phone: true });
    expect((await phone.goto(`${origin}/app/admin/audit`))?.status()).toBe(200);
    expect(await phone.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    expect(await seriousViolations(phone)).toEqual([]);
    await screenshot(phone, 'admin-phone-audit');
  });

  it("gives a learner the console's refusal, and records nothing for her", async () => {
    const priya = await rig.signInFromSlack(SLACK_PEOPLE.priya);
    const before = await db().auditEntry.count();
    const response = await priya.goto(`${origin}/app/admin/audit?action=team.read`);
    expect(response?.status()).toBe(403);
    expect(await priya.locator('h1').textContent()).toBe('Not your page');
    expect(await priya.locator('main').textContent()).not.toContain('team.read');
    expect(await db().auditEntry.count()).toBe(before);
  });
});
