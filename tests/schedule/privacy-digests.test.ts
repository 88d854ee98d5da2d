import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { parse } from 'csv-parse/sync';
import { answerKey, employeeId } from '../helpers/test-app.js';
import { startConsoleRig, SLACK_PEOPLE, type ConsoleRig } from '../helpers/console-browser.js';
import { slashCommand } from '../../test-kit/slack-requests.js';
import type { TeamHeatMapView } from '../../src/core/skill-maps/views.js';
import type { TeamView } from '../../src/core/team/views.js';

/**
 * What Maya (a manager of six) sees follows each report's choice: Priya chose "verdicts only" in chat, Aisha
 * made no choice (the default: levels too). Both are assessed alike (everything right but SQL). The weekly
 * digest is sent by executing the scheduler's task on a fake clock; the same views are read over REST, as
 * the team report CSV, and on the console's team page. Then Maya's team shrinks to four and grows to five.
 */
describe("a manager's views follow each report's privacy choice", () => {
  let rig: ConsoleRig;
  let maya: number;
  let priya: number;
  let aisha: number;
  const mayaDm = `D${SLACK_PEOPLE.maya}`;
  const at = (iso: string) => vi.setSystemTime(new Date(iso));
  const digests = () => rig.chat.slack.messagesIn(mayaDm).filter((message) => /^Team digest:/.test(message.text));
  const slash = async (user: string, text: string) => {
    await slashCommand(rig.chat.server.url, rig.chat.slack.url, { user_id: user, text });
    await rig.chat.server.settled();
  };
  /** Assessed over REST: every answer right but SQL's. */
  async function assess(employee: number) {
    const { server } = rig.chat;
    const base = `/api/v1/learner/${employee}`;
    const started = (await (await server.call(`${base}/assessment/start/`, { method: 'POST' })).json()) as { sessionId: number };
    const set = (await (await server.call(`${base}/assessment/questions/`, { method: 'POST' })).json()) as { questions: { questionId: number; skill: { name: string } }[] };
    const key = await answerKey(server.db, started.sessionId);
    const answers = Object.fromEntries(set.questions.filter((question) => question.skill.name !== 'SQL').map((question) => [question.questionId, key.get(question.questionId)]));
    expect((await server.call(`${base}/assessment/submit/`, { json: { answers } })).status).toBe(200);
  }
  /** The text of Maya's digest entry for one person (up to the next entry). */
  const entryOf = (text: string, name: string) => text.slice(text.indexOf(`*${name}*`)).split('"}}')[0]!;

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
    at('2026-11-20T10:00:00Z');
    rig = await startConsoleRig();
    const { server } = rig.chat;
    [maya, priya, aisha] = (await Promise.all(['E1001', 'E2001', 'E2003'].map((number) => employeeId(server.db, number)))) as [number, number, number];
    await slash(SLACK_PEOPLE.maya, 'status');
    await slash(SLACK_PEOPLE.priya, 'verdicts only'); // through the privacy command, as Priya types it
    expect((await server.db.employee.findUniqueOrThrow({ where: { id: priya } })).managerView).toBe('VERDICTS');
    await assess(priya);
    await assess(aisha);
  }, 120_000);
  afterAll(async () => {
    await rig?.stop();
    vi.useRealTimers();
  });

  it('the scheduled digest: no figure for Priya and a line saying why; the picture draws no level for her, and its alt text says so', async () => {
    at('2026-11-30T09:05:00Z'); // Monday 09:05 in London
    await rig.chat.server.scheduler.tasks.digests.execute();
    const [digest] = digests();
    expect(digest).toBeDefined();
    const text = JSON.stringify(digest!.blocks);
    expect(entryOf(text, 'Priya Natarajan')).toMatch(/Results: 1 gap \(SQL\), \d+ on target.*Verdicts only: they keep their levels and scores private/);
    expect(entryOf(text, 'Aisha Bello')).toMatch(/Results: 1 gap \(SQL\)/);
    expect(entryOf(text, 'Aisha Bello')).not.toMatch(/Verdicts only/);
    // A team of six: the common gaps are shown.
    expect(text).toMatch(/Certain gaps across the team: 2 \(most common: SQL 2\)/);
    const [picture] = rig.chat.slack.uploads.in(mayaDm);
    expect(picture!.altText).toMatch(/1 person chose to share verdicts only, so their levels are not shown\./);
  });

  it("the heat map's view model (what the picture draws): Priya's cells hold verdicts, no level or certainty; Aisha's hold both", async () => {
    const map = (await (await rig.chat.server.call(`/api/v1/manager/${maya}/team/heat-map`)).json()) as TeamHeatMapView;
    const rowOf = (id: number) => map.rows.find((row) => row.employeeId === id)!;
    const measured = (id: number) => rowOf(id).cells.filter((cell) => cell.state === 'GAP' || cell.state === 'ON_TARGET');
    expect(rowOf(priya).levelsHidden).toBe(true);
    expect(measured(priya).length).toBeGreaterThan(0);
    expect(measured(priya).every((cell) => cell.level === null && cell.certainty === null)).toBe(true);
    expect(rowOf(aisha).levelsHidden).toBe(false);
    expect(measured(aisha).every((cell) => cell.level !== null && cell.certainty !== null)).toBe(true);
    expect(new Set(measured(priya).map((cell) => cell.state))).toEqual(new Set(['GAP', 'ON_TARGET']));
  });

  it('the team report CSV: Priya\'s rows keep verdicts and leave score, levels and certainty empty; Aisha\'s are full', async () => {
    const response = await rig.chat.server.call(`/api/v1/manager/${maya}/team-report.csv`);
    const rows = parse(await response.text(), { columns: true }) as Record<string, string>[];
    const priyas = rows.filter((row) => row.employee_number === 'E2001');
    const aishas = rows.filter((row) => row.employee_number === 'E2003');
    expect(priyas.length).toBeGreaterThan(1);
    for (const row of priyas) expect(row).toMatchObject({ overall_score: '', score: '', level_low: '', level_high: '', certainty: '', levels_shared: 'false' });
    expect(priyas.find((row) => row.skill === 'SQL')).toMatchObject({ verdict: 'GAP', is_gap: 'true' });
    for (const row of aishas) {
      expect(row.levels_shared).toBe('true');
      expect(row.score).toMatch(/^\d+$/);
      expect(row.overall_score).toMatch(/^\d+$/);
    }
    expect(aishas.filter((row) => row.level_low !== '').length).toBeGreaterThan(0);
  });

  it("the team over REST: Priya's verdicts instead of her results", async () => {
    const team = (await (await rig.chat.server.call(`/api/v1/manager/${maya}/team`)).json()) as TeamView;
    const of = (id: number) => team.reports.find((report) => report.employee.id === id)!;
    expect(of(priya)).toMatchObject({ levelsHidden: true, latestResults: null });
    expect(of(priya).latestVerdicts!.gaps.map((gap) => gap.name)).toEqual(['SQL']);
    expect(JSON.stringify(of(priya))).not.toMatch(/"(score|overallScore|certainty|level|estimate)":/);
    expect(of(aisha)).toMatchObject({ levelsHidden: false, latestVerdicts: null });
    expect(of(aisha).latestResults!.overallScore).toBeGreaterThan(0);
  });

  it("the console: Priya's row of the team page is marked without a level range; her page has verdicts only, her sittings and picture are refused", async () => {
    // The browser keeps its own clock: the session cookie must not look expired to it.
    vi.setSystemTime(vi.getRealSystemTime());
    const page = await rig.signInFromSlack(SLACK_PEOPLE.maya);
    await page.goto(`${new URL(page.url()).origin}/app/team`);
    const priyaRow = page.locator('table.heat-map tr', { has: page.locator(`a[href="/app/team/${priya}"]`) });
    const aishaRow = page.locator('table.heat-map tr', { has: page.locator(`a[href="/app/team/${aisha}"]`) });
    expect(await priyaRow.innerText()).toMatch(/verdicts only, by their choice/);
    expect(await priyaRow.innerText()).not.toMatch(/level \d/i);
    expect(await aishaRow.innerText()).toMatch(/level \d/i);
    expect(await page.locator('body').innerText()).toMatch(/Verdicts only: they keep their levels and scores private/);

    // Her own page for Maya: the verdicts, no level, picture, trend or assessment; those addresses are refused.
    const origin = new URL(page.url()).origin;
    await page.goto(`${origin}/app/team/${priya}`);
    const body = await page.locator('main').innerText();
    expect(body).toMatch(/chose to share verdicts only with their manager/);
    expect(body).toMatch(/SQL\s+core\s+not shared\s+level \d\s+gap/i);
    expect(body).not.toMatch(/\d+% sure|level \d-\d/);
    expect(await page.locator('img').count()).toBe(0);
    const session = await rig.chat.server.db.assessmentSession.findFirstOrThrow({ where: { employeeId: priya, status: 'COMPLETED' } });
    for (const path of [`/app/team/${priya}/sittings/${session.id}`, `/app/team/${priya}/skill-profile.png`]) {
      expect((await page.goto(`${origin}${path}`))!.status(), path).toBe(403);
    }
    await page.goto(`${origin}/app/team/${aisha}`);
    expect(await page.locator(`img[src="/app/team/${aisha}/skill-profile.png"]`).count()).toBe(1);
    expect(await page.locator('main').innerText()).toMatch(/SQL\s+core\s+level \d(-\d)?\s+level \d\s+gap/i);
  });

  it('a team of four with Priya in it shows no common gaps, and says why; at five they are back', async () => {
    const { db } = rig.chat.server;
    const others = await db.employee.findMany({ where: { managerId: maya, id: { notIn: [priya, aisha] } }, orderBy: { name: 'asc' }, select: { id: true } });
    // Arrangement: two of Maya's six move to Tomás's team, so four remain.
    const tomas = await employeeId(db, 'E1002');
    await db.employee.updateMany({ where: { id: { in: others.slice(0, 2).map((row) => row.id) } }, data: { managerId: tomas } });
    await slash(SLACK_PEOPLE.maya, 'team');
    let text = JSON.stringify(rig.chat.slack.messagesIn(mayaDm).filter((message) => /^Team digest:/.test(message.text)).at(-1)!.blocks);
    expect(text).toMatch(/Certain gaps across the team: 2\\n/);
    expect(text).not.toMatch(/most common/);
    expect(text).toMatch(/Most common gaps not shown: in a team this small they could single out someone who keeps their levels private/);

    await db.employee.update({ where: { id: others[0]!.id }, data: { managerId: maya } });
    await slash(SLACK_PEOPLE.maya, 'team');
    text = JSON.stringify(rig.chat.slack.messagesIn(mayaDm).filter((message) => /^Team digest:/.test(message.text)).at(-1)!.blocks);
    expect(text).toMatch(/Certain gaps across the team: 2 \(most common: SQL 2\)/);
    expect(text).not.toMatch(/Most common gaps not shown/);
  });

  it('everyone of a small team sharing levels: the common gaps are shown', async () => {
    const { db } = rig.chat.server;
    await slash(SLACK_PEOPLE.priya, 'levels too');
    const team = await db.employee.count({ where: { managerId: maya } });
    const tomas = await employeeId(db, 'E1002');
    const extra = await db.employee.findFirstOrThrow({ where: { managerId: maya, id: { notIn: [priya, aisha] } }, select: { id: true } });
    await db.employee.update({ where: { id: extra.id }, data: { managerId: tomas } });
    expect(await db.employee.count({ where: { managerId: maya } })).toBe(team - 1);
    await slash(SLACK_PEOPLE.maya, 'team');
    const text = JSON.stringify(rig.chat.slack.messagesIn(mayaDm).filter((message) => /^Team digest:/.test(message.text)).at(-1)!.blocks);
    expect(text).toMatch(/most common: SQL 2/);
    expect(text).not.toMatch(/Verdicts only/);
  });
});
