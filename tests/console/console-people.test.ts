import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEAM_REPORT_COLUMNS } from '../../src/admin-io/team-report-csv.js';
import type { AssessmentStep } from '../../src/core/assessment/views.js';
import { answerStepSchema, assessmentStepSchema } from '../../src/http/rest/view-schemas.js';
import { sendText } from '../../test-kit/teams-requests.js';
import { TOMAS } from '../helpers/chat-rig.js';
import { screenshot, seriousViolations, SLACK_PEOPLE, startConsoleRig, type ConsoleRig } from '../helpers/console-browser.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/**
 * The console's learner and manager pages in Debian's Chromium, signed in through the links the bot
 * sends in Slack: Priya sees her profile, path and earlier assessments and nothing of anyone else;
 * Maya sees her team's heat map, a report's trends and the CSV, and nobody of another team.
 */
describe('the learner and manager pages of the web console', () => {
  let rig: ConsoleRig;
  let origin = '';
  const ids = { priya: 0, aisha: 0, maya: 0, tomas: 0, tomasReport: 0 };
  const sittings: { priya: number[]; aisha: number[] } = { priya: [], aisha: [] };

  /** One adaptive sitting over REST (the test token), every answer right or every one "I don't know". */
  async function sit(employeeId: number, right: boolean): Promise<number> {
    const { server } = rig.chat;
    const base = `/api/v1/learner/${employeeId}/assessment`;
    expect((await server.call(`${base}/start/`, { method: 'POST' })).status).toBe(201);
    let step: AssessmentStep = assessmentStepSchema.parse(await (await server.call(`${base}/next/`, { method: 'POST' })).json());
    while (step.kind === 'question') {
      const row = await server.db.assessmentQuestion.findUniqueOrThrow({ where: { id: step.question.questionId } });
      const answered = answerStepSchema.parse(await (await server.call(`${base}/answer/`, { method: 'POST', json: { questionId: row.id, option: right ? row.correctOption : 'DONT_KNOW' } })).json());
      step = answered.results ? { kind: 'results', results: answered.results } : { kind: 'question', assessment: step.assessment, question: answered.outcome.next! };
    }
    return step.results.sessionId;
  }

  beforeAll(async () => {
    rig = await startConsoleRig({ CHECKIN_QUESTIONS_PER_DAY: '0' });
    origin = new URL(rig.chat.server.url).origin.replace('127.0.0.1', 'localhost');
    const { db, call } = rig.chat.server;
    const byEmail = async (email: string) => (await db.employee.findUniqueOrThrow({ where: { email } })).id;
    ids.priya = await byEmail('priya.natarajan@example.com');
    ids.aisha = await byEmail('aisha.bello@example.com');
    ids.maya = await byEmail('maya.chen@example.com');
    ids.tomas = await byEmail('tomas.rivera@example.com');
    ids.tomasReport = (await db.employee.findFirstOrThrow({ where: { managerId: ids.tomas }, orderBy: { id: 'asc' } })).id;
    // Priya: a first sitting of "I don't know" (gaps), then one of right answers, and a path from it with one item done.
    sittings.priya.push(await sit(ids.priya, false));
    const generated = await call(`/api/v1/learner/${ids.priya}/learning-path/generate/`, { method: 'POST' });
    expect(generated.status).toBe(201);
    const path = (await generated.json()) as { groups: Array<{ items: Array<{ contentId: number }> }> };
    const first = path.groups[0]!.items[0]!.contentId;
    expect((await call(`/api/v1/learner/${ids.priya}/learning/${first}/complete/`, { method: 'POST' })).status).toBe(200);
    sittings.priya.push(await sit(ids.priya, true));
    // Aisha (Maya's team too) and Tomás's report have data that must not leak into others' pages.
    sittings.aisha.push(await sit(ids.aisha, false));
    await sit(ids.tomasReport, false);
  }, 120_000);
  afterAll(async () => {
    await rig?.stop();
  });

  const expectNoSeriousViolations = async (page: Page) => expect(await seriousViolations(page)).toEqual([]);
  /** A phone page scrolls down only: wide tables scroll inside their own region. */
  const pageWidth = async (page: Page) => (await page.evaluate('document.documentElement.scrollWidth')) as number;
  const names = async (page: Page) => (await page.locator('body').textContent()) ?? '';

  /** The image loaded in the page (decoded, so not a broken picture). */
  const imageLoaded = async (page: Page, selector: string) =>
    (await page.evaluate(`(() => { const img = document.querySelector(${JSON.stringify(selector)}); return img !== null && img.complete && img.naturalWidth > 0; })()`)) as boolean;
  /** What has the keyboard focus: a heat map row's link by its name, else the element and its href or region label. */
  const focusedThing = async (page: Page) =>
    (await page.evaluate(`(() => {
      const active = document.activeElement;
      if (!active) return '';
      if (active.closest('table.heat-map')) return 'row:' + active.textContent;
      return active.tagName.toLowerCase() + ':' + (active.getAttribute('href') ?? active.getAttribute('aria-labelledby') ?? '');
    })()`)) as string;

  it("Priya sees her skill profile, summary, learning path and earlier assessments, and opens one", async () => {
    const page = await rig.signInFromSlack(SLACK_PEOPLE.priya);
    expect(page.url()).toBe(`${origin}/app`);
    expect(await page.locator('h1').textContent()).toBe('Priya Natarajan');

    // The profile: the picture with its words as alt text, and a table row per expected skill.
    const expected = await rig.chat.server.db.tSRSkill.count({ where: { profile: { employees: { some: { id: ids.priya } } } } });
    const img = page.locator('img[src="/app/me/skill-profile.png"]');
    expect(await img.getAttribute('alt')).toMatch(/^Skill profile of Priya Natarajan: .+: level \d/);
    expect(await imageLoaded(page, 'img[src="/app/me/skill-profile.png"]')).toBe(true);
    const profileRows = page.getByRole('table', { name: /Each expected skill/ }).locator('tbody tr');
    expect(await profileRows.count()).toBe(expected);
    const verdicts = await profileRows.locator('td:last-child').allTextContents();
    for (const verdict of verdicts) expect(verdict).toMatch(/^(gap, \d\d% sure|on target, \d\d% sure|not sure yet(: about \d+ more questions?|: many more questions|)|not assessed yet)$/);
    expect(verdicts.some((verdict) => /^(gap|on target), \d\d% sure$/.test(verdict))).toBe(true);

    // The learning path with its progress and this week's items, each a link with its status.
    const path = page.getByRole('region', { name: 'My learning path' });
    expect(await path.textContent()).toMatch(/1 of \d+ items done/);
    expect(await path.getByRole('heading', { name: 'This week' }).count()).toBe(1);
    const done = path.locator('h3:has-text("Done") + ul > li');
    expect(await done.count()).toBe(1);
    expect(await done.locator('a').getAttribute('href')).toMatch(/^https?:\/\//);
    expect(await done.textContent()).toContain('Done');

    // Earlier assessments, newest first; the first one opens as it was (gaps everywhere).
    const rows = page.getByRole('table', { name: /Scored assessments/ }).locator('tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await rows.nth(1).textContent()).toMatch(/Assessment 1.*\d+ gaps?, 0 on target/);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'learner-home');

    await page.getByRole('link', { name: 'Assessment 1' }).click();
    await page.waitForURL(`${origin}/app/me/sittings/${sittings.priya[0]}`);
    expect(await page.locator('h1').textContent()).toMatch(/^Your assessment of \d{4}-\d\d-\d\d$/);
    const skills = page.getByRole('table', { name: /Each skill of this assessment/ }).locator('tbody tr');
    expect(await skills.count()).toBeGreaterThan(0);
    expect(await skills.first().textContent()).toMatch(/gap, \d\d% sure/);
    await expectNoSeriousViolations(page);
    await screenshot(page, 'learner-sitting');

    // At a phone's width the home page passes too.
    const phone = await rig.signInFromSlack(SLACK_PEOPLE.priya, { phone: true });
    expect(await pageWidth(phone)).toBeLessThanOrEqual(390);
    await expectNoSeriousViolations(phone);
    await screenshot(phone, 'learner-home-phone');
  });

  it('Priya cannot open the team pages, anyone else, or the admin pages, and her pages hold nobody else', async () => {
    const page = await rig.signInFromSlack(SLACK_PEOPLE.priya);
    for (const path of ['/app/team', `/app/team/${ids.aisha}`, `/app/team/${ids.priya}`, '/app/team/report.csv', '/app/team/heat-map.png', `/app/team/${ids.aisha}/skill-profile.png`]) {
      const response = await page.goto(`${origin}${path}`);
      expect(response?.status(), path).toBe(403);
      expect(await page.locator('h1').textContent()).toBe('Not your page');
      expect(await names(page)).not.toContain('Aisha');
    }
    await expectNoSeriousViolations(page);
    // The admin pages are not hers either.
    const admin = await page.goto(`${origin}/app/admin`);
    expect(admin?.status()).toBe(403);
    // Another person's assessment is not found under her own pages.
    expect((await page.goto(`${origin}/app/me/sittings/${sittings.aisha[0]}`))?.status()).toBe(404);
    expect(await names(page)).not.toContain('Aisha');
    expect((await page.goto(`${origin}/app/me/sittings/not-a-number`))?.status()).toBe(404);
    // Her own home names nobody of her team.
    await page.goto(`${origin}/app`);
    const home = await names(page);
    expect(home).not.toContain('Aisha');
    expect(home).not.toContain('Maya');
  });

  it('Maya sees the heat map (a PNG and a table of her reports) and who needs attention', async () => {
    const page = await rig.signInFromSlack(SLACK_PEOPLE.maya);
    const png = page.waitForResponse((response) => response.url().endsWith('/app/team/heat-map.png'));
    await page.goto(`${origin}/app/team`);
    const image = await png;
    expect(image.status()).toBe(200);
    expect(image.headers()['content-type']).toBe('image/png');
    expect((await image.body()).subarray(0, 8)).toEqual(PNG_SIGNATURE);
    expect(await imageLoaded(page, 'img[src="/app/team/heat-map.png"]')).toBe(true);
    expect(await page.locator('img[src="/app/team/heat-map.png"]').getAttribute('alt')).toMatch(/^Heat map of 6 direct reports by \d+ expected skills: /);

    const reports = await rig.chat.server.db.employee.findMany({ where: { managerId: ids.maya }, orderBy: { name: 'asc' } });
    expect(reports).toHaveLength(6);
    const table = page.getByRole('table', { name: /Your direct reports by expected skill/ });
    const rowHeads = table.locator('tbody th[scope="row"] a');
    expect(await rowHeads.allTextContents()).toEqual(reports.map((report) => report.name).sort((a, b) => a.localeCompare(b)));
    const priyaRow = table.locator('tbody tr', { has: page.getByRole('link', { name: 'Priya Natarajan' }) });
    const priyaCells = await priyaRow.locator('td').allTextContents();
    expect(priyaCells).toHaveLength(await table.locator('thead th').count() - 1);
    expect(priyaCells.some((cell) => /^(gap|on target), \d\d% sure(level \d(-\d)?, target \d)$/.test(cell))).toBe(true);
    expect(priyaCells.some((cell) => cell === '–not expected')).toBe(true);
    expect(await table.textContent()).toContain('not assessed yet');

    const attention = page.getByRole('region', { name: 'Who needs your attention' });
    expect(await attention.locator(`a[href="/app/team/${ids.priya}"]`).count()).toBe(1);
    expect(await attention.locator('ul.people > li').count()).toBe(6);
    expect(await names(page)).not.toContain('Tomás');
    await expectNoSeriousViolations(page);
    await screenshot(page, 'team');

    const phone = await rig.signInFromSlack(SLACK_PEOPLE.maya, { phone: true });
    await phone.goto(`${origin}/app/team`);
    expect(await phone.getByRole('table', { name: /Your direct reports/ }).isVisible()).toBe(true);
    expect(await phone.locator('img[src="/app/team/heat-map.png"]').isVisible()).toBe(false);
    expect(await pageWidth(phone)).toBeLessThanOrEqual(390);
    await expectNoSeriousViolations(phone);
    await screenshot(phone, 'team-phone');
  });

  it("Maya opens a report's page with trends since earlier assessments, and one of their assessments", async () => {
    const page = await rig.signInFromSlack(SLACK_PEOPLE.maya);
    await page.goto(`${origin}/app/team`);
    await page.getByRole('table', { name: /Your direct reports/ }).getByRole('link', { name: 'Priya Natarajan' }).click();
    await page.waitForURL(`${origin}/app/team/${ids.priya}`);
    expect(await page.locator('h1').textContent()).toBe('Priya Natarajan');
    expect(await imageLoaded(page, `img[src="/app/team/${ids.priya}/skill-profile.png"]`)).toBe(true);

    const trends = page.getByRole('table', { name: /at each assessment/ });
    expect(await trends.locator('thead th').allTextContents()).toEqual(['Skill', expect.stringMatching(/^Assessment 1/), expect.stringMatching(/^Assessment 2/), 'Latest move']);
    const moves = await trends.locator('tbody tr td:last-child').allTextContents();
    expect(moves.length).toBeGreaterThan(0);
    // All "I don't know", then all right: every skill measured twice moved up.
    expect(moves.filter((move) => move.includes('better')).length).toBeGreaterThan(0);
    expect(moves.some((move) => move.includes('worse'))).toBe(false);
    expect(await trends.locator('[aria-hidden="true"]').first().textContent()).toBe('↑');
    expect(await page.getByRole('region', { name: 'Learning path' }).textContent()).toMatch(/1 of \d+ items done/);
    expect(await names(page)).not.toContain('Aisha');
    await expectNoSeriousViolations(page);
    await screenshot(page, 'team-report-detail');

    await page.getByRole('link', { name: 'Assessment 2' }).click();
    await page.waitForURL(`${origin}/app/team/${ids.priya}/sittings/${sittings.priya[1]}`);
    expect(await page.locator('h1').textContent()).toMatch(/^Priya Natarajan’s assessment of /);
    await expectNoSeriousViolations(page);
    // Aisha's assessment is not found under Priya's page.
    expect((await page.goto(`${origin}/app/team/${ids.priya}/sittings/${sittings.aisha[0]}`))?.status()).toBe(404);
  });

  it('Maya downloads the team report as CSV: the header and a row per report', async () => {
    const page = await rig.signInFromSlack(SLACK_PEOPLE.maya);
    await page.goto(`${origin}/app/team`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download the team report (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('team-report.csv');
    const rows = parse(readFileSync((await download.path())!, 'utf8')) as string[][];
    expect(rows[0]).toEqual([...TEAM_REPORT_COLUMNS]);
    const reports = await rig.chat.server.db.employee.findMany({ where: { managerId: ids.maya } });
    expect(new Set(rows.slice(1).map((row) => row[0]))).toEqual(new Set(reports.map((report) => report.employeeNumber)));
    // Priya's rows name her skills with verdicts; nobody of another team is in the file.
    expect(rows.some((row) => row[1] === 'Priya Natarajan' && /GAP|ON_TARGET|NOT_SURE/.test(row[13] ?? ''))).toBe(true);
    const tomasReport = await rig.chat.server.db.employee.findUniqueOrThrow({ where: { id: ids.tomasReport } });
    expect(rows.some((row) => row[1] === tomasReport.name)).toBe(false);
  });

  it("a manager whose chat takes no files signs in from the link and gets the CSV download at once", async () => {
    const { server, connector } = rig.chat;
    await sendText(server.url, connector.url, TOMAS, 'team csv');
    await server.settled();
    const sent = JSON.stringify(connector.sentTo(TOMAS.conversationId).at(-1)!.activity);
    const url = /http:\/\/localhost:\d+\/app\/sign-in\/[A-Za-z0-9_-]{43}/.exec(sent)![0];
    const page = await rig.newPage();
    await page.goto(url);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Sign in as Tomás Rivera' }).click()]);
    const rows = parse(readFileSync((await download.path())!, 'utf8')) as string[][];
    expect(rows[0]).toEqual([...TEAM_REPORT_COLUMNS]);
    const reports = await server.db.employee.findMany({ where: { managerId: ids.tomas } });
    expect(new Set(rows.slice(1).map((row) => row[0]))).toEqual(new Set(reports.map((report) => report.employeeNumber)));
  });

  it("Maya cannot open another team's person, nor that team", async () => {
    const page = await rig.signInFromSlack(SLACK_PEOPLE.maya);
    const tomasReport = await rig.chat.server.db.employee.findUniqueOrThrow({ where: { id: ids.tomasReport } });
    const attempts = [`/app/team/${ids.tomasReport}`, `/app/team/${ids.tomas}`, `/app/team/${ids.tomasReport}/skill-profile.png`, `/app/team/${ids.tomasReport}/sittings/1`, '/app/team/999999'];
    for (const path of attempts) {
      const response = await page.goto(`${origin}${path}`);
      expect(response?.status(), path).toBe(403);
      const text = await names(page);
      expect(text).not.toContain(tomasReport.name);
      expect(text).not.toContain('Tomás');
    }
    await expectNoSeriousViolations(page);
    await screenshot(page, 'team-refused');
  });

  it('works with the keyboard: the skip link leads to the content, and Tab goes through the team table’s links in order', async () => {
    const page = await rig.signInFromSlack(SLACK_PEOPLE.maya);
    await page.goto(`${origin}/app/team`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate('document.activeElement.textContent')).toBe('Skip to content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate('document.activeElement.id')).toBe('main');
    const focused: string[] = [];
    for (let step = 0; step < 8; step += 1) {
      await page.keyboard.press('Tab');
      focused.push(await focusedThing(page));
    }
    // After the skip: the CSV link, the table's scrolling region, then each report's link in the table's order.
    expect(focused[0]).toBe('a:/app/team/report.csv');
    expect(focused[1]).toBe('div:heat-map-caption');
    const names = (await rig.chat.server.db.employee.findMany({ where: { managerId: ids.maya } })).map((report) => report.name).sort((a, b) => a.localeCompare(b));
    expect(focused.slice(2, 8)).toEqual(names.map((name) => `row:${name}`));
    // The focused link (the last report's) opens their page with Enter.
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/app\/team\/\d+$/);
    expect(await page.locator('h1').textContent()).toBe(names[5]);
  });
});
