import { request } from 'node:http';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import express from 'express';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchFromFile } from '../../src/admin-io/read-import.js';
import { batchFromJson, mergeBatches } from '../../src/admin-io/json-import.js';
import { Conversation } from '../../src/chat/conversation/conversation.js';
import { OpenLinks } from '../../src/http/open-links.js';
import { projectRoot } from '../../src/shared/project-paths.js';
import { createWebPlatform } from '../../src/web/create-web-platform.js';
import type { ChatMessage, DemoPerson } from '../helpers/chat-drivers/driver.js';
import { STRANGER_ID, WebDriver } from '../helpers/chat-drivers/web-driver.js';
import { answerKey, employeeId, snapshot } from '../helpers/test-app.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

const last = (messages: ChatMessage[], pattern: RegExp) => messages.filter((message) => pattern.test(message.text)).at(-1);

/** A request with headers fetch will not set (Host), from this machine. */
function rawGet(url: string, headers: Record<string, string>): Promise<{ status: number; body: string }> {
  const target = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ host: target.hostname, port: target.port, path: target.pathname, method: 'GET', headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Answers every question of the open assessment by pressing its buttons on the page: `choose` picks the option. */
async function answerAll(driver: WebDriver, person: DemoPerson, employee: number, choose: (skill: string, correct: string) => string): Promise<ChatMessage> {
  const first = last(await driver.messages(person), /^Question 1 of (at most )?\d+/);
  expect(first, 'the first question card').toBeDefined();
  const open = await driver.server.db.assessmentSession.findFirstOrThrow({ where: { employeeId: employee, status: 'IN_PROGRESS' } });
  for (;;) {
    const card = (await driver.messages(person)).find((message) => message.id === first!.id)!;
    if (!/^Question \d+ of (at most )?\d+/.test(card.text)) return card;
    const question = (await driver.server.core.getCurrentQuestion({ employeeId: employee }))!;
    expect(card.text).toContain(`Question ${question.number} of at most ${question.total}`);
    // Questions are chosen one at a time: the key of each is read when it is asked.
    const key = await answerKey(driver.server.db, open.id);
    const option = choose(question.skill.name, key.get(question.questionId)!);
    await driver.press(person, card, new RegExp(`^${option}(\\.|$)`));
  }
}

describe('the web chat at /try, in a real browser', () => {
  let server: TestServer;
  let driver: WebDriver;

  beforeAll(async () => {
    server = await startTestServer();
    driver = await WebDriver.start(server);
  });
  afterAll(async () => {
    await driver?.stop();
    await server?.stop();
  });

  it('shows a picker of the people, managers marked, then the chat as the one picked, with the welcome card first', async () => {
    const page = await driver.newPage();
    const picker = await page.locator('button[name="employee"]').allInnerTexts();
    expect(picker.length).toBe(15);
    expect(picker[0]).toMatch(/Tomás Rivera[\s\S]*Manager of 7/);
    expect(picker[1]).toMatch(/Maya Chen[\s\S]*Engineering Manager, Web Platform[\s\S]*Manager of 6/);
    expect(picker.find((entry) => entry.startsWith('Priya Natarajan'))).toMatch(/Software Engineer[\s\S]*Full-stack Developer/);
    expect(picker.find((entry) => entry.startsWith('Priya Natarajan'))).not.toMatch(/Manager/);

    const messages = await driver.messages('priya');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ id: 'm-1', passing: false, buttons: ['Start or continue my assessment'] });
    expect(messages[0]!.text).toMatch(/^Welcome to Skillcheck/);
    const priyaPage = await driver.page('priya');
    expect(await priyaPage.locator('.who').innerText()).toMatch(/Talking as Priya Natarajan · Software Engineer/);
    // The session cookie: HttpOnly, SameSite=Strict, only for /try.
    const [cookie] = await priyaPage.context().cookies();
    expect(cookie).toMatchObject({ name: 'skillcheck_try', path: '/try', httpOnly: true, sameSite: 'Strict' });
  });

  it('the whole journey by pressing the buttons on the page: questions, results, learning path, Open and Done until every item is done', async () => {
    const priya = await employeeId(server.db, 'E2001');
    await driver.type('priya', 'start');
    expect(last(await driver.messages('priya'), /^Question 1 of at most 20/)?.buttons).toHaveLength(5);

    // Right, except for SQL: one gap.
    const results = await answerAll(driver, 'priya', priya, (skill, correct) => (skill === 'SQL' ? (correct === 'A' ? 'B' : 'A') : correct));
    expect(results.text).toMatch(/^Your results: 1 gap/);
    expect(results.text).toMatch(/1 gap against your role's targets: SQL\./);
    expect(results.buttons).toEqual(['Build my learning path', 'Review my answers']);

    await driver.press('priya', results, 'Build my learning path');
    let messages = await driver.messages('priya');
    let path = last(messages, /^Your learning path/)!;
    expect(path.text).toMatch(/Learning path\s+0%/);
    expect(path.text).toMatch(/Gaps closed\s+0%/);
    expect(messages.find((message) => message.id === results.id)!.buttons).toEqual(['Review my answers']); // the results card lost its path button
    // Buttons only for this week's items: Open (the main one) and Done each.
    const view = await server.core.getLearningPath({ employeeId: priya });
    const items = view.groups.flatMap((group) => group.items);
    const thisWeek = items.filter((item) => item.week === 'THIS_WEEK');
    expect(thisWeek.length).toBeGreaterThan(0);
    expect(path.buttons).toEqual(thisWeek.flatMap(() => ['Open', 'Done']));
    const page = await driver.page('priya');
    expect(await page.locator(`[data-message="${path.id}"] a.button.primary`).count()).toBe(thisWeek.length);
    expect(path.text).toContain(`Start here: ${items[0]!.title}`);

    // Open is a link through /open/, which records the open and sends the browser on to the content.
    const href = (await page.locator(`[data-message="${path.id}"] a.button`).first().getAttribute('href'))!;
    expect(href).toMatch(new RegExp(`^${server.url}/open/[\\w-]+\\.[\\w-]+$`));
    await driver.press('priya', path, 'Open');
    expect(await server.db.learningEvent.count({ where: { employeeId: priya, type: 'CONTENT_OPENED' } })).toBe(1);
    expect(await server.db.learningProgress.count({ where: { employeeId: priya, status: 'IN_PROGRESS' } })).toBe(1);

    for (;;) {
      path = (await driver.messages('priya')).find((message) => message.id === path.id)!;
      if (!path.buttons.includes('Done')) break;
      await driver.press('priya', path, 'Done');
    }
    expect(await server.db.learningProgress.count({ where: { employeeId: priya, status: 'DONE' } })).toBe(items.length);
    expect(path.text).toMatch(/Learning path\s+100%/);
    expect(path.text).toContain(`all ${items.length} items done`);
    // Every item done closes no gap by itself, and the card says so.
    expect(path.text).toMatch(/0 of 1 gap closed/);
    expect(path.text).not.toMatch(/Learning completed/);
    // The original's progress bar keeps its numbers on its REST route.
    expect(await server.core.getProgressBar({ employeeId: priya })).toMatchObject({ percent: 100, learning: { completed: true } });

    // status and path answer with new cards; the older path card closes and links to the newer one, in this page.
    await driver.type('priya', 'status');
    const status = last(await driver.messages('priya'), /^Skillcheck: Full-stack Developer/)!.text;
    expect(status).toMatch(/Learning path\s+100%/);
    expect(status).toMatch(/0 of 1 gap closed/);
    await driver.type('priya', 'path');
    messages = await driver.messages('priya');
    expect(last(messages, /^Your learning path/)!.id).not.toBe(path.id);
    expect(messages.find((message) => message.id === path.id)!.text).toMatch(/^A newer learning path card replaced this one\.\nGo to the current card/);
    const link = page.locator(`[data-message="${path.id}"] .card a`);
    expect(await link.getAttribute('href')).toBe(`${server.url}/try#${last(messages, /^Your learning path/)!.id}`);
    expect(await link.getAttribute('target')).toBeNull();
  });

  it('retake asks first ("Not now" changes nothing), then starts anew; cancel asks first, then stops the assessment', async () => {
    await driver.type('priya', 'retake');
    let ask = last(await driver.messages('priya'), /^Start a new assessment\?/)!;
    expect(ask.buttons).toEqual(['Start the new assessment', 'Not now']);
    await driver.press('priya', ask, 'Not now');
    expect((await driver.messages('priya')).find((message) => message.id === ask.id)!.text).toBe('Okay, nothing changed.');

    await driver.type('priya', 'retake');
    ask = last(await driver.messages('priya'), /^Start a new assessment\?/)!;
    await driver.press('priya', ask, 'Start the new assessment');
    let messages = await driver.messages('priya');
    expect(messages.find((message) => message.id === ask.id)!.text).toBe('Okay: your new assessment is in the next card.');
    const question = last(messages, /^Question 1 of at most 20/)!;
    expect(messages.at(-1)!.id).toBe(question.id);

    await driver.type('priya', 'cancel');
    const stop = last(await driver.messages('priya'), /^Stop your assessment\?/)!;
    expect(stop.buttons).toEqual(['Stop the assessment', 'Keep going']);
    await driver.press('priya', stop, 'Stop the assessment');
    messages = await driver.messages('priya');
    expect(messages.find((message) => message.id === stop.id)!.text).toMatch(/^Your assessment is stopped; nothing was scored\. start begins a new one/);
    expect(messages.find((message) => message.id === question.id)).toMatchObject({ text: expect.stringMatching(/^You stopped this assessment/), buttons: [] });
  });

  it('help and a near miss answer in passing; the suggestion is a button that runs the command', async () => {
    await driver.type('liam', 'help');
    let messages = await driver.messages('liam');
    expect(messages.at(-1)).toMatchObject({ passing: true, buttons: ['Start or continue my assessment'] });
    expect(messages.at(-1)!.text).toMatch(/status: your progress and scores/);

    await driver.type('liam', 'statsu');
    messages = await driver.messages('liam');
    const suggestion = messages.at(-1)!;
    expect(suggestion).toMatchObject({ passing: true, buttons: ['Yes: status'] });
    expect(suggestion.text).toMatch(/^I don't know “statsu”\. Did you mean status\?/);
    expect(messages.filter((message) => message.passing)).toHaveLength(1); // the help note has passed

    await driver.press('liam', suggestion, 'Yes: status');
    messages = await driver.messages('liam');
    expect(messages.filter((message) => message.passing)).toEqual([]);
    expect(messages.at(-1)).toMatchObject({ passing: false, buttons: ['Start my assessment'] });
    expect(messages.at(-1)!.text).toMatch(/^Skillcheck: Full-stack Developer/);
  });

  it('a manager gets the team digest; anyone else a polite refusal', async () => {
    await driver.type('maya', 'team');
    const digest = last(await driver.messages('maya'), /^Your team right now/)!;
    expect(digest.passing).toBe(false);
    expect(digest.text).toMatch(/Priya Natarajan/);
    expect(digest.text).not.toMatch(/Daniel Kim/); // Tomás's report

    await driver.type('daniel', 'team');
    expect((await driver.messages('daniel')).at(-1)).toMatchObject({ passing: true, text: expect.stringMatching(/^The team digest is for managers/) });
  });

  it('a session that names an id that is no employee gets the unknown-person card, typed or pressed', async () => {
    const page = await driver.page('stranger');
    expect(await page.locator('.who').innerText()).toContain(`#${STRANGER_ID}`);
    await driver.type('stranger', 'status');
    let messages = await driver.messages('stranger');
    expect(messages.at(-1)).toMatchObject({ passing: true, text: expect.stringMatching(/^I couldn't find you in Skillcheck's employee directory/) });
    await driver.press('stranger', messages[0]!, 'Start or continue my assessment');
    messages = await driver.messages('stranger');
    expect(messages.at(-1)).toMatchObject({ passing: true, text: expect.stringMatching(/^I couldn't find you/) });
    expect(await server.db.assessmentSession.count({ where: { employeeId: STRANGER_ID } })).toBe(0);
  });

  it('switching person goes back to the picker, and back again finds the same chat', async () => {
    const page = await driver.page('daniel');
    const before = await driver.messages('daniel');
    await driver.submit(page, () => page.getByRole('button', { name: 'Switch person' }).click());
    expect(await page.locator('button[name="employee"]').count()).toBe(15);
    await driver.submit(page, () => page.locator('button[data-employee-number="E3002"]').click());
    expect((await driver.messages('daniel')).filter((message) => !message.passing)).toEqual(before.filter((message) => !message.passing));
  });

  it('refuses a POST without the session\'s CSRF token, and changes nothing', async () => {
    const page = await driver.page('liam');
    const cookie = (await page.context().cookies()).map((entry) => `${entry.name}=${entry.value}`).join('; ');
    const csrf = (await page.locator('form.say input[name="csrf"]').getAttribute('value'))!;
    const messagesBefore = await driver.messages('liam');
    const before = await snapshot(server.db);
    const post = (path: string, fields: Record<string, string>, headers: Record<string, string> = { cookie }) =>
      fetch(`${server.url}${path}`, { method: 'POST', redirect: 'manual', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(fields) });

    for (const answer of [
      await post('/try/say', { text: 'start' }),
      await post('/try/say', { text: 'start', csrf: 'not-the-token' }),
      await post('/try/say', { text: 'start', csrf }, {}), // the token without its session
      await post('/try/press', { action: 'assessment.continue', value: '0~-~', message: 'm-1' }),
      await post('/try/person', { employee: '1' }),
    ]) {
      expect(answer.status).toBe(403);
      expect(await answer.text()).toMatch(/Nothing was done/);
    }
    expect(await snapshot(server.db)).toEqual(before);
    await page.reload();
    expect(await driver.messages('liam')).toEqual(messagesBefore.filter((message) => !message.passing));

    // The control: the same request with the token is taken.
    const taken = await post('/try/say', { text: 'status', csrf });
    expect(taken.status).toBe(303);
    expect(taken.headers.get('location')).toMatch(/^\/try#m-\d+$/);
  });

  it('answers only this machine: a relayed request or another Host is refused with LOCAL_ONLY, and nothing else happens', async () => {
    for (const answer of [
      await fetch(`${server.url}/try`, { headers: { 'x-forwarded-for': '203.0.113.9' } }),
      await fetch(`${server.url}/try/say`, { method: 'POST', headers: { forwarded: 'for=203.0.113.9' }, body: 'text=start' }),
    ]) {
      expect(answer.status).toBe(403);
      expect(answer.headers.get('set-cookie')).toBeNull();
      expect(await answer.json()).toEqual({ error: { code: 'LOCAL_ONLY', message: expect.any(String) } });
    }
    // A page elsewhere whose DNS name points at 127.0.0.1 (DNS rebinding) names itself in Host.
    const rebound = await rawGet(`${server.url}/try`, { host: 'skillcheck.attacker.example' });
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body)).toMatchObject({ error: { code: 'LOCAL_ONLY' } });
    expect((await rawGet(`${server.url}/try`, { host: `localhost:${server.port}` })).status).toBe(200);
  });
});

describe('the web chat escapes what the data says', () => {
  let server: TestServer;
  let driver: WebDriver;
  const PWNED = (n: number) => `<script>window.__pwned=${n}</script>`;

  beforeAll(async () => {
    // TRY_ENABLED=true: with someone who is not in the demo organisation, auto would switch the web chat off.
    server = await startTestServer({ TRY_ENABLED: 'true' });
    const question = (n: number, difficulty: string) => ({
      id: `evil-${n}`,
      difficulty,
      stem: `${PWNED(4)} Which is <b>right</b>? [run](javascript:alert(1)) **${n}**`,
      options: { A: `<img src=x onerror="window.__pwned=6">A`, B: 'B <i>', C: 'C', D: 'D' },
      answer: 'A',
    });
    const report = await server.core.importOrganisation({
      batch: batchFromJson('evil.json', {
        skills: [{ key: 'evil', name: `${PWNED(1)} & <u>Skill</u>` }],
        roles: [{ key: 'evil-role', name: `<img src=x onerror="window.__pwned=2">Role`, skills: [{ skill: 'evil', category: 'CORE', targetLevel: 3 }] }],
        employees: [{ employeeNumber: 'E9999', name: `${PWNED(3)} Mallory`, email: 'mallory@example.com', title: '<marquee>Title', role: 'evil-role' }],
        content: [1, 2].map((n) => ({ key: `evil-${n}`, skill: 'evil', type: 'COURSE', title: `${PWNED(5)} Course ${n}`, url: 'https://example.com/x', minutes: 10, difficulty: 'BEGINNER' })),
        questionBank: [{ skill: 'evil', questions: [question(1, 'BEGINNER'), question(2, 'BEGINNER'), question(3, 'INTERMEDIATE'), question(4, 'INTERMEDIATE'), question(5, 'ADVANCED'), question(6, 'ADVANCED')] }],
      }),
    });
    expect(report.ok).toBe(true);
    driver = await WebDriver.start(server);
  });
  afterAll(async () => {
    await driver?.stop();
    await server?.stop();
  });

  it('names, titles, skills, stems and options with HTML in them are shown as text, and nothing in them runs', async () => {
    const page = await driver.newPage();
    const untouched = async () => {
      expect(await page.evaluate(() => (globalThis as { __pwned?: number }).__pwned)).toBeUndefined();
      // No element or attribute came from the data: the one script is the page's own file, no on* handler anywhere.
      expect(await page.locator('script').count()).toBe(1);
      expect(await page.locator('b, i, u, marquee, img:not(.card-picture)').count()).toBe(0);
      // The only images are the pictures Skillcheck drew (the names are in their alt text, as text).
      const pictures = await page.locator('img.card-picture').evaluateAll((elements) => elements.map((element) => element.getAttribute('src') ?? ''));
      expect(pictures.filter((src) => !src.startsWith('data:image/png;base64,'))).toEqual([]);
      const attributes = await page.locator('*').evaluateAll((elements) => elements.flatMap((element) => [...element.attributes].map((attribute) => attribute.name)));
      expect(attributes.filter((name) => name.startsWith('on'))).toEqual([]);
      expect(await page.locator('a[href^="javascript:"]').count()).toBe(0);
    };
    const mallory = page.locator('button[data-employee-number="E9999"]');
    expect(await mallory.innerText()).toContain(`${PWNED(3)} Mallory`);
    expect(await mallory.innerText()).toContain('<marquee>Title');
    await untouched();

    await driver.submit(page, () => mallory.click());
    expect(await page.locator('.who').innerText()).toContain(`Talking as ${PWNED(3)} Mallory · <marquee>Title · <img src=x onerror="window.__pwned=2">Role`);
    await untouched();

    const say = async (text: string) => {
      await page.locator('#say').fill(text);
      await driver.submit(page, () => page.locator('form.say button[type="submit"]').click());
    };
    await say(`status ${PWNED(7)}`);
    const texts = async () => (await page.locator('[data-message]').allInnerTexts()).join('\n');
    expect(await texts()).toContain('Skillcheck: <img src=x onerror="window.__pwned=2">Role');
    expect(await page.locator('.message.person').last().textContent()).toBe(`You: status ${PWNED(7)}`);
    await untouched();

    await say('start');
    expect(await texts()).toMatch(new RegExp(`${escapeRegExp(`${PWNED(1)} & <u>Skill</u>`)} · (Beginner|Intermediate|Advanced)`));
    expect(await texts()).toMatch(/<script>window\.__pwned=4<\/script> Which is <b>right<\/b>\? \[run\]\(javascript:alert\(1\)\) \*\*\d\*\*/);
    expect(await texts()).toMatch(/[A-D]\. <img src=x onerror="window\.__pwned=6">A/);
    await untouched();
    // Every answer wrong (anything but the <img> option): the skill is a gap, and the path lists its items.
    for (;;) {
      const card = page.locator('.message.bot').last();
      const written = (await card.innerText()).split('\n').map((line) => /^([A-D])\. (.*)$/.exec(line)).filter((match) => match !== null);
      if (written.length === 0) break;
      const wrong = written.find((match) => !match[2]!.includes('__pwned=6'))![1]!;
      await driver.submit(page, () => card.getByRole('button', { name: wrong, exact: true }).click());
      await untouched();
    }
    await driver.submit(page, () => page.getByRole('button', { name: 'Build my learning path' }).click());
    expect(await texts()).toContain(`${PWNED(5)} Course 1`);
    await untouched();
  });
});

describe('TRY_ENABLED', () => {
  it('false: /try is an unknown path, for every method', async () => {
    const server = await startTestServer({ TRY_ENABLED: 'false' });
    try {
      for (const answer of [await fetch(`${server.url}/try`), await fetch(`${server.url}/try/say`, { method: 'POST', body: 'text=start' })]) {
        expect(answer.status).toBe(404);
        expect(await answer.json()).toEqual({ error: { code: 'NOT_FOUND', message: expect.any(String) } });
      }
    } finally {
      await server.stop();
    }
  });

  it('auto: off on a database without the demo organisation, or with other people too; true switches it on', async () => {
    const empty = await startTestServer({ SEED_DEMO_DATA: 'false' });
    const servers = [empty];
    try {
      expect((await fetch(`${empty.url}/try`)).status).toBe(404);
      const fixture = (name: string) => batchFromFile(name, readFileSync(join(projectRoot, 'tests', 'fixtures', 'import', name), 'utf8'));
      const report = await empty.core.importOrganisation({ batch: mergeBatches(fixture('northwind-skills-roles.json'), fixture('northwind-employees.csv')) });
      expect(report.ok).toBe(true);

      const company = await startTestServer({ SEED_DEMO_DATA: 'false', DATABASE_URL: empty.databaseUrl });
      servers.push(company);
      expect((await fetch(`${company.url}/try`)).status).toBe(404);
      const forced = await startTestServer({ SEED_DEMO_DATA: 'false', DATABASE_URL: empty.databaseUrl, TRY_ENABLED: 'true' });
      servers.push(forced);
      const picker = await fetch(`${forced.url}/try`);
      expect(picker.status).toBe(200);
      expect(await picker.text()).toMatch(/Talk to Skillcheck as/);
    } finally {
      for (const server of servers.reverse()) await server.stop();
    }
  });

  it('auto: switches off, with a log line, once people who are not in the demo organisation are loaded', async () => {
    const server = await startTestServer();
    const lines: string[] = [];
    const logger = pino({ level: 'info' }, { write: (line: string) => void lines.push((JSON.parse(line) as { msg: string }).msg) });
    const router = await createWebPlatform({
      enabled: 'auto',
      core: server.core,
      conversation: new Conversation(server.core, logger, { stallDays: 7 }),
      logger,
      links: new OpenLinks(null, undefined),
      listen: { host: '0.0.0.0', port: 3000 },
      recheckMs: 0,
    });
    const app = express().use(router!);
    const listening = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => listening.once('listening', resolve));
    const url = `http://127.0.0.1:${(listening.address() as { port: number }).port}/try`;
    try {
      expect(lines).toContain('The web chat is on at http://localhost:3000/try (TRY_ENABLED=auto): it answers only browsers on this machine');
      expect((await fetch(url)).status).toBe(200);
      const report = await server.core.importOrganisation({ batch: batchFromJson('one.json', { employees: [{ employeeNumber: 'X1', name: 'Xavier', email: 'xavier@example.com' }] }) });
      expect(report.ok).toBe(true);
      expect((await fetch(url)).status).toBe(404);
      expect(lines).toContain('The web chat at /try is now off: the database holds people who are not in the demo organisation (TRY_ENABLED=auto)');
    } finally {
      await new Promise((resolve) => listening.close(resolve));
      await server.stop();
    }
  });
});
