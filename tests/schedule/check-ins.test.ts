import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { localDate } from '../../src/core/delivery/rules/schedule.js';
import { shownLetter } from '../../src/core/measurement/items.js';
import { clickButton, slashCommand, type Button } from '../../test-kit/slack-requests.js';
import { buttonsOf, type PostedMessage } from '../../test-kit/slack-stub.js';
import { pressInSlack, startChatRig } from '../helpers/chat-rig.js';
import { answerKey, employeeId, wrongOption } from '../helpers/test-app.js';

/**
 * Spaced check-ins through the scheduled job and Slack, for Aisha (Africa/Lagos, UTC+1 in November):
 * a sitting on Friday 20 November 2026 leaves every skill "not sure yet"; check-ins follow in her
 * working hours on working days, move her estimates and their FSRS schedule, stop at the daily cap,
 * and stop for a pause, for "checkins off", for a check-in left unanswered and for an assessment in progress.
 */
describe('check-ins after a sitting', () => {
  let rig: Awaited<ReturnType<typeof startChatRig>>;
  let aisha: number;
  const user = 'U0AISHA001';
  const dm = `D${user}`;
  const at = (iso: string) => vi.setSystemTime(new Date(iso));
  const run = () => rig.server.scheduler.tasks.checkIns.execute();
  const checkIns = () => rig.slack.messagesIn(dm).filter((message) => /^Check-in \(/.test(message.text));
  const estimate = (skillId: number) => rig.server.db.skillEstimate.findUniqueOrThrow({ where: { employeeId_skillId: { employeeId: aisha, skillId } } });
  const latest = async () => {
    const row = await rig.server.db.checkIn.findFirstOrThrow({ where: { employeeId: aisha }, orderBy: { id: 'desc' }, include: { question: true } });
    return { ...row, right: shownLetter(row.optionOrder, row.question.correctOption) };
  };
  const blocksText = (message: PostedMessage) => JSON.stringify(message.blocks);

  /** Presses a button of a message in Aisha's DM, as Slack sends it, and waits until the work after the ack is done. */
  const press = (message: PostedMessage, label: string | RegExp) => pressInSlack(rig, user, message, label);
  const option = (letter: string) => new RegExp(`^${letter}(\\. |$)`);
  async function typed(text: string): Promise<string> {
    const count = rig.slack.responses.length;
    await slashCommand(rig.server.url, rig.slack.url, { user_id: user, text, channel_id: dm });
    await rig.server.settled();
    return String(rig.slack.responses.slice(count).at(-1)?.text ?? '');
  }

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2026-11-20T10:00:00Z'); // Friday, 11:00 in Lagos
    rig = await startChatRig();
    aisha = await employeeId(rig.server.db, 'E2003');
    await slashCommand(rig.server.url, rig.slack.url, { user_id: user, text: 'status' });
    await rig.slack.waitFor(() => rig.slack.messagesIn(dm).length > 0, "Aisha's status card");
    const base = `/api/v1/learner/${aisha}`;
    const started = (await (await rig.server.call(`${base}/assessment/start/`, { method: 'POST' })).json()) as { sessionId: number };
    const set = (await (await rig.server.call(`${base}/assessment/questions/`, { method: 'POST' })).json()) as { questions: { questionId: number; skill: { id: number } }[] };
    // Right and wrong in turn within each skill: evidence both ways, so no verdict is decided yet.
    const key = await answerKey(rig.server.db, started.sessionId);
    const seen = new Map<number, number>();
    const answers = Object.fromEntries(
      set.questions.map((question) => {
        const nth = (seen.get(question.skill.id) ?? 0) + 1;
        seen.set(question.skill.id, nth);
        const right = key.get(question.questionId)!;
        return [question.questionId, nth % 2 === 1 ? right : wrongOption(right)];
      }),
    );
    await rig.server.call(`${base}/assessment/submit/`, { json: { answers } });
  });
  afterAll(async () => {
    await rig.stop();
    vi.useRealTimers();
  });

  it('the sitting leaves her expected skills not sure yet and due for check-ins', async () => {
    const results = await rig.server.db.assessmentResult.findMany({ where: { employeeId: aisha, verdict: { not: null } } });
    const unsure = results.filter((result) => result.verdict === 'NOT_SURE');
    expect(unsure.length).toBeGreaterThan(results.length / 2);
    // Every skill left undecided is due for check-ins; a decided one is not.
    const estimates = await rig.server.db.skillEstimate.findMany({ where: { employeeId: aisha, skillId: { in: results.map((result) => result.skillId) } } });
    for (const row of estimates) expect(row.checkInDue !== null, String(row.skillId)).toBe(unsure.some((result) => result.skillId === row.skillId));
    // Where one answer cannot decide a verdict (her estimates sit at her role's targets, wide), so a schedule shows.
    for (const result of results) {
      await rig.server.db.skillEstimate.update({
        where: { employeeId_skillId: { employeeId: aisha, skillId: result.skillId } },
        data: { mean: result.targetLevel! - 3, sd: 1, answers: 1 },
      });
    }
  });

  it('nothing on the day of the sitting, at the weekend, or outside her working hours', async () => {
    at('2026-11-20T15:00:00Z'); // Friday, the sitting's day
    await run();
    at('2026-11-21T10:00:00Z'); // Saturday
    await run();
    at('2026-11-22T10:00:00Z'); // Sunday
    await run();
    at('2026-11-23T07:45:00Z'); // Monday, 08:45 in Lagos
    await run();
    at('2026-11-23T16:00:00Z'); // Monday, 17:00 in Lagos
    await run();
    expect(checkIns()).toHaveLength(0);
    expect(await rig.server.db.delivery.count({ where: { kind: 'CHECKIN' } })).toBe(0);
  });

  it('on a working day in her working hours: one direct message with one question, once', async () => {
    at('2026-11-24T08:00:00Z'); // Tuesday, 09:00 in Lagos: the first run of her working day
    await run();
    await run();
    expect(checkIns()).toHaveLength(1);
    expect(blocksText(checkIns()[0]!)).toMatch(/Question 1 of at most 3 today/);
    const delivery = await rig.server.db.delivery.findFirstOrThrow({ where: { kind: 'CHECKIN', recipientId: aisha } });
    expect(delivery).toMatchObject({ periodKey: '2026-11-24', platform: 'slack', status: 'SENT' });
    expect(await rig.server.db.checkIn.count({ where: { employeeId: aisha } })).toBe(1);
    // Nobody else: nobody else took an assessment.
    expect(rig.slack.callsOf('chat.postMessage').filter((call) => /^Check-in \(/.test(String(call.args.text)))).toHaveLength(1);
  });

  it('an answer moves the estimate and the FSRS schedule: a wrong answer comes back sooner than a right one; Next question asks up to the daily cap', async () => {
    let card = checkIns()[0]!;
    const missed = await latest();
    const before = await estimate(missed.skillId);
    card = await press(card, option(missed.right === 'A' ? 'B' : 'A'));
    expect(blocksText(card)).toMatch(/Not quite/);
    const afterMiss = await estimate(missed.skillId);
    expect(afterMiss.mean).toBeLessThan(before.mean);
    expect(afterMiss.answers).toBe(before.answers + 1);
    expect(afterMiss.version).toBe(before.version + 1);
    expect(localDate('Africa/Lagos', afterMiss.checkInDue!)).toBe('2026-11-25'); // tomorrow
    expect(JSON.parse(afterMiss.checkInCard!)).toMatchObject({ reps: 1, lapses: 0 });
    const response = await rig.server.db.itemResponse.findFirstOrThrow({ where: { employeeId: aisha, context: 'CHECKIN' } });
    expect(response).toMatchObject({ bankQuestionId: missed.bankQuestionId, outcome: 'wrong', abilityBefore: before.mean });

    card = await press(card, 'Next question (2 of 3)');
    expect(blocksText(card)).toMatch(/Question 2 of at most 3 today/);
    const known = await latest();
    expect(known.skillId).not.toBe(missed.skillId);
    const knownBefore = await estimate(known.skillId);
    card = await press(card, option(known.right));
    expect(blocksText(card)).toMatch(/✓ Right/);
    const afterRight = await estimate(known.skillId);
    expect(afterRight.mean).toBeGreaterThan(knownBefore.mean);
    expect(afterRight.checkInDue!.getTime()).toBeGreaterThan(afterMiss.checkInDue!.getTime());

    card = await press(card, 'Next question (3 of 3)');
    // A double press: the same answer arrives twice at once, and is recorded once.
    const dontKnow = buttonsOf(card.blocks).find((entry) => entry.text.text === "I don't know") as Button;
    const click = () => clickButton(rig.server.url, { user, button: dontKnow, channel: dm, messageTs: card.ts, responseUrl: `${rig.slack.url}/respond/${user}` });
    await Promise.all([click(), click()]);
    await rig.server.settled();
    card = rig.slack.messages.get(card.ts)!;
    expect(blocksText(card)).toMatch(/That's all for today/);
    expect(buttonsOf(card.blocks).map((entry) => entry.text.text)).toEqual(['Report this question', 'Pause for a week', 'Stop check-ins']);
    expect(await rig.server.db.checkIn.count({ where: { employeeId: aisha, periodKey: '2026-11-24' } })).toBe(3);
    expect(await rig.server.db.itemResponse.count({ where: { employeeId: aisha, context: 'CHECKIN' } })).toBe(3);
    expect(checkIns()).toHaveLength(1);

    // The next day, the missed skill is due again and the known one is not.
    at('2026-11-25T08:00:00Z');
    await run();
    expect(checkIns()).toHaveLength(2);
    const wednesday = await latest();
    expect(wednesday.skillId).not.toBe(known.skillId);
    await press(checkIns()[1]!, option(wednesday.right));
  });

  it('paused: nothing until the pause ends', async () => {
    expect(await typed('pause checkins')).toMatch(/Check-ins are paused until Wednesday 2 December/);
    for (const day of ['2026-11-26', '2026-11-27', '2026-11-30', '2026-12-01']) {
      at(`${day}T10:00:00Z`);
      await run();
    }
    expect(checkIns()).toHaveLength(2);
    at('2026-12-02T10:00:00Z');
    await run();
    expect(checkIns()).toHaveLength(3);
  });

  it('a check-in left unanswered holds back the next one for a week', async () => {
    at('2026-12-03T10:00:00Z');
    await run();
    expect(checkIns()).toHaveLength(3);
    at('2026-12-09T09:00:00Z'); // a week after the unanswered one, less an hour
    await run();
    expect(checkIns()).toHaveLength(3);
    at('2026-12-10T09:00:00Z');
    await run();
    expect(checkIns()).toHaveLength(4);
    const thursday = await latest();
    await press(checkIns()[3]!, option(thursday.right));
  });

  it('off: nothing until "checkins on"; and nothing while an assessment is in progress', async () => {
    expect(await typed('checkins off')).toMatch(/Check-ins are off/);
    at('2026-12-11T09:00:00Z');
    await run();
    at('2026-12-14T09:00:00Z');
    await run();
    expect(checkIns()).toHaveLength(4);
    expect(await typed('checkins on')).toMatch(/Check-ins are on/);
    await run();
    expect(checkIns()).toHaveLength(5);
    const monday = await latest();
    await press(checkIns()[4]!, option(monday.right));

    await rig.server.call(`/api/v1/learner/${aisha}/assessment/start/`, { method: 'POST' });
    at('2026-12-15T09:00:00Z');
    await run();
    expect(checkIns()).toHaveLength(5);
  });
});
