import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { slashCommand } from '../../test-kit/slack-requests.js';
import { pressInSlack, startChatRig } from '../helpers/chat-rig.js';
import { employeeId } from '../helpers/test-app.js';

/**
 * A paused person gets nothing until the day they chose, then everything again by itself. Aisha
 * (Africa/Lagos, UTC+1) is assessed on Friday 20 November 2026 (every skill "not sure yet", so check-ins
 * are due) and starts her path, then stalls (a reminder is due after seven idle days); she types
 * "pause until 10 December". Maya (Europe/London), her manager, pauses for a week from the privacy card
 * and misses one weekly digest. The jobs run as the cron runs them, on a fake clock.
 */
describe('pausing messages until a day', () => {
  let rig: Awaited<ReturnType<typeof startChatRig>>;
  let aisha: number;
  let maya: number;
  const aishaDm = 'DU0AISHA001';
  const mayaDm = 'DU0MAYA0001';
  const at = (iso: string) => vi.setSystemTime(new Date(iso));
  const tasks = () => rig.server.scheduler.tasks;
  const reminders = () => rig.slack.messagesIn(aishaDm).filter((message) => /your learning path is waiting/.test(message.text));
  const checkIns = () => rig.slack.messagesIn(aishaDm).filter((message) => /^Check-in \(/.test(message.text));
  const nudges = () => rig.slack.messagesIn(aishaDm).filter((message) => /sent you a friendly nudge/.test(message.text));
  const slash = async (user: string, text: string) => {
    await slashCommand(rig.server.url, rig.slack.url, { user_id: user, text, channel_id: `D${user}` });
    await rig.server.settled();
  };
  /** Maya asks for her digest and presses Nudge Aisha on it; what she is told. */
  async function nudgeAisha(): Promise<string> {
    await slash('U0MAYA0001', 'team');
    const digest = rig.slack.messagesIn(mayaDm).filter((message) => /^Team digest:/.test(message.text)).at(-1)!;
    const told = rig.slack.ephemerals.length;
    await pressInSlack(rig, 'U0MAYA0001', digest, 'Nudge Aisha');
    return String(rig.slack.ephemerals.slice(told).at(-1)?.text);
  }

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2026-11-20T10:00:00Z'); // Friday, 11:00 in Lagos
    rig = await startChatRig();
    const { server } = rig;
    aisha = await employeeId(server.db, 'E2003');
    maya = await employeeId(server.db, 'E1001');
    await slash('U0AISHA001', 'status');
    await slash('U0MAYA0001', 'status');
    const base = `/api/v1/learner/${aisha}`;
    await server.call(`${base}/assessment/start/`, { method: 'POST' });
    await server.call(`${base}/assessment/questions/`, { method: 'POST' });
    await server.call(`${base}/assessment/submit/`, { json: { answers: {} } });
    const path = (await (await server.call(`${base}/learning-path/generate/`, { method: 'POST' })).json()) as { groups: { items: { contentId: number }[] }[] };
    await server.call(`${base}/learning/${path.groups[0]!.items[0]!.contentId}/start/`, { method: 'POST' });
    await slash('U0AISHA001', 'pause until 10 December');
  }, 60_000);
  afterAll(async () => {
    await rig?.stop();
    vi.useRealTimers();
  });

  it('the pause lasts until the start of 10 December in Lagos', async () => {
    const stored = await rig.server.db.employee.findUniqueOrThrow({ where: { id: aisha } });
    expect(stored.remindersPausedUntil).toEqual(new Date('2026-12-09T23:00:00Z'));
    expect(stored.checkInsPausedUntil).toEqual(new Date('2026-12-09T23:00:00Z'));
  });

  it('while paused: no check-in, no reminder, and a nudge is refused without saying until when', async () => {
    at('2026-11-23T10:00:00Z'); // Monday, 11:00 in Lagos: a check-in would be due
    await tasks().checkIns.execute();
    at('2026-11-30T10:00:00Z'); // ten idle days: a reminder would be due
    await tasks().reminders.execute();
    await tasks().checkIns.execute();
    at('2026-12-09T22:30:00Z'); // the last half hour of the pause (23:30 in Lagos)
    await tasks().reminders.execute();
    await tasks().checkIns.execute();
    expect(checkIns()).toHaveLength(0);
    expect(reminders()).toHaveLength(0);

    at('2026-11-30T10:00:00Z');
    const told = await nudgeAisha();
    expect(told).toMatch(/They have paused their Skillcheck messages for now, so I sent nothing/);
    expect(told).not.toMatch(/December|2026/);
    expect(nudges()).toHaveLength(0);
    expect(await rig.server.db.delivery.count({ where: { recipientId: aisha } })).toBe(0);
  });

  it('from 10 December everything comes again by itself', async () => {
    at('2026-12-10T10:00:00Z'); // Thursday, 11:00 in Lagos
    await tasks().reminders.execute();
    await tasks().checkIns.execute();
    expect(reminders()).toHaveLength(1);
    expect(checkIns()).toHaveLength(1);
    expect(await nudgeAisha()).toBe('Sent a friendly nudge to Aisha.');
    expect(nudges()).toHaveLength(1);
  });

  it('a manager who paused for a week misses that week\'s digest, and gets the next one', async () => {
    const digestsSent = () => rig.server.db.delivery.count({ where: { kind: 'DIGEST', recipientId: maya, status: 'SENT' } });
    at('2026-12-11T10:00:00Z'); // Friday
    await slash('U0MAYA0001', 'privacy');
    const card = rig.slack.messagesIn(mayaDm).filter((message) => /^Your privacy/.test(message.text)).at(-1)!;
    await pressInSlack(rig, 'U0MAYA0001', card, 'Pause 1 week');
    at('2026-12-14T09:05:00Z'); // Monday 09:05 in London, paused until Friday the 18th
    await tasks().digests.execute();
    expect(await digestsSent()).toBe(0);
    at('2026-12-21T09:05:00Z'); // the next Monday
    await tasks().digests.execute();
    expect(await digestsSent()).toBe(1);
  });
});
