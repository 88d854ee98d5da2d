import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeeId } from '../helpers/test-app.js';
import { clickButton, slashCommand, sign, type Button } from '../helpers/slack-requests.js';
import { startSlackRig, type SlackTestRig } from '../helpers/slack-server.js';
import { buttonsOf } from '../helpers/slack-stub.js';

describe('Slack: safety', () => {
  let rig: SlackTestRig;
  const liam = 'U0LIAM0001';
  const daniel = 'U0DANIEL01';

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

  it('tells an unknown person how to be added, and creates nothing', async () => {
    const employees = await rig.server.db.employee.count();
    const ack = await slashCommand(rig.server.url, rig.slack.url, { user_id: 'U0STRANGER' });
    expect(ack.status).toBe(200);
    const reply = await rig.slack.waitFor(() => rig.slack.responses.find((response) => /couldn't find you/.test(String(response.text))), 'the ephemeral answer');
    expect(reply).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/L&D admin/) });
    expect(await rig.server.db.employee.count()).toBe(employees);
    expect(await rig.server.db.assessmentSession.count()).toBe(0);
    expect(rig.slack.callsOf('conversations.open')).toEqual([]);
  });

  it("a foreign click gets 'this is not your assessment' and records nothing", async () => {
    const { card, buttons } = await questionCard(liam);
    const before = await rig.server.db.assessmentAnswer.count();
    await clickButton(rig.server.url, { user: daniel, button: buttons[0]!, channel: card.channel, messageTs: card.ts });
    const ephemeral = await rig.slack.waitFor(() => rig.slack.ephemerals.find((entry) => entry.user === daniel), 'the ephemeral refusal');
    expect(ephemeral.text).toMatch(/not your assessment/);
    expect(await rig.server.db.assessmentAnswer.count()).toBe(before);
    expect(rig.slack.messages.get(card.ts)!.updates).toBe(card.updates);
  });

  it('a double click and a retried request record one answer', async () => {
    const { server, slack } = rig;
    const card = slack.messagesIn(`D${liam}`).find((message) => /^Question 1 of/.test(message.text))!;
    const button = buttonsOf(card.blocks)[1] as Button;
    const { q } = JSON.parse(button.value!) as { q: number };
    const click = () => clickButton(server.url, { user: liam, button, channel: card.channel, messageTs: card.ts });
    const responses = await Promise.all([click(), click()]);
    expect(responses.map((response) => response.status)).toEqual([200, 200]);
    // Slack's retry of the same request carries X-Slack-Retry-Num.
    await clickButton(server.url, { user: liam, button, channel: card.channel, messageTs: card.ts }, { headers: { 'x-slack-retry-num': '1', 'x-slack-retry-reason': 'http_timeout' } });
    await slack.waitFor(() => slack.messages.get(card.ts)!.updates >= 3, 'three card updates');
    expect(await server.db.assessmentAnswer.count({ where: { questionId: q } })).toBe(1);
    const liamId = await employeeId(server.db, 'E2002');
    expect(await server.db.assessmentAnswer.count({ where: { session: { employeeId: liamId } } })).toBe(1);
    expect(await server.db.learningEvent.count({ where: { employeeId: liamId, type: 'ANSWER_RECORDED' } })).toBe(1);
    expect(slack.messages.get(card.ts)!.text).toMatch(/^Question 2 of/);
  });

  it('a click on a card of a closed assessment gets a polite update, not an error', async () => {
    const { server, slack } = rig;
    const { card, buttons } = await questionCard(daniel);
    const stale = { buttons, ts: card.ts };
    const danielId = await employeeId(server.db, 'E3002');
    // The assessment is submitted elsewhere (the REST API), so the card's session closes.
    expect((await server.call(`/api/learner/${danielId}/assessment/submit/`, { json: { answers: {} } })).status).toBe(200);
    const updates = slack.messages.get(stale.ts)!.updates;
    await clickButton(server.url, { user: daniel, button: stale.buttons[2]!, channel: card.channel, messageTs: stale.ts });
    await slack.waitFor(() => slack.messages.get(stale.ts)!.updates > updates, 'the stale card update');
    const updated = slack.messages.get(stale.ts)!;
    expect(updated.text).toMatch(/already closed/);
    expect(buttonsOf(updated.blocks)).toEqual([]);
    expect(await server.db.assessmentAnswer.count({ where: { session: { employeeId: danielId } } })).toBe(0);
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
