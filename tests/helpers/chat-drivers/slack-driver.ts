import { clickButton, slashCommand, type Button } from '../../../test-kit/slack-requests.js';
import { buttonsOf, type SlackStub } from '../../../test-kit/slack-stub.js';
import { startSlackRig } from '../slack-server.js';
import type { ChatDriver, ChatMessage, DemoPerson } from './driver.js';
import { plainOf } from './text.js';

/** How Slack knows the demo people: their user ids, resolved by e-mail through users.info. */
const USER: Record<DemoPerson, string> = { priya: 'U0PRIYA001', liam: 'U0LIAM0001', daniel: 'U0DANIEL01', maya: 'U0MAYA0001', stranger: 'U0STRANGER' };

type Blocks = Array<Record<string, unknown>>;

function textOf(blocks: Blocks): string {
  const parts: string[] = [];
  for (const block of blocks) {
    const text = (block.text as { text?: string } | undefined)?.text;
    if (text) parts.push(text);
    for (const element of (block.elements as Array<Record<string, unknown>> | undefined) ?? []) if (element.type !== 'button' && typeof element.text === 'string') parts.push(element.text);
  }
  return plainOf(parts.join('\n'));
}

/**
 * Slack through signed requests to POST /slack/events and a local Web API stub. A turn is over when
 * the server's work queued after the ack is done (RunningServer.settled).
 */
export async function slackDriver(env: Record<string, string> = {}): Promise<ChatDriver & { slack: SlackStub }> {
  // The Slack rig knows priya, liam, daniel and the stranger by the same user ids; maya is added here.
  const rig = await startSlackRig(env);
  const { slack, server } = rig;
  slack.directory.set(USER.maya, { email: 'maya.chen@example.com', tz: 'Europe/London' });
  /** answers given in the ack itself, per user */
  const acks: Array<{ user: string; text: string; blocks: Blocks; seq: number }> = [];

  const finish = async (response: Response, user: string) => {
    if (response.status !== 200) throw new Error(`Slack request answered ${response.status}`);
    const body = await response.text();
    if (body) {
      const ack = JSON.parse(body) as { text?: string; blocks?: Blocks };
      acks.push({ user, text: ack.text ?? '', blocks: ack.blocks ?? [], seq: slack.nextSeq() });
    }
    await server.settled();
  };

  const messages = async (person: DemoPerson): Promise<ChatMessage[]> => {
    const user = USER[person];
    const all: Array<ChatMessage & { seq: number }> = [
      ...slack.messagesIn(`D${user}`).map((message) => ({ id: message.ts, text: textOf(message.blocks), buttons: buttonsOf(message.blocks).map((b) => b.text.text), passing: false, seq: message.seq })),
      ...slack.ephemerals.filter((entry) => entry.user === user).map((entry) => ({ id: `ephemeral-${entry.seq}`, text: textOf(entry.blocks) || plainOf(entry.text), buttons: buttonsOf(entry.blocks).map((b) => b.text.text), passing: true, seq: entry.seq })),
      ...slack.responses.filter((entry) => entry.forUser === user).map((entry) => ({ id: `response-${entry.seq}`, text: textOf((entry.blocks as Blocks | undefined) ?? []) || plainOf(String(entry.text ?? '')), buttons: buttonsOf((entry.blocks as Blocks | undefined) ?? []).map((b) => b.text.text), passing: true, seq: entry.seq! })),
      ...acks.filter((entry) => entry.user === user).map((entry) => ({ id: `ack-${entry.seq}`, text: textOf(entry.blocks) || plainOf(entry.text), buttons: buttonsOf(entry.blocks).map((b) => b.text.text), passing: true, seq: entry.seq })),
    ];
    return all.sort((a, b) => a.seq - b.seq).map(({ seq: _seq, ...message }) => message);
  };

  const driver: ChatDriver & { slack: SlackStub } = {
    platform: 'slack',
    server,
    slack,
    commandText: (words) => `/skillcheck ${words}`,
    async type(person, text) {
      const user = USER[person];
      const words = text.replace(/^\/skillcheck\s*/, '');
      // Typed in the person's DM with Skillcheck, where the conversation happens.
      await finish(await slashCommand(server.url, slack.url, { user_id: user, text: words, channel_id: `D${user}` }), user);
    },
    async press(person, message, label) {
      const user = USER[person];
      const blocks = message.id.startsWith('ack-')
        ? acks.find((entry) => `ack-${entry.seq}` === message.id)!.blocks
        : message.passing
          ? (slack.ephemerals.find((entry) => `ephemeral-${entry.seq}` === message.id)?.blocks ?? (slack.responses.find((entry) => `response-${entry.seq}` === message.id)?.blocks as Blocks))
          : slack.messages.get(message.id)!.blocks;
      const button = buttonsOf(blocks).find((entry) => (typeof label === 'string' ? entry.text.text === label : label.test(entry.text.text))) as Button | undefined;
      if (!button) throw new Error(`no button ${String(label)} on: ${message.text.slice(0, 80)}`);
      const posted = message.passing ? null : slack.messages.get(message.id)!;
      const response = await clickButton(server.url, {
        user,
        button,
        channel: posted?.channel ?? `D${user}`,
        messageTs: posted?.ts ?? '1.0',
        ...(message.passing ? { ephemeral: true } : {}),
        responseUrl: `${slack.url}/respond/${user}`,
      });
      await finish(response, user);
    },
    async pressTwice(person, message, label) {
      await Promise.all([driver.press(person, message, label), driver.press(person, message, label)]);
    },
    messages,
    async stop() {
      await rig.stop();
    },
  };
  return driver;
}
