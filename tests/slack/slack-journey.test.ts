import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerKey, employeeId } from '../helpers/test-app.js';
import { appHomeOpened, clickButton, slashCommand } from '../helpers/slack-requests.js';
import { startSlackRig, type SlackTestRig } from '../helpers/slack-server.js';
import { buttonsOf, type PostedMessage } from '../helpers/slack-stub.js';

/**
 * The whole journey inside Slack, through signed requests to the running server: /skillcheck, every
 * answer by pressing the buttons the bot actually sent, the results card, the learning path, and each
 * item started and done, until the progress bar is full.
 */
describe('Slack: the whole journey', () => {
  let rig: SlackTestRig;
  const user = 'U0PRIYA001';
  const dm = `D${user}`;

  beforeAll(async () => {
    rig = await startSlackRig();
  });
  afterAll(() => rig.stop());

  const latest = (predicate: (message: PostedMessage) => boolean) => rig.slack.messagesIn(dm).filter(predicate).at(-1);

  it('/skillcheck -> questions -> results -> learning path -> done', async () => {
    const { server, slack } = rig;
    const ack = await slashCommand(server.url, slack.url, { user_id: user });
    expect(ack.status).toBe(200);
    expect(await ack.json()).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/direct messages/) });

    // The person is matched by the e-mail of users.info, and the link is stored.
    const priya = await employeeId(server.db, 'E2001');
    await slack.waitFor(() => slack.messagesIn(dm).find((message) => /^Question 1 of/.test(message.text)), 'the first question');
    expect(await server.db.chatIdentity.findMany({ where: { employeeId: priya }, select: { platform: true, userId: true, secondaryId: true, conversationReference: true } })).toEqual([
      { platform: 'slack', userId: user, secondaryId: 'T0EXAMPLE', conversationReference: null },
    ]);
    expect(slack.callsOf('chat.postMessage')[0]!.args.text).toMatch(/Preparing your assessment of 10 skills/);

    const card = slack.messagesIn(dm).find((message) => /^Question 1 of 30/.test(message.text))!;
    const session = await server.db.assessmentSession.findFirstOrThrow({ where: { employeeId: priya } });
    const key = await answerKey(server.db, session.id);

    // Answer every question on the same card: right, except for SQL.
    for (let number = 1; number <= 30; number++) {
      const message = slack.messages.get(card.ts)!;
      expect(message.text).toMatch(new RegExp(`^Question ${number} of 30 \\((.+)\\)`));
      const buttons = buttonsOf(message.blocks);
      expect(buttons.map((button) => button.action_id)).toEqual(['answer_A', 'answer_B', 'answer_C', 'answer_D']);
      const { q } = JSON.parse(buttons[0]!.value!) as { q: number };
      const correct = key.get(q)!;
      const skill = /\((.+?)\)/.exec(message.text)![1];
      const choice = skill === 'SQL' ? (correct === 'A' ? 'B' : 'A') : correct;
      const updatesBefore = message.updates;
      const response = await clickButton(server.url, { user, button: buttons.find((button) => button.action_id === `answer_${choice}`)!, channel: dm, messageTs: card.ts });
      expect(response.status).toBe(200);
      await slack.waitFor(() => slack.messages.get(card.ts)!.updates > updatesBefore, `the card update after answer ${number}`);
    }

    // The same card now shows the results: a bar per skill, the gap, and the path button.
    const results = slack.messages.get(card.ts)!;
    expect(results.text).toMatch(/^Your skill check results: 90% overall, 1 gap\(s\)\./);
    expect(JSON.stringify(results.blocks)).toMatch(/0%\*  SQL  ← gap/);
    expect(slack.messagesIn(dm).filter((message) => buttonsOf(message.blocks).some((button) => button.action_id.startsWith('answer_')))).toEqual([]);
    expect(await server.db.assessmentAnswer.count({ where: { sessionId: session.id } })).toBe(30);

    const pathButton = buttonsOf(results.blocks).find((button) => button.action_id === 'path_generate')!;
    await clickButton(server.url, { user, button: pathButton, channel: dm, messageTs: card.ts });
    const pathCard = await slack.waitFor(() => latest((message) => /^Your learning path/.test(message.text)), 'the learning path card');
    expect(buttonsOf(slack.messages.get(card.ts)!.blocks)).toEqual([]); // the results card lost its button
    expect(pathCard.text).toMatch(/3 item\(s\) for 1 gap\(s\), 0 done/);

    // Open (a URL button), Start, Done: always on the buttons of the card as it is now.
    const items = () => buttonsOf(slack.messages.get(pathCard.ts)!.blocks);
    const open = items().find((button) => button.action_id === 'content_open')!;
    expect(open.url).toMatch(/^https:\/\//);
    let updates = slack.messages.get(pathCard.ts)!.updates;
    await clickButton(server.url, { user, button: open, channel: dm, messageTs: pathCard.ts });
    await slack.waitFor(() => slack.messages.get(pathCard.ts)!.updates > updates, 'the path card after Open');
    expect(slack.messages.get(pathCard.ts)!.text).toMatch(/0 done/);
    expect(JSON.stringify(slack.messages.get(pathCard.ts)!.blocks)).toMatch(/In progress/);

    for (;;) {
      const done = items().find((button) => button.action_id === 'content_done');
      if (!done) break;
      updates = slack.messages.get(pathCard.ts)!.updates;
      await clickButton(server.url, { user, button: done, channel: dm, messageTs: pathCard.ts });
      await slack.waitFor(() => slack.messages.get(pathCard.ts)!.updates > updates, 'the path card after Done');
    }
    const finished = slack.messages.get(pathCard.ts)!;
    expect(finished.text).toMatch(/3 done/);
    expect(JSON.stringify(finished.blocks)).toMatch(/100%\*  ·  Learning completed/);

    const progress = await (await server.call(`/api/learner/${priya}/progress-bar/`)).json();
    expect(progress).toMatchObject({ percent: 100, learning: { completed: true } });
    // The Home tab was refreshed along the way.
    expect(slack.views.filter((view) => view.user_id === user).length).toBeGreaterThan(0);
    // Every Web API call carried the bot token.
    expect(slack.calls.every((call) => call.headers.authorization === 'Bearer xoxb-test-token')).toBe(true);
  });

  it('/skillcheck status and path answer in the DM', async () => {
    const { server, slack } = rig;
    const before = slack.messagesIn(dm).length;
    await slashCommand(server.url, slack.url, { user_id: user, text: 'status' });
    const status = await slack.waitFor(() => slack.messagesIn(dm).slice(before).find((message) => /^Your Skillcheck progress: 100%/.test(message.text)), 'the status card');
    expect(JSON.stringify(status.blocks)).toMatch(/SQL/);
    await slashCommand(server.url, slack.url, { user_id: user, text: 'path' });
    await slack.waitFor(() => slack.messagesIn(dm).slice(before).find((message) => /^Your learning path/.test(message.text)), 'the path card');
    // The DM was opened once for the whole journey and both commands: Slack's IM channel per user does not change.
    expect(slack.callsOf('conversations.open').filter((call) => call.args.users === user)).toHaveLength(1);
  });

  it('/skillcheck help answers at once, in the ack', async () => {
    const ack = await slashCommand(rig.server.url, rig.slack.url, { user_id: user, text: 'help' });
    expect(await ack.json()).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/\/skillcheck status/) });
  });

  it('the Home tab shows the dashboard when opened', async () => {
    const { server, slack } = rig;
    const before = slack.views.length;
    expect((await appHomeOpened(server.url, user)).status).toBe(200);
    const view = await slack.waitFor(() => slack.views.slice(before).find((entry) => entry.user_id === user), 'views.publish');
    expect(view.view.type).toBe('home');
    const text = JSON.stringify(view.view.blocks);
    expect(text).toMatch(/Hi Priya/);
    expect(text).toMatch(/Learning path/);
    expect(view.view.blocks.length).toBeLessThanOrEqual(100);
  });
});
