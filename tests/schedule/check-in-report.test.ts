import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { shownLetter } from '../../src/core/measurement/items.js';
import { slashCommand } from '../../test-kit/slack-requests.js';
import { buttonsOf, type PostedMessage } from '../../test-kit/slack-stub.js';
import { pressInSlack, startChatRig } from '../helpers/chat-rig.js';
import { answerKey, employeeId, wrongOption } from '../helpers/test-app.js';

/**
 * "Report this question" on an answered check-in, through the scheduled job and Slack: Aisha (Africa/Lagos)
 * takes a sitting on Friday 20 November 2026, gets a check-in on Tuesday morning, answers it, and reports it.
 */
describe('reporting a check-in question', () => {
  let rig: Awaited<ReturnType<typeof startChatRig>>;
  let aisha: number;
  const user = 'U0AISHA001';
  const dm = `D${user}`;
  const at = (iso: string) => vi.setSystemTime(new Date(iso));
  const messages = () => rig.slack.messagesIn(dm);
  const text = (message: PostedMessage) => JSON.stringify(message.blocks);

  const press = (message: PostedMessage, label: string | RegExp) => pressInSlack(rig, user, message, label);

  beforeAll(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    at('2026-11-20T10:00:00Z'); // Friday, 11:00 in Lagos
    rig = await startChatRig();
    aisha = await employeeId(rig.server.db, 'E2003');
    await slashCommand(rig.server.url, rig.slack.url, { user_id: user, text: 'status' });
    await rig.slack.waitFor(() => messages().length > 0, "Aisha's status card");
    const base = `/api/v1/learner/${aisha}`;
    const started = (await (await rig.server.call(`${base}/assessment/start/`, { method: 'POST' })).json()) as { sessionId: number };
    const set = (await (await rig.server.call(`${base}/assessment/questions/`, { method: 'POST' })).json()) as { questions: { questionId: number }[] };
    // Right and wrong in turn: evidence both ways, so her skills stay undecided and due for check-ins.
    const key = await answerKey(rig.server.db, started.sessionId);
    const answers = Object.fromEntries(set.questions.map((question, index) => [question.questionId, index % 2 === 0 ? key.get(question.questionId)! : wrongOption(key.get(question.questionId)!)]));
    expect((await rig.server.call(`${base}/assessment/submit/`, { json: { answers } })).status).toBe(200);
  });
  afterAll(async () => {
    await rig.stop();
    vi.useRealTimers();
  });

  it('is offered once the check-in is answered, asks why, and withholds the question from everyone', async () => {
    at('2026-11-24T08:00:00Z'); // Tuesday, 09:00 in Lagos
    await rig.server.scheduler.tasks.checkIns.execute();
    const card = messages().find((message) => /^Check-in \(/.test(message.text))!;
    expect(card).toBeDefined();
    const labels = () => buttonsOf(rig.slack.messages.get(card.ts)!.blocks).map((entry) => entry.text.text);
    expect(labels()).not.toContain('Report this question');

    const checkIn = await rig.server.db.checkIn.findFirstOrThrow({ where: { employeeId: aisha }, include: { question: true } });
    await press(card, new RegExp(`^${shownLetter(checkIn.optionOrder, checkIn.question.correctOption)}(\\. |$)`));
    expect(labels()).toContain('Report this question');

    const before = messages().length;
    await press(card, 'Report this question');
    const ask = messages().slice(before).find((message) => /Report this question\?/.test(text(message)))!;
    expect(ask).toBeDefined();
    await press(ask, 'It is out of date');
    expect(text(rig.slack.messages.get(ask.ts)!)).toMatch(/Thank you: I reported the question/);
    expect(await rig.server.db.questionReport.findMany()).toEqual([
      expect.objectContaining({ bankQuestionId: checkIn.bankQuestionId, employeeId: aisha, reason: 'OUTDATED: It is out of date.' }),
    ]);
    expect(await rig.server.db.bankQuestion.findUniqueOrThrow({ where: { id: checkIn.bankQuestionId } })).toMatchObject({ status: 'REVIEW' });
  });
});
