import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashToken } from '../../src/core/console/rules/sign-in-tokens.js';
import { sendText } from '../../test-kit/teams-requests.js';
import { TOMAS } from '../helpers/chat-rig.js';
import { CONSOLE_COOKIE } from '../../src/console/console-cookie.js';
import { screenshot, seriousViolations, SLACK_PEOPLE, startConsoleRig, type ConsoleRig } from '../helpers/console-browser.js';

/** The sign-in link's token, from the URL the bot sent. */
const tokenOf = (url: string) => url.split('/app/sign-in/')[1]!;

describe('signing in to the web console with a one-time link from chat', () => {
  let rig: ConsoleRig;
  beforeAll(async () => {
    rig = await startConsoleRig();
  }, 60_000);
  afterAll(async () => {
    await rig?.stop();
  });

  it('sends a link in the DM that signs the person in once, with a Secure, HttpOnly, SameSite session cookie', async () => {
    const url = await rig.linkFromSlack(SLACK_PEOPLE.priya);
    expect(url).toMatch(/^http:\/\/localhost:\d+\/app\/sign-in\/[A-Za-z0-9_-]{43}$/);

    const page = await rig.newPage();
    const opened = await page.goto(url);
    // Opening the link (as a chat app's link preview does) does not use it: it asks first.
    expect(opened?.status()).toBe(200);
    await expect(page.getByRole('heading', { name: 'Sign in to Skillcheck' }).isVisible()).resolves.toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'sign-in');
    await page.goto(url);
    await page.getByRole('button', { name: 'Sign in as Priya Natarajan' }).click();
    await page.waitForURL(/\/app$/);
    expect(await page.locator('h1').textContent()).toBe('Priya Natarajan');

    const cookie = (await page.context().cookies()).find((entry) => entry.name === CONSOLE_COOKIE)!;
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax', path: '/' });
    // The database keeps only hashes: neither the link's token nor the cookie's is stored.
    const stored = await rig.chat.server.db.consoleSession.findMany({ where: { employee: { email: 'priya.natarajan@example.com' } } });
    expect(stored.map((row) => row.tokenHash)).toEqual([hashToken(cookie.value)]);
    expect(await rig.chat.server.db.consoleSignIn.count({ where: { tokenHash: tokenOf(url) } })).toBe(0);

    // A second use is refused, in another browser too, and says why.
    const again = await rig.newPage();
    const refused = await again.goto(url);
    expect(refused?.status()).toBe(410);
    expect(await again.locator('main').textContent()).toContain('already used');
    expect(await again.getByRole('button', { name: /Sign in as/ }).count()).toBe(0);
    // Posting to it directly is refused as well.
    const replay = await fetch(url, { method: 'POST', redirect: 'manual' });
    expect(replay.status).toBe(410);
    expect(replay.headers.get('set-cookie')).toBeNull();
  });

  it('refuses an expired link and an unknown one', async () => {
    const url = await rig.linkFromSlack(SLACK_PEOPLE.aisha);
    await rig.chat.server.db.consoleSignIn.update({ where: { tokenHash: hashToken(tokenOf(url)) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const page = await rig.newPage();
    expect((await page.goto(url))?.status()).toBe(410);
    expect(await page.locator('main').textContent()).toContain('expired');
    const posted = await fetch(url, { method: 'POST', redirect: 'manual' });
    expect(posted.status).toBe(410);

    const unknown = url.replace(/[A-Za-z0-9_-]{43}$/, 'x'.repeat(43));
    expect((await page.goto(unknown))?.status()).toBe(404);
    expect((await page.goto(url.replace(/[A-Za-z0-9_-]{43}$/, 'not-a-token')))?.status()).toBe(404);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('needs a session for every page, and a CSRF token and this origin for every form', async () => {
    const base = rig.chat.server.url;
    const anonymous = await fetch(`${base}/app`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.text()).toContain('/skillcheck web');
    expect(anonymous.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(anonymous.headers.get('cache-control')).toBe('no-store');

    const page = await rig.signInFromSlack(SLACK_PEOPLE.aisha);
    const cookie = (await page.context().cookies()).find((entry) => entry.name === CONSOLE_COOKIE)!;
    const headers = { cookie: `${CONSOLE_COOKIE}=${cookie.value}`, 'content-type': 'application/x-www-form-urlencoded' };
    // A form without its token, or from another site, changes nothing.
    const noToken = await fetch(`${base}/app/sign-out`, { method: 'POST', headers, body: '', redirect: 'manual' });
    expect(noToken.status).toBe(403);
    const csrf = await page.locator('input[name="csrf"]').first().inputValue();
    const otherSite = await fetch(`${base}/app/sign-out`, { method: 'POST', headers: { ...headers, origin: 'https://evil.example' }, body: `csrf=${csrf}`, redirect: 'manual' });
    expect(otherSite.status).toBe(403);
    expect((await fetch(`${base}/app`, { headers })).status).toBe(200);

    // Signing out ends the session for good: the cookie no longer opens a page.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.waitForURL(/\/app\/signed-out$/);
    expect(await page.locator('h1').textContent()).toBe('You are signed out');
    expect((await fetch(`${base}/app`, { headers })).status).toBe(401);
    expect((await page.goto(`${page.url().replace(/\/app\/signed-out$/, '')}/app`))?.status()).toBe(401);
  });

  it('lists the signed-in browsers and signs another one out from here', async () => {
    const laptop = await rig.signInFromSlack(SLACK_PEOPLE.maya);
    const phone = await rig.signInFromSlack(SLACK_PEOPLE.maya, { phone: true });
    const origin = new URL(laptop.url()).origin;
    await laptop.goto(`${origin}/app/sessions`);
    expect(await laptop.locator('tbody tr').count()).toBe(2);
    expect(await seriousViolations(laptop)).toEqual([]);
    await screenshot(laptop, 'sessions');
    await laptop.getByRole('button', { name: 'Sign out that browser' }).click();
    await laptop.waitForLoadState('load');
    expect(await laptop.getByRole('status').textContent()).toContain('signed out');
    expect(await laptop.locator('tbody tr').count()).toBe(1);
    expect((await phone.goto(`${origin}/app`))?.status()).toBe(401);
    expect((await laptop.goto(`${origin}/app`))?.status()).toBe(200);
  });

  it('sends the link in Teams too', async () => {
    const { connector, server } = rig.chat;
    const before = new Set(connector.activities.keys());
    const response = await sendText(server.url, connector.url, TOMAS, 'web');
    expect(response.status).toBeLessThan(300);
    await server.settled();
    const sent = JSON.stringify([...connector.activities.values()].filter((entry) => !before.has(entry.id)));
    const url = /http:\/\/localhost:\d+\/app\/sign-in\/[A-Za-z0-9_-]{43}/.exec(sent)?.[0];
    expect(url).toBeDefined();
    const page = await rig.signIn(url!);
    expect(await page.locator('h1').textContent()).toBe('Tomás Rivera');
  });
});
