import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIGNING_SECRET, slashCommand } from '../../test-kit/slack-requests.js';
import { SlackStub } from '../../test-kit/slack-stub.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * Slack's Web API failing while the server starts (an outage, a network not up yet) must not take
 * the server down, nor leave Slack off until a restart: the bot's identity is asked again when the
 * next Slack request arrives.
 */
describe('Slack: unreachable when the server starts', () => {
  let slack: SlackStub;
  let server: TestServer;
  const user = 'U0PRIYA001';

  beforeAll(async () => {
    slack = await new SlackStub().start();
    slack.directory.set(user, { email: 'priya.natarajan@example.com' });
    // auth.test fails on the first try and on every retry of the Web API client (5 attempts).
    slack.failNext('auth.test', ...Array.from({ length: 5 }, () => ({ status: 503, error: 'service_unavailable' })));
    server = await startTestServer({ SLACK_BOT_TOKEN: 'xoxb-test-token', SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: `${slack.url}/api/` });
  });
  afterAll(async () => {
    await server.stop();
    await slack.stop();
  });

  it('keeps serving, and Slack works once it answers again', async () => {
    await slack.waitFor(() => slack.callsOf('auth.test').length >= 5, 'five failed auth.test attempts', 20_000);
    // Let the failure settle: an unhandled rejection here would fail the run.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect((await server.call('/api/v1/learner/1/dashboard/')).status).toBe(200);

    const ack = await slashCommand(server.url, slack.url, { user_id: user, text: 'status' });
    expect(ack.status).toBe(200);
    await slack.waitFor(() => slack.messagesIn(`D${user}`).find((message) => /Skillcheck/.test(message.text)), 'the status message');
    expect(slack.callsOf('auth.test')).toHaveLength(6);

    // Asked once, then remembered.
    await slashCommand(server.url, slack.url, { user_id: user, text: 'status' });
    await slack.waitFor(() => slack.messagesIn(`D${user}`).length >= 2, 'the second status message');
    expect(slack.callsOf('auth.test')).toHaveLength(6);
  }, 30_000);
});
