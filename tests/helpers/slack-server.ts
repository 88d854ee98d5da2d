import { startTestServer, type TestServer } from './test-server.js';
import { SIGNING_SECRET } from '../../test-kit/slack-requests.js';
import { SlackStub } from '../../test-kit/slack-stub.js';

export interface SlackTestRig {
  server: TestServer;
  slack: SlackStub;
  stop(): Promise<void>;
}

/** The real server with the Slack adapter on, talking to a local Slack Web API stub. */
export async function startSlackRig(env: Record<string, string> = {}): Promise<SlackTestRig> {
  const slack = await new SlackStub().start();
  // Demo employees known to "Slack" by e-mail.
  slack.directory.set('U0PRIYA001', { email: 'priya.natarajan@example.com', tz: 'Asia/Kolkata' });
  slack.directory.set('U0LIAM0001', { email: 'liam.oconnor@example.com', tz: 'Europe/Dublin' });
  slack.directory.set('U0DANIEL01', { email: 'daniel.kim@example.com', tz: 'America/Los_Angeles' });
  slack.directory.set('U0STRANGER', { email: 'someone.else@elsewhere.example' });
  const server = await startTestServer({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: `${slack.url}/api/`,
    ...env,
  });
  return {
    server,
    slack,
    async stop() {
      await server.stop();
      await slack.stop();
    },
  };
}
