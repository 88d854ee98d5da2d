/**
 * Draws the README's screenshots (docs/images/*.png): `npm run docs:screenshots`.
 *
 * Starts the real server on a fresh SQLite file with the demo organisation, makes it look lived-in
 * through the REST API (assessments answered partly right and partly wrong, learning paths, a few items
 * done), then drives Debian's Chromium (playwright-core; CHROMIUM_PATH overrides /usr/bin/chromium)
 * through the web console and the web chat at a desktop width. Slack and Teams stay off: sign-in links
 * come from the running server's core, as the `web` command would send them in chat.
 *
 * Question choice and option order are seeded, so a run on the same code and the same day gives the same
 * pictures (the pages show dates).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer, type RunningServer } from '../../src/app/start-server.js';
import { loadConfig } from '../../src/config/config.js';
import { projectRoot } from '../../src/shared/project-paths.js';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = join(projectRoot, 'docs', 'images');
const VIEWPORT = { width: 1280, height: 900 };
/** Above this, a picture is cut to the part worth looking at. */
const MAX_HEIGHT = 2400;
const ADMIN = 'maya.chen@example.com';

/** How a person answers the questions of one skill: all right, all wrong, or right and wrong in turn. */
type Answering = 'right' | 'wrong' | 'mixed';

/** Who sits an assessment, in order, and how they answer each skill of their role (in the order the set lists them, repeating). */
const SITTINGS: Array<{ person: string; answering: Answering[]; complete: number }> = [
  // Priya sits twice: her second sitting is better, so her page shows trends.
  { person: 'E2001', answering: ['wrong', 'wrong', 'mixed', 'right', 'wrong', 'right', 'mixed', 'wrong'], complete: 0 },
  { person: 'E2001', answering: ['right', 'mixed', 'right', 'right', 'wrong', 'right', 'right', 'mixed'], complete: 2 },
  { person: 'E2002', answering: ['right', 'right', 'wrong', 'mixed', 'right', 'right', 'wrong', 'right'], complete: 1 },
  { person: 'E2003', answering: ['wrong', 'mixed', 'wrong', 'wrong', 'right', 'mixed', 'wrong', 'right'], complete: 3 },
  { person: 'E2004', answering: ['right', 'right', 'right', 'mixed', 'right', 'right', 'right', 'wrong'], complete: 1 },
  { person: 'E2005', answering: ['mixed', 'right', 'wrong', 'right', 'mixed', 'wrong', 'right', 'right'], complete: 0 },
  // Tomás's team: the organisation heat map has a second role with data.
  { person: 'E3001', answering: ['right', 'wrong', 'right', 'mixed', 'right', 'wrong'], complete: 1 },
  { person: 'E3002', answering: ['mixed', 'right', 'wrong', 'wrong', 'right', 'mixed'], complete: 0 },
  { person: 'E3003', answering: ['right', 'right', 'mixed', 'right', 'wrong', 'right'], complete: 2 },
];

/** A small company (skills, a role, people and bank questions), pasted into the import preview: every row would be created. */
const IMPORT_FIXTURE = 'tests/fixtures/import/lumen-company.json';

function log(message: string): void {
  process.stdout.write(`${message}\n`);
}

class Api {
  constructor(
    private readonly server: RunningServer,
    private readonly token: string,
  ) {}

  async call<T>(method: 'GET' | 'POST', path: string, body?: unknown): Promise<T> {
    const response = await fetch(`${this.server.url}/api${path}`, {
      method,
      headers: { authorization: `Bearer ${this.token}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!response.ok) throw new Error(`${method} /api${path} answered ${response.status}: ${await response.text()}`);
    return (response.headers.get('content-type') ?? '').startsWith('application/json') ? ((await response.json()) as T) : (Buffer.from(await response.arrayBuffer()) as T);
  }
}

const wrongOption = (correct: string) => (correct === 'A' ? 'B' : 'A');

/** One assessment over the REST API, answered as `answering` says, then a fresh learning path with a few items done. */
async function sit(server: RunningServer, api: Api, employeeId: number, answering: Answering[], complete: number): Promise<string> {
  const base = `/learner/${employeeId}`;
  const started = await api.call<{ sessionId: number }>('POST', `${base}/assessment/start/`);
  const set = await api.call<{ questions: Array<{ questionId: number; skill: { id: number } }> }>('POST', `${base}/assessment/questions/`);
  // The views never carry the key; a docs tool may read it from the database, as the tests do.
  const keys = await server.db.assessmentQuestion.findMany({ where: { sessionId: started.sessionId }, select: { id: true, correctOption: true } });
  const key = new Map(keys.map((row) => [row.id, row.correctOption]));
  const skills = [...new Set(set.questions.map((question) => question.skill.id))];
  const seen = new Map<number, number>();
  const answers: Record<string, string> = {};
  for (const question of set.questions) {
    const how = answering[skills.indexOf(question.skill.id) % answering.length]!;
    const index = seen.get(question.skill.id) ?? 0;
    seen.set(question.skill.id, index + 1);
    const correct = key.get(question.questionId)!;
    const right = how === 'right' || (how === 'mixed' && index % 2 === 0);
    answers[String(question.questionId)] = right ? correct : wrongOption(correct);
  }
  const results = await api.call<{ skills: Array<{ verdict: string | null }> }>('POST', `${base}/assessment/submit/`, { answers });
  const path = await api.call<{ groups: Array<{ items: Array<{ contentId: number }> }> }>('POST', `${base}/learning-path/generate/`);
  const items = path.groups.flatMap((group) => group.items);
  for (const item of items.slice(0, complete)) await api.call('POST', `${base}/learning/${item.contentId}/complete/`);
  if (items[complete]) await api.call('POST', `${base}/learning/${items[complete].contentId}/start/`);
  const count = (verdict: string) => results.skills.filter((skill) => skill.verdict === verdict).length;
  return `${count('GAP')} gaps, ${count('ON_TARGET')} on target, ${count('NOT_SURE')} not sure; ${Math.min(complete, items.length)} of ${items.length} items done`;
}

/** Writes the page (the whole of it up to MAX_HEIGHT, the window only, or down to the end of `until`) as docs/images/<name>.png and says how big it is. */
async function shoot(page: Page, name: string, options: { viewportOnly?: boolean; until?: string } = {}): Promise<void> {
  const path = join(OUT, `${name}.png`);
  if (options.viewportOnly) {
    await page.screenshot({ path });
  } else if (options.until) {
    // From the top of the page to the end of the part that matters.
    const bottom = await page.locator(options.until).evaluate((element) => {
      const box = (element as unknown as { getBoundingClientRect(): { bottom: number } }).getBoundingClientRect();
      return box.bottom + (globalThis as unknown as { scrollY: number }).scrollY;
    });
    await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: VIEWPORT.width, height: Math.min(Math.ceil(bottom + 24), MAX_HEIGHT) } });
  } else {
    const height = (await page.evaluate('document.documentElement.scrollHeight')) as number;
    await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width: VIEWPORT.width, height: Math.min(height, MAX_HEIGHT) } });
  }
  const heading = await page.locator('h1').first().textContent().catch(() => null);
  log(`  ${name}.png: ${Math.round(statSync(path).size / 1024)} KB (page heading: ${heading ?? 'none'})`);
}

/** Signs the person into the console in a fresh browser context, through a one-time link as chat would send it. */
async function signIn(browser: Browser, server: RunningServer, employeeId: number, landing: string): Promise<Page> {
  const link = await server.core.issueSignInLink({ employeeId, landing });
  // The console's cookie is Secure, which browsers keep over plain http only on localhost.
  const origin = `http://localhost:${server.port}`;
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${origin}/app/sign-in/${link.token}`);
  await page.getByRole('button', { name: /^Sign in as / }).click();
  await page.waitForLoadState('load');
  if (!new URL(page.url()).pathname.startsWith(landing)) throw new Error(`signing in led to ${page.url()}, not ${landing}`);
  return page;
}

async function open(page: Page, path: string): Promise<void> {
  const response = await page.goto(new URL(path, page.url()).toString());
  if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status()}`);
  // Pictures load lazily in places; wait until every image on the page has arrived.
  await page.waitForFunction('[...document.images].every((image) => image.complete && image.naturalWidth > 0)');
}

async function main(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`No Chromium at ${CHROMIUM_PATH}: install it (Debian: apt-get install chromium) or set CHROMIUM_PATH`);
  const directory = mkdtempSync(join(tmpdir(), 'skillcheck-screenshots-'));
  const token = randomBytes(24).toString('hex');
  // Only what is set here counts: no .env, no Slack, no Teams, no Gemini, no scheduled jobs.
  const config = loadConfig({
    LOG_LEVEL: 'warn',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: `file:${join(directory, 'skillcheck.db')}`,
    SEED_DEMO_DATA: 'true',
    API_TOKEN: token,
    ADMIN_EMAILS: ADMIN,
    SCHEDULER_ENABLED: 'false',
    TRY_ENABLED: 'true',
  });
  const server = await startServer(config);
  let browser: Browser | undefined;
  try {
    const api = new Api(server, token);
    const idOf = async (employeeNumber: string) => (await server.db.employee.findUniqueOrThrow({ where: { employeeNumber } })).id;
    const maya = await idOf('E1001');
    const priya = await idOf('E2001');

    log('Assessments, paths and progress:');
    for (const sitting of SITTINGS) log(`  ${sitting.person}: ${await sit(server, api, await idOf(sitting.person), sitting.answering, sitting.complete)}`);

    mkdirSync(OUT, { recursive: true });
    log('Pictures:');
    writeFileSync(join(OUT, 'team-heat-map.png'), await api.call<Buffer>('GET', `/manager/${maya}/team/heat-map.png`));
    log(`  team-heat-map.png: ${Math.round(statSync(join(OUT, 'team-heat-map.png')).size / 1024)} KB`);

    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ['--no-sandbox'] });

    const learner = await signIn(browser, server, priya, '/app');
    await open(learner, '/app');
    await shoot(learner, 'console-learner');

    const manager = await signIn(browser, server, maya, '/app/team');
    await open(manager, '/app/team');
    await shoot(manager, 'console-team');
    await open(manager, `/app/team/${priya}`);
    await shoot(manager, 'console-report', { until: 'section[aria-labelledby="trends-heading"]' });
    await open(manager, '/app/admin');
    await shoot(manager, 'console-admin');
    await open(manager, '/app/admin/import');
    await manager.getByLabel('File name').fill('lumen-company.json');
    await manager.getByLabel('CSV or JSON').fill(readFileSync(join(projectRoot, IMPORT_FIXTURE), 'utf8'));
    await manager.getByRole('button', { name: 'Preview' }).click();
    await manager.waitForLoadState('load');
    await shoot(manager, 'console-import-preview');

    // The web chat at /try, as Maya: the person picker, then `team`, answered by the digest card.
    const chat = await (await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 })).newPage();
    await chat.goto(`${server.url}/try`);
    await chat.locator('button[name="employee"][data-employee-number="E1001"]').click();
    await chat.waitForSelector('#say');
    const turn = Number(await chat.locator('body').getAttribute('data-turn'));
    await chat.locator('#say').fill('team');
    await chat.locator('form.say button[type="submit"]').click();
    await chat.waitForFunction(`Number(document.body.getAttribute('data-turn')) > ${turn} && document.readyState === 'complete'`);
    await chat.waitForFunction('[...document.images].every((image) => image.complete && image.naturalWidth > 0)');
    // A window tall enough to show Maya's `team` and the whole answer between the page's sticky header and
    // the text box, scrolled to the end as the page leaves it.
    const typed = chat.locator('li.message.person').last();
    const [top, header, height] = await Promise.all([
      typed.evaluate((element) => (element as unknown as { offsetTop: number }).offsetTop),
      chat.locator('header.top').evaluate((element) => (element as unknown as { offsetHeight: number }).offsetHeight),
      chat.evaluate('document.documentElement.scrollHeight') as Promise<number>,
    ]);
    await chat.setViewportSize({ width: VIEWPORT.width, height: Math.min(header + height - top + 16, MAX_HEIGHT) });
    await chat.evaluate('window.scrollTo(0, document.documentElement.scrollHeight)');
    await shoot(chat, 'digest-web-chat', { viewportOnly: true });
  } finally {
    await browser?.close();
    await server.close();
    rmSync(directory, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
