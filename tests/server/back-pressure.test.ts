import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { clickButton, slashCommand, type Button } from '../../test-kit/slack-requests.js';
import { buttonsOf } from '../../test-kit/slack-stub.js';
import { startChatRig, type ChatRig } from '../helpers/chat-rig.js';
import { sample } from '../helpers/prometheus-text.js';

const WORK_LIMIT = 5;
const BUSY = /Skillcheck is busy right now/;

/** Polls an async probe, a bounded number of times (the clock may be frozen). */
async function until(probe: () => Promise<boolean>, what: string): Promise<void> {
  for (let tries = 0; tries < 500; tries++) {
    if (await probe()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`gave up waiting for ${what}`);
}

interface LogLine {
  level: number;
  msg: string;
  component?: string;
  platform?: string;
  kind?: string;
  depth?: number;
  limit?: number;
}

/**
 * Bounded queues shed load rather than grow: a burst larger than the bound is acknowledged, the overflow is
 * reported (a log line, a counter, and a word to the person who typed the command), the queue never holds
 * more than the bound, and once Slack answers again the queue drains and the server goes on serving.
 */
describe('back-pressure: work after Slack acks and scheduled deliveries stay within their bounds', () => {
  let rig: ChatRig;
  const lines: LogLine[] = [];
  const metrics = async () => (await rig.server.call('/metrics')).text();

  beforeAll(async () => {
    const logger = pino({ level: 'warn' }, { write: (line: string) => void lines.push(JSON.parse(line) as LogLine) });
    rig = await startChatRig({ CHAT_WORK_QUEUE_LIMIT: String(WORK_LIMIT), DELIVERY_QUEUE_LIMIT: '1' }, logger);
    rig.slack.directory.set('U0TOMAS001', { email: 'tomas.rivera@example.com', tz: 'America/New_York' });
  });
  afterAll(async () => {
    rig.slack.release();
    await rig.stop();
  });

  it('a burst of commands and presses larger than the bound: every request acked, the overflow shed and reported, the queue never over the bound', async () => {
    const { server, slack } = rig;
    // Maya's status card, in her DM, with buttons to press later.
    expect((await slashCommand(server.url, slack.url, { user_id: 'U0MAYA0001', text: 'status' })).status).toBe(200);
    await server.settled();
    const card = slack.messagesIn('DU0MAYA0001').at(-1)!;
    const button = buttonsOf(card.blocks).find((entry) => entry.action_id && !entry.url) as Button | undefined;
    expect(button).toBeDefined();
    const press = () => clickButton(server.url, { user: 'U0MAYA0001', button: button!, channel: 'DU0MAYA0001', messageTs: card.ts, responseUrl: `${slack.url}/respond/U0MAYA0001` });
    // Everything Maya could see change: messages and private notes to her, her card redrawn, answers at her response_url.
    const mayaSees = () =>
      slack.callsOf('chat.postEphemeral').length +
      slack.callsOf('chat.postMessage').filter((call) => call.args.channel === 'DU0MAYA0001').length +
      slack.messages.get(card.ts)!.updates +
      slack.responses.filter((response) => response.forUser === 'U0MAYA0001').length;
    const mayaBefore = mayaSees();

    // Slack stops answering: every task that reaches a Web API call (or a response_url) waits there.
    slack.hold();
    const commands = 12;
    const presses = 6;
    const depths: number[] = [];
    const sampleDepth = async () => void depths.push(sample(await metrics(), 'skillcheck_chat_work_queue_depth', { platform: 'slack' })!);
    // The commands come first (with scrapes among them), then the presses while the queue is full.
    const [typed, pressed] = [
      (await Promise.all([...Array.from({ length: commands }, () => slashCommand(server.url, slack.url, { user_id: 'U0PRIYA001', text: 'status' })), sampleDepth(), sampleDepth()])).filter(
        (entry): entry is Response => entry instanceof Response,
      ),
      (await Promise.all([...Array.from({ length: presses }, press), sampleDepth()])).filter((entry): entry is Response => entry instanceof Response),
    ];
    // Every request was acknowledged while Slack held every answer: no ack waited for the work.
    expect([...typed, ...pressed].map((response) => response.status)).toEqual(Array(commands + presses).fill(200));
    const ackBodies = await Promise.all(typed.map((response) => response.text()));
    await sampleDepth();

    const during = await metrics();
    // The queue holds exactly the bound; everything beyond it was shed and counted.
    expect(sample(during, 'skillcheck_chat_work_queue_depth', { platform: 'slack' })).toBe(WORK_LIMIT);
    expect(sample(during, 'skillcheck_chat_work_shed_total', { platform: 'slack', kind: 'command' })).toBe(commands - WORK_LIMIT);
    expect(sample(during, 'skillcheck_chat_work_shed_total', { platform: 'slack', kind: 'press' })).toBe(presses);
    expect(depths).toHaveLength(4);
    expect(depths.every((depth) => depth <= WORK_LIMIT)).toBe(true);
    // A shed command says so in its ack (ephemeral, no extra call); a taken one is acked with nothing, its answer follows.
    const busy = ackBodies.filter((body) => BUSY.test(body));
    expect(busy).toHaveLength(commands - WORK_LIMIT);
    expect(busy.every((body) => (JSON.parse(body) as { response_type: string }).response_type === 'ephemeral')).toBe(true);
    expect(ackBodies.filter((body) => body === '')).toHaveLength(WORK_LIMIT);
    // One warn line per shed task: which platform, what kind of work, how deep the queue was.
    const shedLines = lines.filter((line) => /chat work shed/.test(line.msg));
    expect(shedLines).toHaveLength(commands - WORK_LIMIT + presses);
    expect(shedLines.every((line) => line.level === 40 && line.component === 'slack' && line.platform === 'slack' && line.depth === WORK_LIMIT && line.limit === WORK_LIMIT)).toBe(true);
    expect(shedLines.filter((line) => line.kind === 'press')).toHaveLength(presses);

    // Slack answers again: the queue drains, the work that was taken is done, the shed presses left the card as it was.
    slack.release();
    await server.settled();
    expect(sample(await metrics(), 'skillcheck_chat_work_queue_depth', { platform: 'slack' })).toBe(0);
    const answers = () => slack.responses.filter((response) => response.forUser === 'U0PRIYA001' && !BUSY.test(JSON.stringify(response)));
    expect(answers()).toHaveLength(WORK_LIMIT);
    expect(mayaSees()).toBe(mayaBefore);

    // And the server still serves: a press is done (its answer reaches Maya), a command answered.
    expect((await press()).status).toBe(200);
    const again = await slashCommand(server.url, slack.url, { user_id: 'U0PRIYA001', text: 'status' });
    expect(await again.text()).toBe('');
    await server.settled();
    expect(answers()).toHaveLength(WORK_LIMIT + 1);
    expect(mayaSees()).toBeGreaterThan(mayaBefore);
    expect(sample(await metrics(), 'skillcheck_chat_work_shed_total', { platform: 'slack', kind: 'press' })).toBe(presses);
  });

  it('scheduled messages beyond the delivery bound are deferred to a later run (counted, logged, not lost, no attempt used up)', async () => {
    const { server, slack } = rig;
    // Tomás talks to the bot once on Slack, so both managers' digests go out there.
    await slashCommand(server.url, slack.url, { user_id: 'U0TOMAS001', text: 'status' });
    await server.settled();
    const digests = () => slack.callsOf('chat.postMessage').filter((call) => /team/i.test(String(call.args.text)) && ['DU0MAYA0001', 'DU0TOMAS001'].includes(String(call.args.channel)));
    const before = digests().length;

    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      // Monday 14:05 UTC: 09:00 has come for Maya (London) and for Tomás (New York).
      vi.setSystemTime(new Date('2026-11-30T14:05:00Z'));
      slack.hold();
      const run = server.scheduler.tasks.digests.execute() as Promise<{ claimed: number; sent: number; retrying: number }>;
      // One digest is taken (and waits for Slack); the other finds the queue full and is left for a later run.
      await until(async () => (await server.db.delivery.count({ where: { kind: 'DIGEST', status: 'RETRY' } })) === 1, 'the deferred digest');
      const during = await metrics();
      expect(sample(during, 'skillcheck_delivery_queue_depth', { platform: 'slack' })).toBe(1);
      expect(sample(during, 'skillcheck_deliveries_deferred_total', { platform: 'slack', kind: 'digest' })).toBe(1);
      const row = await server.db.delivery.findFirstOrThrow({ where: { kind: 'DIGEST', status: 'RETRY' } });
      expect(row.attempts).toBe(0); // the deferral used no attempt
      expect(row.lastError).toMatch(/delivery queue is full/);
      expect(lines.some((line) => /deferred: the platform's delivery queue is full/.test(line.msg))).toBe(true);

      slack.release();
      expect(await run).toMatchObject({ claimed: 2, sent: 1, retrying: 1 });
      expect(digests()).toHaveLength(before + 1);

      // The next run after the wait sends it.
      vi.setSystemTime(new Date('2026-11-30T14:06:05Z'));
      expect(await server.scheduler.tasks.digests.execute()).toMatchObject({ claimed: 1, sent: 1, retrying: 0 });
    } finally {
      vi.useRealTimers();
    }
    expect(digests()).toHaveLength(before + 2);
    expect(await server.db.delivery.count({ where: { kind: 'DIGEST', status: 'SENT' } })).toBe(2);
    expect(sample(await metrics(), 'skillcheck_delivery_queue_depth', { platform: 'slack' })).toBe(0);
  });
});
