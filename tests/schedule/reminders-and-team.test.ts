import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { employeeId } from '../helpers/test-app.js';
import { startChatRig, TOMAS } from '../helpers/chat-rig.js';
import { cardOf, cardText } from '../../test-kit/connector-stub.js';
import { slashCommand } from '../../test-kit/slack-requests.js';
import { buttonsOf } from '../../test-kit/slack-stub.js';
import { sendText, type TeamsUser } from '../../test-kit/teams-requests.js';

const OLGA: TeamsUser = { id: '29:1olgaAbCdEfGhIjKlMnOpQrStUvWxYz0', aadObjectId: '00000000-0000-4000-8000-00000000a002', name: 'Olga Ivanova', conversationId: 'a:1olgaPersonalChatConversationId0' };

describe('learner reminders', () => {
  let rig: Awaited<ReturnType<typeof startChatRig>>;
  const aishaDm = 'DU0AISHA001';
  const at = (iso: string) => vi.setSystemTime(new Date(iso));
  const reminders = () => rig.slack.messagesIn(aishaDm).filter((message) => /your learning path is waiting/.test(message.text));
  const run = () => rig.server.scheduler.tasks.reminders.execute();

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2026-11-20T10:00:00Z');
    rig = await startChatRig();
    const { server, slack } = rig;
    const aisha = await employeeId(server.db, 'E2003');
    await slashCommand(server.url, slack.url, { user_id: 'U0AISHA001', text: 'status' });
    await slack.waitFor(() => slack.messagesIn(aishaDm).length > 0, "Aisha's status card");
    const base = `/api/v1/learner/${aisha}`;
    await server.call(`${base}/assessment/start/`, { method: 'POST' });
    await server.call(`${base}/assessment/questions/`, { method: 'POST' });
    await server.call(`${base}/assessment/submit/`, { json: { answers: {} } });
    const path = (await (await server.call(`${base}/learning-path/generate/`, { method: 'POST' })).json()) as { groups: { items: { contentId: number }[] }[] };
    await server.call(`${base}/learning/${path.groups[0]!.items[0]!.contentId}/start/`, { method: 'POST' });
  });
  afterAll(async () => {
    await rig.stop();
    vi.useRealTimers();
  });

  it('nothing before REMINDER_AFTER_DAYS of inactivity', async () => {
    at('2026-11-26T10:00:00Z'); // six days later
    await run();
    expect(reminders()).toHaveLength(0);
  });

  it('after seven idle days: one friendly DM with the next item and an Open button, once', async () => {
    at('2026-11-30T10:00:00Z'); // Monday, 11:00 in Lagos
    await run();
    await run();
    expect(reminders()).toHaveLength(1);
    const [reminder] = reminders();
    expect(JSON.stringify(reminder!.blocks)).toMatch(/It has been 10 days since you last worked on your learning path/);
    const open = buttonsOf(reminder!.blocks).find((button) => button.text.text === 'Open')!;
    expect(open.url).toMatch(/^https:\/\//);
    // Nobody else is reminded: Maya's other reports have no learning path.
    expect(rig.slack.callsOf('chat.postMessage').filter((call) => /learning path is waiting/.test(String(call.args.text)))).toHaveLength(1);
  });

  it('not at the weekend, and not twice in one stall period', async () => {
    at('2026-12-05T10:00:00Z'); // Saturday
    await run();
    at('2026-12-03T10:00:00Z'); // Thursday, 13 days: still the first period
    await run();
    expect(reminders()).toHaveLength(1);
  });

  it('again after another period of inactivity, and never after /skillcheck reminders off', async () => {
    at('2026-12-07T10:00:00Z'); // 17 days idle: the next period
    await run();
    expect(reminders()).toHaveLength(2);

    await slashCommand(rig.server.url, rig.slack.url, { user_id: 'U0AISHA001', text: 'reminders off' });
    await rig.slack.waitFor(() => rig.slack.responses.find((response) => /Reminders are off/.test(String(response.text))), 'the confirmation');
    at('2026-12-15T10:00:00Z'); // 25 days idle
    await run();
    expect(reminders()).toHaveLength(2);
  });
});

describe('the team digest on demand, and the team report', () => {
  let rig: Awaited<ReturnType<typeof startChatRig>>;

  beforeAll(async () => {
    rig = await startChatRig();
  });
  afterAll(() => rig.stop());

  it('/skillcheck team gives a manager the digest in the DM; anyone else a polite refusal', async () => {
    const { server, slack } = rig;
    await slashCommand(server.url, slack.url, { user_id: 'U0MAYA0001', text: 'team' });
    const digest = await slack.waitFor(() => slack.messagesIn('DU0MAYA0001').find((message) => /^Team digest:/.test(message.text)), "Maya's digest");
    expect(JSON.stringify(digest.blocks)).toMatch(/Your team right now/);
    expect(JSON.stringify(digest.blocks)).toContain('Priya Natarajan');

    await slashCommand(server.url, slack.url, { user_id: 'U0PRIYA001', text: 'team' });
    const refusal = await slack.waitFor(() => slack.responses.find((response) => /The team digest is for managers/.test(String(response.text))), 'the refusal');
    expect(refusal).toMatchObject({ response_type: 'ephemeral' });
    expect(slack.messagesIn('DU0PRIYA001').filter((message) => /^Team digest:/.test(message.text))).toHaveLength(0);
  });

  it('"team" in Teams does the same', async () => {
    const { server, connector } = rig;
    await sendText(server.url, connector.url, TOMAS, 'team');
    const card = connector.sentTo(TOMAS.conversationId).map((entry) => cardText(cardOf(entry.activity))).find((text) => /Your team right now/.test(text));
    expect(card).toContain('Fatima Zahra');
    await sendText(server.url, connector.url, OLGA, 'team');
    expect(cardText(cardOf(connector.sentTo(OLGA.conversationId).at(-1)!.activity))).toMatch(/The team digest is for managers/);
  });

  it('"team csv" in Teams, which takes no files from a bot without consent, sends a one-time link that downloads it from the console', async () => {
    const { server, connector } = rig;
    await sendText(server.url, connector.url, TOMAS, 'team csv');
    const sent = JSON.stringify(connector.sentTo(TOMAS.conversationId).at(-1)!.activity);
    expect(sent).toMatch(/Download the team report/);
    const url = /http:\/\/localhost:\d+\/app\/sign-in\/[A-Za-z0-9_-]{43}/.exec(sent)![0];
    const signIn = await fetch(url.replace(/^http:\/\/localhost:\d+/, server.url), { method: 'POST', redirect: 'manual' });
    expect(signIn.status).toBe(303);
    expect(signIn.headers.get('location')).toBe('/app/team/report.csv');
  });

  it('GET /api/v1/manager/<id>/team-report.csv: one row per report and skill, only direct reports', async () => {
    const { server } = rig;
    const maya = await employeeId(server.db, 'E1001');
    const priya = await employeeId(server.db, 'E2001');
    await server.call(`/api/v1/learner/${priya}/assessment/start/`, { method: 'POST' });
    await server.call(`/api/v1/learner/${priya}/assessment/questions/`, { method: 'POST' });
    await server.call(`/api/v1/learner/${priya}/assessment/submit/`, { json: { answers: {} } });

    const response = await server.call(`/api/v1/manager/${maya}/team-report.csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const lines = (await response.text()).trim().split('\n');
    expect(lines[0]).toBe('employee_number,name,email,role,step,overall_score,skill,category,score,is_gap,target_level,level_low,level_high,verdict,certainty,path_done,path_total,last_activity_at,stalled,levels_shared');
    const rows = lines.slice(1);
    expect(rows.filter((row) => row.startsWith('E2001,'))).toHaveLength(10); // Priya: one row per assessed skill
    // Nothing answered: every question counts as "I don't know"; a core skill is a certain gap, each row says how sure.
    const priyaRows = rows.filter((row) => row.startsWith('E2001,'));
    expect(priyaRows.every((row) => row.includes(',Assessed: no learning path yet,') && /,0,(true|false),[1-5],[1-5],[1-5],(GAP|NOT_SURE),0\.\d\d,0,0,/.test(row))).toBe(true);
    expect(priyaRows.find((row) => row.includes(',SQL,CORE,'))).toMatch(/,0,true,3,1,[12],GAP,0\.9\d,/);
    expect(rows.filter((row) => row.startsWith('E2002,'))).toEqual([expect.stringMatching(/^E2002,Liam O'Connor,.*,Not assessed yet,,,,,,,,,,,0,0,,false,true$/)]);
    expect(new Set(rows.map((row) => row.split(',')[0]))).toEqual(new Set(['E2001', 'E2002', 'E2003', 'E2004', 'E2005', 'E2006']));

    const noToken = await server.call(`/api/v1/manager/${maya}/team-report.csv`, { token: null });
    expect(noToken.status).toBe(401);
    const notAManager = await server.call(`/api/v1/manager/${priya}/team-report.csv`);
    expect(notAManager.status).toBe(403);
    expect(await notAManager.json()).toMatchObject({ error: { code: 'NOT_A_MANAGER' } });
  });
});
