import { ConnectorStub } from '../../test-kit/connector-stub.js';
import { SIGNING_SECRET } from '../../test-kit/slack-requests.js';
import { SlackStub } from '../../test-kit/slack-stub.js';
import type { TeamsUser } from '../../test-kit/teams-requests.js';
import { startTestServer, type TestServer } from './test-server.js';

export const TOMAS: TeamsUser = { id: '29:1tomasAbCdEfGhIjKlMnOpQrStUvWxY', aadObjectId: '00000000-0000-4000-8000-00000000a0b1', name: 'Tomás Rivera', conversationId: 'a:1tomasPersonalChatConversationId' };

/** The server with Slack and Teams both on, a Slack Web API stub and a Bot Connector stub. */
export async function startChatRig(env: Record<string, string> = {}) {
  const slack = await new SlackStub().start();
  slack.directory.set('U0MAYA0001', { email: 'maya.chen@example.com', tz: 'Europe/London' });
  slack.directory.set('U0PRIYA001', { email: 'priya.natarajan@example.com', tz: 'Asia/Kolkata' });
  slack.directory.set('U0AISHA001', { email: 'aisha.bello@example.com', tz: 'Africa/Lagos' });
  const connector = await new ConnectorStub().start();
  connector.members.set(TOMAS.id, { aadObjectId: TOMAS.aadObjectId, email: 'tomas.rivera@example.com', name: TOMAS.name });
  connector.members.set('29:1olgaAbCdEfGhIjKlMnOpQrStUvWxYz0', { aadObjectId: '00000000-0000-4000-8000-00000000a002', email: 'olga.ivanova@example.com', name: 'Olga Ivanova' });
  const settings = { TEAMS_EMULATOR: 'true', SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: `${slack.url}/api/`, ...env };
  const server = await startTestServer(settings);
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
