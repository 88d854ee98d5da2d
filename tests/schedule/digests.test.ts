import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { answerKey, employeeId } from '../helpers/test-app.js';
import { startChatRig, TOMAS } from '../helpers/chat-rig.js';
import { PNG } from 'pngjs';
import { cardOf, cardText } from '../../test-kit/connector-stub.js';
import { slashCommand } from '../../test-kit/slack-requests.js';
import { sendText } from '../../test-kit/teams-requests.js';
import type { TestServer } from '../helpers/test-server.js';

/**
 * Weekly team digests, run by executing the real cron task (no waiting) on a fake clock: Maya
 * (Europe/London, Slack) and Tomás (America/New_York, Teams) each get theirs at 09:00 local, once.
 */
describe('manager digests', () => {
  let rig: Awaited<ReturnType<typeof startChatRig>>;
  let maya: number;
  let priya: number;
  const mayaDm = 'DU0MAYA0001';
  const at = (iso: string) => vi.setSystemTime(new Date(iso));
  const digestsTo = (channel: string) => rig.slack.messagesIn(channel).filter((message) => /^Team digest:/.test(message.text));
  const teamsDigests = () => rig.connector.sentTo(TOMAS.conversationId).filter((entry) => /weekly team digest/.test(cardText(cardOf(entry.activity))));
  const runDigests = (server: TestServer) => server.scheduler.tasks.digests.execute();

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2026-11-20T10:00:00Z'); // a Friday, ten days before the first digest
    rig = await startChatRig();
    const { server, slack, connector } = rig;
    maya = await employeeId(server.db, 'E1001');
    priya = await employeeId(server.db, 'E2001');
    // The managers talk to the bot once, which links them and (Teams) stores where to reach them.
    await slashCommand(server.url, slack.url, { user_id: 'U0MAYA0001', text: 'status' });
    await slack.waitFor(() => slack.messagesIn(mayaDm).length > 0, "Maya's status card");
    await sendText(server.url, connector.url, TOMAS, 'status');
    // Priya is assessed (everything right but SQL) and has a path; Liam started and stalled.
    const base = `/api/v1/learner/${priya}`;
    const started = (await (await server.call(`${base}/assessment/start/`, { method: 'POST' })).json()) as { sessionId: number };
    const set = (await (await server.call(`${base}/assessment/questions/`, { method: 'POST' })).json()) as { questions: { questionId: number; skill: { name: string } }[] };
    const key = await answerKey(server.db, started.sessionId);
    const answers = Object.fromEntries(set.questions.filter((question) => question.skill.name !== 'SQL').map((question) => [question.questionId, key.get(question.questionId)]));
    await server.call(`${base}/assessment/submit/`, { json: { answers } });
    await server.call(`${base}/learning-path/generate/`, { method: 'POST' });
    await server.call(`/api/v1/learner/${await employeeId(server.db, 'E2002')}/assessment/start/`, { method: 'POST' });
    // Fatima, one of Tomás's reports, finishes everything.
    const fatima = await employeeId(server.db, 'E3001');
    const fatimaBase = `/api/v1/learner/${fatima}`;
    const fatimaSession = (await (await server.call(`${fatimaBase}/assessment/start/`, { method: 'POST' })).json()) as { sessionId: number };
    await server.call(`${fatimaBase}/assessment/questions/`, { method: 'POST' });
    await server.call(`${fatimaBase}/assessment/submit/`, { json: { answers: {} } });
    const path = (await (await server.call(`${fatimaBase}/learning-path/generate/`, { method: 'POST' })).json()) as { groups: { items: { contentId: number }[] }[] };
    for (const item of path.groups.flatMap((group) => group.items)) await server.call(`${fatimaBase}/learning/${item.contentId}/complete/`, { method: 'POST' });
    expect(fatimaSession.sessionId).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await rig.stop();
    vi.useRealTimers();
  });

  it('at 09:00 in London, Maya gets her digest in Slack with her own reports only; Tomás (New York) not yet', async () => {
    at('2026-11-30T08:55:00Z');
    await runDigests(rig.server);
    expect(digestsTo(mayaDm)).toHaveLength(0);

    at('2026-11-30T09:05:00Z'); // Monday: 09:05 in London, 04:05 in New York
    await runDigests(rig.server);
    const [digest] = digestsTo(mayaDm);
    expect(digest).toBeDefined();
    expect(teamsDigests()).toHaveLength(0);
    const text = JSON.stringify(digest!.blocks);
    for (const name of ['Priya Natarajan', "Liam O'Connor", 'Aisha Bello', 'Jonas Weber', 'Sofia Rossi', 'Kenji Tanaka']) expect(text).toContain(escape(name));
    for (const name of ['Fatima Zahra', 'Daniel Kim', 'Olga Ivanova', 'Tomás Rivera']) expect(text).not.toContain(name);
    // Priya has not touched her path for ten days and Liam left his assessment open: both stalled.
    // Priya has not touched her path for ten days and Liam left his assessment open: both stalled; the other four never started.
    expect(digest!.text).toBe('Team digest: 6 of 6 people need attention; 1 assessed.');
    // One thing a line: why to look, her verdicts, her path, its gaps closed; no workflow percentage beside them.
    expect(text).toMatch(
      /\*Priya Natarajan\* · ⚠️ \*Stalled\*: nothing done for 9 days\\nResults: 1 gap \(SQL\), \d+ on target(, \d+ not sure yet)?\\nLearning path: 0 of [1-3] items? done, (\d+ h )?(\d+ min)? ?left\\nGaps closed: 0 of 1"/,
    );
    expect(text).not.toMatch(/Priya Natarajan[^"]*\d+%/);
    expect(text).toMatch(/Liam O'Connor\* · ⚠️ \*Stalled\*: nothing done for 9 days\\nAssessment started, not finished"/);
    expect(text).toMatch(/Aisha Bello\* · \*Not started\*: no assessment yet"/);
    expect(text).toMatch(/Certain gaps across the team: 1 \(most common: SQL 1\)/);
    // Stalled first (by name), then those who never started (by name).
    const order = ['Liam O', 'Priya Natarajan', 'Aisha Bello', 'Jonas Weber', 'Kenji Tanaka', 'Sofia Rossi'].map((name) => text.indexOf(name));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // The team heat map went into her DM first, as a PNG file with a description; the card keeps the words.
    const [heatMap] = rig.slack.uploads.in(mayaDm);
    expect(heatMap).toMatchObject({ filename: 'team-heat-map.png', completed: true });
    expect(heatMap!.bytes!.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(PNG.sync.read(heatMap!.bytes!).width).toBeGreaterThan(300);
    expect(heatMap!.altText).toMatch(/^Heat map of 6 direct reports by \d+ expected skills/);
    expect(heatMap!.seq).toBeLessThan(digest!.seq);
    expect(text).not.toMatch(/"type":"image"/);
  });

  it('running the job again sends nothing more', async () => {
    await runDigests(rig.server);
    await runDigests(rig.server);
    expect(digestsTo(mayaDm)).toHaveLength(1);
    expect(await rig.server.db.delivery.count({ where: { kind: 'DIGEST', recipientId: maya } })).toBe(1);
  });

  it("at 09:00 in New York, Tomás gets his in Teams; a 429 from the connector delays it but does not duplicate it", async () => {
    at('2026-11-30T14:05:00Z'); // 09:05 in New York
    rig.connector.failNextPosts({ status: 429, retryAfter: 1 });
    const callsBefore = rig.connector.calls.length;
    await runDigests(rig.server);
    const [card] = teamsDigests();
    expect(teamsDigests()).toHaveLength(1);
    const text = cardText(cardOf(card!.activity));
    // Every item done, and still no gap closed: finishing content does not close a gap.
    expect(text).toMatch(/Fatima Zahra\*\* · ✅ Every learning item done(\\n)+Results: \d+ gaps?[^\\]*(\\n)+Gaps closed: 0 of \d+"/);
    for (const name of ['Priya Natarajan', 'Aisha Bello']) expect(text).not.toContain(name);
    // The card holds the team heat map inline: a PNG as a data URI, with its description.
    const image = (cardOf(card!.activity) as unknown as { body: Array<Record<string, unknown>> }).body.find((element) => element.type === 'Image')!;
    expect(String(image.altText)).toMatch(/^Heat map of 7 direct reports/);
    const png = Buffer.from(/^data:image\/png;base64,(.+)$/.exec(String(image.url))![1]!, 'base64');
    expect(PNG.sync.read(png).height).toBeGreaterThan(100);
    expect(digestsTo(mayaDm)).toHaveLength(1);
    const tomas = await employeeId(rig.server.db, 'E1002');
    expect(await rig.server.db.delivery.findFirstOrThrow({ where: { recipientId: tomas } })).toMatchObject({ status: 'SENT', platform: 'teams', attempts: 1 });
    const posts = rig.connector.calls.slice(callsBefore).filter((call) => call.method === 'POST' && call.conversationId === TOMAS.conversationId && call.path.includes('/activities'));
    expect(posts.length).toBe(2); // the refused one and the one that went through
  });

  it('two server processes on one database send one digest, and it says what changed', async () => {
    at('2026-12-02T11:00:00Z');
    const path = (await (await rig.server.call(`/api/v1/learner/${priya}/learning-path/`)).json()) as { groups: { items: { contentId: number }[] }[] };
    await rig.server.call(`/api/v1/learner/${priya}/learning/${path.groups[0]!.items[0]!.contentId}/complete/`, { method: 'POST' });
    // Later answers (as check-ins give) put her SQL estimate over its target, surely: the gap is closed.
    const sql = (await rig.server.db.skill.findUniqueOrThrow({ where: { key: 'sql' } })).id;
    await rig.server.db.skillEstimate.update({
      where: { employeeId_skillId: { employeeId: priya, skillId: sql } },
      data: { mean: 1, sd: 0.4, answers: { increment: 5 }, measuredAt: new Date('2026-12-02T11:00:00Z') },
    });

    const second = await rig.another();
    at('2026-12-07T09:05:00Z');
    await Promise.all([runDigests(rig.server), runDigests(second), runDigests(rig.server), runDigests(second)]);
    const digests = digestsTo(mayaDm);
    expect(digests).toHaveLength(2);
    const latest = JSON.stringify(digests[1]!.blocks);
    expect(latest).toMatch(/Since the last digest: finished 1 learning item; closed 1 gap of the learning path \(check-ins show the target reached\)_/);
    expect(latest).toMatch(/Priya Natarajan[^"]*\\nGaps closed: 1 of 1/);
  });

  it('a crash between claim and send is recovered by the next run, and still sent once', async () => {
    const crashing = await rig.another();
    at('2026-12-14T09:05:00Z');
    rig.slack.hangNext('chat.postMessage'); // the claimer dies while sending: its request never completes
    const before = rig.slack.callsOf('chat.postMessage').length;
    void runDigests(crashing);
    await rig.slack.waitFor(() => rig.slack.callsOf('chat.postMessage').length > before, 'the send that never completes');
    expect(await rig.server.db.delivery.count({ where: { status: 'SENDING', recipientId: maya } })).toBe(1);

    at('2026-12-14T09:07:00Z');
    await runDigests(rig.server); // within the lease: the claim is still respected
    expect(digestsTo(mayaDm)).toHaveLength(2);

    at('2026-12-14T09:11:00Z'); // the lease (5 minutes) has run out
    await runDigests(rig.server);
    expect(digestsTo(mayaDm)).toHaveLength(3);
    const row = await rig.server.db.delivery.findFirstOrThrow({ where: { recipientId: maya, periodKey: { contains: '2026-12-14' } } });
    expect(row).toMatchObject({ status: 'SENT', attempts: 2 });
  });
});

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
