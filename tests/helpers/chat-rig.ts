import { ConnectorStub } from '../../test-kit/connector-stub.js';
import { SIGNING_SECRET, clickButton, type Button } from '../../test-kit/slack-requests.js';
import { SlackStub, buttonsOf, type PostedMessage } from '../../test-kit/slack-stub.js';
import type { TeamsUser } from '../../test-kit/teams-requests.js';
import type { AppLogger } from '../../src/app/logger.js';
import { startTestServer, type TestServer } from './test-server.js';

export const TOMAS: TeamsUser = { id: '29:1tomasAbCdEfGhIjKlMnOpQrStUvWxY', aadObjectId: '00000000-0000-4000-8000-00000000a0b1', name: 'Tomás Rivera', conversationId: 'a:1tomasPersonalChatConversationId' };

/** The server with Slack and Teams both on, a Slack Web API stub and a Bot Connector stub; `logger` to read the server's log lines. */
export async function startChatRig(env: Record<string, string> = {}, logger?: AppLogger) {
  const slack = await new SlackStub().start();
  slack.directory.set('U0MAYA0001', { email: 'maya.chen@example.com', tz: 'Europe/London' });
  slack.directory.set('U0PRIYA001', { email: 'priya.natarajan@example.com', tz: 'Asia/Kolkata' });
  slack.directory.set('U0AISHA001', { email: 'aisha.bello@example.com', tz: 'Africa/Lagos' });
  const connector = await new ConnectorStub().start();
  connector.members.set(TOMAS.id, { aadObjectId: TOMAS.aadObjectId, email: 'tomas.rivera@example.com', name: TOMAS.name });
  connector.members.set('29:1olgaAbCdEfGhIjKlMnOpQrStUvWxYz0', { aadObjectId: '00000000-0000-4000-8000-00000000a002', email: 'olga.ivanova@example.com', name: 'Olga Ivanova' });
  const settings = { TEAMS_EMULATOR: 'true', SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: `${slack.url}/api/`, ...env };
  const server = await startTestServer(settings, logger);
  const servers: TestServer[] = [server];
  return {
    server,
    slack,
    connector,
    /** another server process on the same database */
    async another(): Promise<TestServer> {
      const next = await startTestServer({ ...settings, DATABASE_URL: server.databaseUrl });
      servers.push(next);
      return next;
    },
    async stop() {
      await slack.stop();
      await connector.stop();
      for (const entry of servers) await entry.stop().catch(() => undefined);
    },
  };
}

export type ChatRig = Awaited<ReturnType<typeof startChatRig>>;

/** Presses a button of a message in a person's Slack DM, as Slack sends it, and waits until the work after the ack is done; the message as it is then. */
export async function pressInSlack(rig: ChatRig, user: string, message: PostedMessage, label: string | RegExp): Promise<PostedMessage> {
  const button = buttonsOf(rig.slack.messages.get(message.ts)!.blocks).find((entry) => (typeof label === 'string' ? entry.text.text === label : label.test(entry.text.text)));
  if (!button) throw new Error(`no button ${String(label)}`);
  const response = await clickButton(rig.server.url, { user, button: button as Button, channel: `D${user}`, messageTs: message.ts, responseUrl: `${rig.slack.url}/respond/${user}` });
  if (response.status !== 200) throw new Error(`the press answered ${response.status}`);
  await rig.server.settled();
  return rig.slack.messages.get(message.ts)!;
}
