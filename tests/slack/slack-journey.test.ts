import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeeId } from '../helpers/test-app.js';
import { appHomeOpened, clickButton, slashCommand, type Button } from '../../test-kit/slack-requests.js';
import { startSlackRig, type SlackTestRig } from '../helpers/slack-server.js';
import { buttonsOf } from '../../test-kit/slack-stub.js';

/**
 * What only Slack has, around the conversation that tests/chat/ runs on every platform: answers in
 * the ack, a command typed in a channel, the Home tab, the DM opened once, and the stored link.
 */
describe('Slack specifics', () => {
  let rig: SlackTestRig;
  const user = 'U0PRIYA001';
  const dm = `D${user}`;

  beforeAll(async () => {
    rig = await startSlackRig();
  });
  afterAll(() => rig.stop());

  it('help and words that are no command are answered in the ack itself', async () => {
    const help = await slashCommand(rig.server.url, rig.slack.url, { user_id: user, text: 'help' });
    expect(await help.json()).toMatchObject({ response_type: 'ephemeral', text: expect.stringMatching(/^Skillcheck: /) });
    const near = await slashCommand(rig.server.url, rig.slack.url, { user_id: user, text: 'pth' });
    expect(JSON.stringify(await near.json())).toMatch(/Did you mean `\/skillcheck path`\?/);
  });

  it('a command typed in a channel answers in the DM, and says so there with a link, never posting scores in the channel', async () => {
    const { server, slack } = rig;
    const ack = await slashCommand(server.url, slack.url, { user_id: user, text: 'status', channel_id: 'C0GENERAL' });
    expect(ack.status).toBe(200);
    await server.settled();
    // The person is matched by the e-mail of users.info, and the link is stored.
    const priya = await employeeId(server.db, 'E2001');
    expect(await server.db.chatIdentity.findFirst({ where: { employeeId: priya, platform: 'slack' } })).toMatchObject({ userId: user, secondaryId: 'T0EXAMPLE' });
    expect(slack.messagesIn('C0GENERAL')).toEqual([]);
    expect(slack.messagesIn(dm).at(-1)!.text).toMatch(/^Your Skillcheck: /);
    const pointer = slack.responses.filter((response) => response.forUser === user).at(-1)!;
    expect(JSON.stringify(pointer.blocks)).toMatch(/I answered in <https:\/\/example\.slack\.com\/archives\/DU0PRIYA001\/p\d+\|your direct messages with Skillcheck>/);
  });

  it('the Home tab shows the dashboard when opened, and its buttons work', async () => {
    const { server, slack } = rig;
    const before = slack.views.length;
    expect((await appHomeOpened(server.url, user)).status).toBe(200);
    const view = await slack.waitFor(() => slack.views.slice(before).find((entry) => entry.user_id === user), 'views.publish');
    expect(view.view.type).toBe('home');
    const text = JSON.stringify(view.view.blocks);
    expect(text).toMatch(/Hi Priya, here is your Skillcheck/);
    expect(text).toMatch(/Who sees this: you, your manager/);
    const start = buttonsOf(view.view.blocks).find((button) => button.text.text === 'Start my assessment') as Button;
    await clickButton(server.url, { user, button: start, inHome: true });
    await server.settled();
    expect(slack.messagesIn(dm).at(-1)!.text).toMatch(/^Question 1 of at most 20/);
    // The Home tab was redrawn after the press.
    expect(slack.views.slice(before).length).toBeGreaterThan(1);
    // The DM was opened once for all of this: Slack's IM channel per user does not change.
    expect(slack.callsOf('conversations.open').filter((call) => call.args.users === user)).toHaveLength(1);
    // Every Web API call carried the bot token; nothing was sent as inline code (Slack shows it in red).
    expect(slack.calls.every((call) => call.headers.authorization === 'Bearer xoxb-test-token')).toBe(true);
    expect(JSON.stringify(slack.messagesIn(dm).map((message) => message.blocks))).not.toMatch(/`[█░]/);
  });

  it('a button of an older Skillcheck version is answered, not failed', async () => {
    const { server, slack } = rig;
    const card = slack.messagesIn(dm).at(-1)!;
    const legacy: Button = { action_id: 'answer_A', value: '{"s":1,"q":1}', block_id: 'question_1', text: { text: 'A. something' } };
    await clickButton(server.url, { user, button: legacy, channel: dm, messageTs: card.ts });
    await server.settled();
    expect(slack.ephemerals.at(-1)!.text).toMatch(/This card is out of date, so nothing was done/);
  });
});
