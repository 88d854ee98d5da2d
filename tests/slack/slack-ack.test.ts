import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GeminiStub, requestedBatch, writesAndAnswers } from '../../test-kit/gemini-stub.js';
import { slashCommand } from '../../test-kit/slack-requests.js';
import { startSlackRig, type SlackTestRig } from '../helpers/slack-server.js';

/** The /skillcheck acknowledgement never waits for the AI: Slack wants it within 3 seconds. */
describe('Slack: the ack comes before the AI', () => {
  const gemini = new GeminiStub();
  let rig: SlackTestRig;

  beforeAll(async () => {
    await gemini.start();
    // Writing a batch takes Gemini 2.5 s.
    gemini.reply = (call) => {
      const reply = writesAndAnswers(call);
      return reply.kind === 'text' && requestedBatch(call.prompt) ? { ...reply, delayMs: 2_500 } : reply;
    };
    rig = await startSlackRig({ GEMINI_API_KEY: 'test-key', GEMINI_BASE_URL: gemini.url, GEMINI_TIMEOUT_MS: '20000' });
  });
  afterAll(async () => {
    await rig.stop();
    await gemini.stop();
  });

  it('acks while Gemini is still writing, then posts the first question when it has', async () => {
    const { server, slack } = rig;
    // An empty bank: the first question has to be written first.
    await server.db.bankQuestion.updateMany({ data: { status: 'RETIRED' } });
    const ack = await slashCommand(server.url, slack.url, { user_id: 'U0PRIYA001', text: 'start' });
    expect(ack.status).toBe(200);
    // At the moment of the ack, no question exists yet: the AI has not answered.
    expect(await server.db.assessmentQuestion.count()).toBe(0);
    // An empty ack promises nothing; the answer follows in the DM.
    expect(await ack.text()).toBe('');

    const card = await slack.waitFor(() => slack.messagesIn('DU0PRIYA001').find((message) => /^Question 1 of at most/.test(message.text)), 'the first question', 15_000);
    expect(gemini.calls).toHaveLength(2); // the batch, and its blind check
    expect(card.updates).toBe(1); // the "preparing" message, replaced in place
    expect(await server.db.assessmentQuestion.count({ where: { source: 'AI' } })).toBe(1);
  });
});
