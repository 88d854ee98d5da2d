import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOriginalFrontend, startSiteServer } from '../test-kit/original-frontend.js';
import { CHROMIUM_PATH } from '../tests/helpers/chat-drivers/web-driver.js';
import { startTestServer, type TestServer } from '../tests/helpers/test-server.js';

/**
 * The original system's front end, unmodified (fetched at a pinned commit and built with Vite against this server),
 * in Debian's Chromium: a learner signs in and goes through the whole journey, an admin sees the analytics and
 * the people. The demo organisation's accounts sign in (README, "Signing in (web accounts)").
 */
describe('the original front end, unchanged, against Skillcheck', () => {
  let server: TestServer;
  let site: Awaited<ReturnType<typeof startSiteServer>>;
  let browser: Browser;

  beforeAll(async () => {
    site = await startSiteServer();
    server = await startTestServer({ CORS_ORIGINS: site.url });
    site.serve(buildOriginalFrontend(server.url));
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox'] });
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await site?.stop();
  });

  /** A fresh browser on the front end's sign-in page, signed in; failed calls to this server are collected. */
  async function signIn(username: string, password: string): Promise<{ page: Page; failures: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const failures: string[] = [];
    page.on('response', (response) => {
      if (response.url().startsWith(server.url) && response.status() >= 400) failures.push(`${response.request().method()} ${response.url()} ${response.status()}`);
    });
    page.on('requestfailed', (request) => {
      if (request.url().startsWith(server.url)) failures.push(`${request.method()} ${request.url()} ${request.failure()?.errorText}`);
    });
    await page.goto(`${site.url}/login`);
    await page.getByPlaceholder('Enter your username').fill(username);
    await page.getByPlaceholder('Enter your password').fill(password);
    await page.getByRole('button', { name: 'Login' }).click();
    return { page, failures };
  }

  const progressWidth = async (page: Page) => Number(/([\d.]+)%/.exec((await page.locator('.progress-fill').getAttribute('style')) ?? '')?.[1] ?? NaN);

  it('a learner signs in, takes the assessment, sees the results, builds the path, starts and finishes an item, and the progress bar moves', async () => {
    const { page, failures } = await signIn('priya.natarajan', 'demo-learner-pass');
    await expect.poll(() => page.getByRole('heading', { name: /Welcome Priya Natarajan/ }).count(), { timeout: 15_000 }).toBe(1);

    await page.getByRole('button', { name: /Dashboard/ }).click();
    await page.locator('.progress-fill').waitFor();
    const before = await progressWidth(page);
    expect(before).toBeLessThan(100);

    await page.getByRole('button', { name: 'Start Assessment' }).click();
    await page.getByRole('heading', { name: 'Skill Assessment' }).waitFor();
    const cards = page.locator('.question-card');
    await expect.poll(() => cards.count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const questions = await cards.count();
    for (let index = 0; index < questions; index++) await cards.nth(index).locator('label.option').first().click();
    await page.getByRole('button', { name: 'Submit Assessment' }).click();

    await page.getByRole('heading', { name: 'Assessment Results' }).waitFor();
    await expect.poll(() => page.locator('.result-card').count()).toBeGreaterThan(0);

    await page.getByRole('button', { name: 'Generate My Learning Path' }).click();
    await page.getByRole('heading', { name: 'Your Learning Path' }).waitFor();
    const items = page.locator('.learning-card');
    await expect.poll(() => items.count(), { timeout: 15_000 }).toBeGreaterThan(1);

    const first = items.first();
    await first.getByRole('button', { name: 'Start' }).click();
    await first.getByRole('button', { name: 'Mark Done' }).click();
    await expect.poll(() => first.locator('.status').textContent()).toBe('DONE');

    await page.getByRole('button', { name: 'Back to Dashboard' }).click();
    await page.locator('.progress-fill').waitFor();
    await expect.poll(() => progressWidth(page)).toBeGreaterThan(before);
    expect(failures).toEqual([]);

    // What the browser did, as Skillcheck recorded it.
    const priya = await server.db.employee.findUniqueOrThrow({ where: { employeeNumber: 'E2001' } });
    const sessions = await server.db.assessmentSession.findMany({ where: { employeeId: priya.id } });
    expect(sessions.map((session) => session.status)).toEqual(['COMPLETED']);
    expect(await server.db.learningProgress.count({ where: { employeeId: priya.id, status: 'DONE' } })).toBe(1);
  });

  it('an admin signs in and sees the analytics and the list of employees', async () => {
    const { page, failures } = await signIn('admin', 'demo-admin-pass');
    await page.getByRole('heading', { name: 'Admin Dashboard' }).waitFor();

    await page.getByRole('button', { name: /View Analytics/ }).click();
    await page.getByRole('heading', { name: 'Admin Analytics' }).waitFor();
    const total = page.locator('.analytics-card', { hasText: 'Total Employees' }).locator('h3');
    await expect.poll(() => total.textContent()).toBe(String(await server.db.employee.count()));

    await page.getByRole('button', { name: '← Back' }).click();
    await page.getByRole('button', { name: /Manage Employees/ }).click();
    await expect.poll(() => page.getByText('Priya Natarajan').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });
});
