import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { slashCommand } from '../../test-kit/slack-requests.js';
import { sendText } from '../../test-kit/teams-requests.js';
import { startChatRig, TOMAS } from '../helpers/chat-rig.js';
import { testProvider } from '../helpers/test-database.js';
import type { TestServer } from '../helpers/test-server.js';
import { employeeId } from '../helpers/test-app.js';

/**
 * Two server processes on one database (each with its own connections and its own scheduler, as behind
 * a load balancer) run the check-in job at the same moments: every person gets the day's check-in
 * once, on their platform; a sender that dies mid-send is taken over after its lease, still once.
 */
describe(`check-ins from two server processes on one ${testProvider} database`, () => {
  let rig: Awaited<ReturnType<typeof startChatRig>>;
  let a: TestServer;
  let b: TestServer;
  const slackPeople = { maya: 'U0MAYA0001', aisha: 'U0AISHA001' };
  const at = (iso: string) => vi.setSystemTime(new Date(iso));
  const bothAtOnce = () => Promise.all([a.scheduler.tasks.checkIns.execute(), b.scheduler.tasks.checkIns.execute()]);
  const slackCheckIns = (user: string) => rig.slack.messagesIn(`D${user}`).filter((message) => /^Check-in \(/.test(message.text));
  const teamsCheckIns = () => rig.connector.sentTo(TOMAS.conversationId).filter((entry) => /^Check-in \(/.test(String(entry.activity.summary ?? '')));

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2026-11-20T14:30:00Z'); // Friday
    rig = await startChatRig();
    a = rig.server;
    b = await rig.another();
    // Known on their platforms (Maya and Aisha on Slack, Tomás on Teams), each with a sitting that left every skill not sure yet.
    for (const user of Object.values(slackPeople)) await slashCommand(a.url, rig.slack.url, { user_id: user, text: 'status' });
    await sendText(b.url, rig.connector.url, TOMAS, 'status');
    await Promise.all([a.settled(), b.settled()]);
    for (const number of ['E1001', 'E2003', 'E1002']) {
      const id = await employeeId(a.db, number);
      await a.call(`/api/v1/learner/${id}/assessment/start/`, { method: 'POST' });
      await b.call(`/api/v1/learner/${id}/assessment/questions/`, { method: 'POST' });
      expect((await a.call(`/api/v1/learner/${id}/assessment/submit/`, { json: { answers: {} } })).status).toBe(200);
    }
  });
  afterAll(async () => {
    await rig.stop();
    vi.useRealTimers();
  });

  it('each person gets the day\'s check-in once, however many runs of both; a sender that dies mid-send is taken over, still once', async () => {
    at('2026-11-23T14:30:00Z'); // Monday: 14:30 in London, 15:30 in Lagos, 09:30 in New York
    // A third process claims everyone's check-in first and dies while sending one: its request never completes.
    const crashing = await rig.another();
    rig.slack.hangNext('chat.postMessage');
    const before = rig.slack.callsOf('chat.postMessage').length;
    void crashing.scheduler.tasks.checkIns.execute();
    await rig.slack.waitFor(() => rig.slack.callsOf('chat.postMessage').length > before, 'the send that never completes');
    await rig.slack.waitFor(() => teamsCheckIns().length === 1, "Tomás's check-in");
    // Its other Slack send goes through (paced behind the first): wait for it, so only the hung one is left sending.
    await rig.slack.waitFor(() => slackCheckIns(slackPeople.maya).length + slackCheckIns(slackPeople.aisha).length === 1, 'the other Slack check-in');

    at('2026-11-23T14:31:00Z');
    for (let round = 0; round < 3; round++) await bothAtOnce(); // within the lease: the claim is respected
    expect(await a.db.delivery.count({ where: { kind: 'CHECKIN', status: 'SENDING' } })).toBe(1);
    expect(slackCheckIns(slackPeople.maya).length + slackCheckIns(slackPeople.aisha).length).toBe(1);

    at('2026-11-23T14:45:00Z'); // the next runs, after the lease (5 minutes) ran out
    for (let round = 0; round < 3; round++) await bothAtOnce();
    expect(slackCheckIns(slackPeople.maya)).toHaveLength(1);
    expect(slackCheckIns(slackPeople.aisha)).toHaveLength(1);
    expect(teamsCheckIns()).toHaveLength(1);
    const deliveries = await a.db.delivery.findMany({ where: { kind: 'CHECKIN' } });
    expect(deliveries).toHaveLength(3);
    expect(deliveries.every((delivery) => delivery.status === 'SENT' && delivery.periodKey === '2026-11-23')).toBe(true);
    expect(deliveries.map((delivery) => delivery.attempts).sort()).toEqual([1, 1, 2]);
    expect(await a.db.checkIn.count()).toBe(3);
    expect(await a.db.checkIn.count({ where: { position: 1 } })).toBe(3);
  });

  it('the next working day, each gets the next one once', async () => {
    // Monday's check-ins answered at both (one left unanswered would hold the next one back): recorded once each. On
    // PostgreSQL at the same moment; the two SQLite clients of this one test process take turns, since SQLite's wait
    // for a lock blocks the thread that the other client would need to let go of it.
    for (const row of await a.db.checkIn.findMany()) {
      const answer = (server: TestServer) => server.core.answerCheckIn({ employeeId: row.employeeId, checkInId: row.id, option: 'DONT_KNOW', defaultTimezone: 'UTC' });
      const views = testProvider === 'postgresql' ? await Promise.all([answer(a), answer(b)]) : [await answer(a), await answer(b)];
      expect(views.map((view) => view.answer?.recorded).sort()).toEqual([false, true]);
    }
    expect(await a.db.itemResponse.count({ where: { context: 'CHECKIN' } })).toBe(3);
    at('2026-11-24T14:30:00Z');
    for (let round = 0; round < 3; round++) await bothAtOnce();
    expect(slackCheckIns(slackPeople.maya)).toHaveLength(2);
    expect(slackCheckIns(slackPeople.aisha)).toHaveLength(2);
    expect(teamsCheckIns()).toHaveLength(2);
    expect(await a.db.checkIn.count({ where: { periodKey: '2026-11-24' } })).toBe(3);
  });
});
