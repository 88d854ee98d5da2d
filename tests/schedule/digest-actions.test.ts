import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { answerKey, employeeId } from '../helpers/test-app.js';
import { pressInSlack, startChatRig, type ChatRig } from '../helpers/chat-rig.js';
import { clickButton, slashCommand, type Button } from '../../test-kit/slack-requests.js';
import { buttonsOf } from '../../test-kit/slack-stub.js';
import type { TestServer } from '../helpers/test-server.js';

/**
 * A digest a manager can act on, through the real entry points: the scheduled digest task executed
 * on a fake clock, Maya's buttons pressed as Slack sends them. Her team: Priya stalled, Liam and
 * Kenji never started, Sofia's gaps grow between two digests, Aisha on track, Jonas done.
 */
describe('a digest a manager can act on', () => {
  let rig: ChatRig;
  const ids: Record<string, number> = {};
  const gaps: Record<string, number> = {};
  const items: Record<string, number[]> = {};
  const mayaDm = 'DU0MAYA0001';
  const priyaDm = 'DU0PRIYA001';
  const at = (iso: string) => vi.setSystemTime(new Date(iso));
  const digestsTo = (channel: string) => rig.slack.messagesIn(channel).filter((message) => /^Team digest:/.test(message.text));
  const nudgesTo = (channel: string) => rig.slack.messagesIn(channel).filter((message) => /friendly nudge/.test(message.text));
  const runDigests = (server: TestServer) => server.scheduler.tasks.digests.execute();
  const call = (path: string, init?: Parameters<TestServer['call']>[1]) => rig.server.call(path, init);

  /** An assessment over REST: every answer right except the skills named (all wrong: "all"); its certain gaps. */
  async function assess(who: string, wrong: string[] | 'all'): Promise<void> {
    const base = `/api/v1/learner/${ids[who]}`;
    const started = (await (await call(`${base}/assessment/start/`, { method: 'POST' })).json()) as { sessionId: number };
    const set = (await (await call(`${base}/assessment/questions/`, { method: 'POST' })).json()) as { questions: { questionId: number; skill: { name: string } }[] };
    const key = await answerKey(rig.server.db, started.sessionId);
    const answers = wrong === 'all' ? {} : Object.fromEntries(set.questions.filter((question) => !wrong.includes(question.skill.name)).map((question) => [question.questionId, key.get(question.questionId)]));
    const scored = (await (await call(`${base}/assessment/submit/`, { json: { answers } })).json()) as { gaps: unknown[] };
    gaps[who] = scored.gaps.length;
  }
  async function buildPath(who: string): Promise<void> {
    const path = (await (await call(`/api/v1/learner/${ids[who]}/learning-path/generate/`, { method: 'POST' })).json()) as { groups: { items: { contentId: number }[] }[] };
    items[who] = path.groups.flatMap((group) => group.items.map((item) => item.contentId));
  }
  const learn = (who: string, contentId: number, step: 'start' | 'complete') => call(`/api/v1/learner/${ids[who]}/learning/${contentId}/${step}/`, { method: 'POST' });
  const reportOrder = (text: string, names: string[]) => names.map((name) => text.indexOf(name));

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2026-11-20T10:00:00Z');
    rig = await startChatRig();
    for (const [name, number] of Object.entries({ maya: 'E1001', priya: 'E2001', liam: 'E2002', aisha: 'E2003', jonas: 'E2004', sofia: 'E2005', kenji: 'E2006' })) ids[name] = await employeeId(rig.server.db, number);
    // Maya and Priya talk to the bot once, which links them in Slack.
    for (const user of ['U0MAYA0001', 'U0PRIYA001']) {
      await slashCommand(rig.server.url, rig.slack.url, { user_id: user, text: 'status' });
      await rig.server.settled();
    }
    await assess('priya', ['SQL']);
    await buildPath('priya');
    await assess('jonas', 'all');
    await buildPath('jonas');
    for (const contentId of items.jonas!) await learn('jonas', contentId, 'complete');
    await assess('sofia', []);
    await assess('aisha', 'all');
    await buildPath('aisha');
    at('2026-11-29T12:00:00Z');
    await learn('aisha', items.aisha![0]!, 'start');
  });
  afterAll(async () => {
    await rig.stop();
    vi.useRealTimers();
  });

  it('the weekly digest puts the people who need attention first, and counts the whole team', async () => {
    at('2026-11-30T09:05:00Z');
    await runDigests(rig.server);
    const [digest] = digestsTo(mayaDm);
    expect(digest).toBeDefined();
    const text = JSON.stringify(digest!.blocks);
    expect(digest!.text).toBe('Team digest: 3 of 6 people need attention; 4 assessed.');
    expect(reportOrder(text, ['Priya Natarajan', 'Kenji Tanaka', "Liam O'Connor", 'Jonas Weber', 'Aisha Bello', 'Sofia Rossi'])).toEqual(
      reportOrder(text, ['Priya Natarajan', 'Kenji Tanaka', "Liam O'Connor", 'Jonas Weber', 'Aisha Bello', 'Sofia Rossi']).sort((a, b) => a - b),
    );
    expect(text).toMatch(/Priya Natarajan\* · ⚠️ \*Stalled\*: nothing done for 9 days/);
    expect(text).toMatch(/Kenji Tanaka\* · \*Not started\*: no assessment yet"/);
    expect(text).toMatch(/Jonas Weber\* · ✅ Every learning item done/);
    expect(text).toMatch(/Aisha Bello\* · On track: learning in progress/);
    // Figures over the whole team: never an average over the assessed only.
    expect(text).toContain('Assessed: 4 of 6');
    const certain = gaps.priya! + gaps.jonas! + gaps.sofia! + gaps.aisha!;
    expect(text).toContain(`Certain gaps across the team: ${certain} (`);
    const total = items.priya!.length + items.jonas!.length + items.aisha!.length;
    expect(text).toContain(`Learning items done: ${items.jonas!.length} of ${total}, over every path`);
    expect(text).not.toMatch(/\d+%/);
    // A Nudge for each who needs attention (and for nobody else), and the team report.
    const labels = buttonsOf(digest!.blocks).map((button) => button.text.text);
    expect(labels).toEqual(['Nudge Priya', 'Nudge Kenji', 'Nudge Liam', 'Team page in the web console', 'Team report (CSV)']);
  });

  it("Nudge sends the report one friendly DM with their next step, and a second press the same day sends none", async () => {
    at('2026-11-30T10:00:00Z');
    const digest = digestsTo(mayaDm)[0]!;
    const told = rig.slack.ephemerals.length;
    await pressInSlack(rig, 'U0MAYA0001', digest, 'Nudge Priya');
    const said = () => rig.slack.ephemerals.slice(told).map((entry) => entry.text);
    expect(said()).toContain('Sent a friendly nudge to Priya.');
    const [nudge] = nudgesTo(priyaDm);
    expect(nudgesTo(priyaDm)).toHaveLength(1);
    expect(nudge!.text).toMatch(/^Hi Priya, Maya Chen sent you a friendly nudge: next up is /);
    const shown = JSON.stringify(nudge!.blocks);
    expect(shown).toMatch(/Maya Chen asked me to give you a friendly nudge/);
    expect(shown).not.toMatch(/gap|Results|%|score/i);
    const open = buttonsOf(nudge!.blocks).find((button) => button.text.text === 'Open')!;
    expect(open.url).toMatch(/^https:\/\//);

    await pressInSlack(rig, 'U0MAYA0001', digest, 'Nudge Priya');
    expect(said().at(-1)).toBe('Priya already got a nudge today.');
    // A second server process on the same database finds the day's nudge claimed too.
    const second = await rig.another();
    const button = buttonsOf(rig.slack.messages.get(digest.ts)!.blocks).find((entry) => entry.text.text === 'Nudge Priya') as Button;
    const response = await clickButton(second.url, { user: 'U0MAYA0001', button, channel: mayaDm, messageTs: digest.ts, responseUrl: `${rig.slack.url}/respond/U0MAYA0001` });
    expect(response.status).toBe(200);
    await second.settled();
    expect(said().at(-1)).toBe('Priya already got a nudge today.');
    expect(nudgesTo(priyaDm)).toHaveLength(1);
    expect(await rig.server.db.delivery.count({ where: { kind: 'NUDGE', recipientId: ids.priya } })).toBe(1);

    // The next day she may get another.
    at('2026-12-01T10:00:00Z');
    await pressInSlack(rig, 'U0MAYA0001', digest, 'Nudge Priya');
    expect(nudgesTo(priyaDm)).toHaveLength(2);
  });

  it('a report Skillcheck cannot reach: Maya is told, and nothing is claimed', async () => {
    const told = rig.slack.ephemerals.length;
    await pressInSlack(rig, 'U0MAYA0001', digestsTo(mayaDm)[0]!, 'Nudge Liam');
    expect(String(rig.slack.ephemerals.slice(told).at(-1)?.text)).toMatch(/not talked to Skillcheck in chat yet/);
    expect(await rig.server.db.delivery.count({ where: { kind: 'NUDGE', recipientId: ids.liam } })).toBe(0);
  });

  it("a learner pressing Maya's Nudge, or sending its value as their own, nudges nobody", async () => {
    const digest = digestsTo(mayaDm)[0]!;
    const before = rig.slack.callsOf('chat.postMessage').length;
    const told = rig.slack.ephemerals.length;
    await pressInSlack(rig, 'U0PRIYA001', digest, 'Nudge Kenji');
    expect(String(rig.slack.ephemerals.slice(told).at(-1)?.text)).toMatch(/This card is not yours, so nothing was done/);

    const button = buttonsOf(digest.blocks).find((entry) => entry.text.text === 'Nudge Kenji')! as Button;
    const forged = { ...button, value: button.value!.replace(/^\d+~/, `${ids.priya}~`) };
    await clickButton(rig.server.url, { user: 'U0PRIYA001', button: forged, channel: priyaDm, messageTs: digest.ts, responseUrl: `${rig.slack.url}/respond/U0PRIYA001` });
    await rig.server.settled();
    expect(String(rig.slack.ephemerals.slice(told).at(-1)?.text)).toMatch(/You can nudge only your own direct reports, so nothing was sent/);
    expect(rig.slack.callsOf('chat.postMessage').length).toBe(before);
    expect(await rig.server.db.delivery.count({ where: { kind: 'NUDGE', recipientId: ids.kenji } })).toBe(0);
  });

  it('the next digest flags a report whose certain gaps grew since the last one', async () => {
    at('2026-12-02T10:00:00Z');
    await assess('sofia', 'all');
    await learn('aisha', items.aisha![0]!, 'complete'); // Aisha keeps going: still on track
    at('2026-12-07T09:05:00Z');
    await runDigests(rig.server);
    const latest = digestsTo(mayaDm).at(-1)!;
    expect(digestsTo(mayaDm)).toHaveLength(2);
    const text = JSON.stringify(latest.blocks);
    expect(gaps.sofia).toBeGreaterThan(0);
    expect(text).toMatch(new RegExp(`Sofia Rossi\\* · \\*Gaps growing\\* since the last digest[^"]*_Since the last digest: [^"]*certain gaps up from 0 to ${gaps.sofia}`));
    expect(reportOrder(text, ['Priya Natarajan', 'Kenji Tanaka', "Liam O'Connor", 'Sofia Rossi', 'Jonas Weber', 'Aisha Bello'])).toEqual(
      reportOrder(text, ['Priya Natarajan', 'Kenji Tanaka', "Liam O'Connor", 'Sofia Rossi', 'Jonas Weber', 'Aisha Bello']).sort((a, b) => a - b),
    );
    expect(buttonsOf(latest.blocks).map((button) => button.text.text)).toContain('Nudge Sofia');
  });

  it('"Team report (CSV)" uploads the team report into the DM as a file; so does typing "team csv"', async () => {
    const csvFiles = () => rig.slack.uploads.in(mayaDm).filter((entry) => entry.filename.endsWith('.csv'));
    await pressInSlack(rig, 'U0MAYA0001', digestsTo(mayaDm).at(-1)!, 'Team report (CSV)');
    const [file] = csvFiles();
    expect(csvFiles()).toHaveLength(1);
    expect(file!.filename).toMatch(/^team-report-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(file!.title).toBe('Team report');
    const lines = file!.bytes!.toString('utf8').trim().split('\n');
    expect(lines[0]).toBe('employee_number,name,email,role,step,overall_score,skill,category,score,is_gap,target_level,level_low,level_high,verdict,certainty,path_done,path_total,last_activity_at,stalled,levels_shared');
    expect(new Set(lines.slice(1).map((line) => line.split(',')[0]))).toEqual(new Set(['E2001', 'E2002', 'E2003', 'E2004', 'E2005', 'E2006']));
    // The same file as over REST.
    expect(file!.bytes!.toString('utf8')).toBe(await (await call(`/api/v1/manager/${ids.maya}/team-report.csv`)).text());

    await slashCommand(rig.server.url, rig.slack.url, { user_id: 'U0MAYA0001', text: 'team csv' });
    await rig.server.settled();
    expect(csvFiles()).toHaveLength(2);
  });

  it('"Team page in the web console" sends a fresh one-time link, made at the press, that signs Maya in on her team page', async () => {
    const before = new Set(rig.slack.messagesIn(mayaDm).map((message) => message.ts));
    await pressInSlack(rig, 'U0MAYA0001', digestsTo(mayaDm).at(-1)!, 'Team page in the web console');
    const sent = rig.slack.messagesIn(mayaDm).filter((message) => !before.has(message.ts));
    const url = sent.flatMap((message) => buttonsOf(message.blocks)).find((button) => button.url?.includes('/app/sign-in/'))?.url;
    expect(url).toMatch(/\/app\/sign-in\/[A-Za-z0-9_-]{43}$/);
    expect(sent[0]!.text).toMatch(/team page/);
    // Signing in with it lands on the team page (the cookie is what a browser would keep).
    const signIn = await fetch(url!.replace(/^http:\/\/localhost:\d+/, rig.server.url), { method: 'POST', redirect: 'manual' });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get('location')).toBe('/app/team');
  });

  it('someone without reports asking for the team report gets a polite refusal and no file', async () => {
    const before = rig.slack.uploads.files.size;
    await slashCommand(rig.server.url, rig.slack.url, { user_id: 'U0PRIYA001', text: 'team csv' });
    const refusal = await rig.slack.waitFor(() => rig.slack.responses.find((response) => response.forUser === 'U0PRIYA001' && /The team digest is for managers/.test(String(response.text))), 'the refusal');
    expect(refusal).toBeDefined();
    expect(rig.slack.uploads.files.size).toBe(before);
  });
});
