import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeeId } from '../helpers/test-app.js';
import { clickButton, slashCommand, sign, type Button } from '../../test-kit/slack-requests.js';
import { startSlackRig, type SlackTestRig } from '../helpers/slack-server.js';
import { buttonsOf } from '../../test-kit/slack-stub.js';

describe('Slack: safety', () => {
  let rig: SlackTestRig;
  const liam = 'U0LIAM0001';
  
  beforeAll(async () => {
    rig = await startSlackRig();
  });
  afterAll(() => rig.stop());

  /** Starts an assessment for a Slack user and returns the question card and its answer buttons. */
  async function questionCard(user: string) {
    const { server, slack } = rig;
    await slashCommand(server.url, slack.url, { user_id: user, text: 'start' });
    const card = await slack.waitFor(() => slack.messagesIn(`D${user}`).find((message) => /^Question \d+ of/.test(message.text)), 'a question card');
    return { card, buttons: buttonsOf(card.blocks) as Button[] };
  }

  it('refuses a forged signature and a stale timestamp (401), and records nothing', async () => {
    const body = new URLSearchParams({ command: '/skillcheck', text: '', user_id: liam, team_id: 'T0EXAMPLE' }).toString();
    const headers = { 'content-type': 'application/x-www-form-urlencoded' };
    const now = Math.floor(Date.now() / 1000);
    const forged = await fetch(`${rig.server.url}/slack/events`, {
      method: 'POST',
      headers: { ...headers, 'x-slack-request-timestamp': String(now), 'x-slack-signature': sign(body, now, 'not-the-secret') },
      body,
    });
    expect(forged.status).toBe(401);
    const stale = await fetch(`${rig.server.url}/slack/events`, {
      method: 'POST',
      headers: { ...headers, 'x-slack-request-timestamp': String(now - 600), 'x-slack-signature': sign(body, now - 600) },
      body,
    });
    expect(stale.status).toBe(401);
    const unsigned = await fetch(`${rig.server.url}/slack/events`, { method: 'POST', headers, body });
    expect(unsigned.status).toBe(401);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(rig.slack.calls.filter((call) => call.method !== 'auth.test')).toEqual([]);
  });

  // Who may press what, stale cards and unknown people: tests/chat/, the same on every platform.
  it('a double click and a retried request (X-Slack-Retry-Num) record one answer', async () => {
    const { server, slack } = rig;
    const { card } = await questionCard(liam);
    const updatesBefore = card.updates;
    const button = buttonsOf(card.blocks)[1] as Button;
    const q = (await server.db.assessmentQuestion.findFirstOrThrow({ where: { session: { employeeId: await employeeId(server.db, 'E2002') } }, orderBy: { position: 'asc' } })).id;
    const click = () => clickButton(server.url, { user: liam, button, channel: card.channel, messageTs: card.ts });
    const responses = await Promise.all([click(), click()]);
    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    // Slack's retry of the same request carries X-Slack-Retry-Num.
    await clickButton(server.url, { user: liam, button, channel: card.channel, messageTs: card.ts }, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    await server.settled();
    expect(slack.messages.get(card.ts)!.updates).toBe(updatesBefore + 3);
    expect(await server.db.assessmentAnswer.count({ where: { questionId: q } })).toBe(1);
    const liamId = await employeeId(server.db, 'E2002');
    expect(await server.db.assessmentAnswer.count({ where: { session: { employeeId: liamId } } })).toBe(1);
    expect(await server.db.learningEvent.count({ where: { employeeId: liamId, type: 'ANSWER_RECORDED' } })).toBe(1);
    expect(slack.messages.get(card.ts)!.text).toMatch(/^Question 2 of/);
  });

  it('a Slack API 429 is retried after Retry-After, then succeeds once', async () => {
    const { server, slack } = rig;
    const card = slack.messagesIn(`D${liam}`).find((message) => /^Question 2 of/.test(message.text))!;
    const button = buttonsOf(card.blocks)[0] as Button;
    slack.failNext('chat.update', { status: 429, retryAfter: 1 });
    const before = slack.callsOf('chat.update').length;
    await clickButton(server.url, { user: liam, button, channel: card.channel, messageTs: card.ts });
    await slack.waitFor(() => /^Question 3 of/.test(slack.messages.get(card.ts)!.text), 'the update after the 429', 15_000);
    const attempts = slack.callsOf('chat.update').slice(before);
    expect(attempts).toHaveLength(2);
    expect(attempts[0]!.args).toEqual(attempts[1]!.args);
    const liamId = await employeeId(server.db, 'E2002');
    expect(await server.db.assessmentAnswer.count({ where: { session: { employeeId: liamId } } })).toBe(2);
  });
});
