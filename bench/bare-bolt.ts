/**
 * The floor: a bare Bolt app (same version, same receiver) that only acknowledges /skillcheck and
 * button clicks. Skillcheck's figures are compared with this one's, measured in the same run.
 */
import { App, ExpressReceiver, LogLevel } from '@slack/bolt';

const receiver = new ExpressReceiver({ signingSecret: process.env.SLACK_SIGNING_SECRET!, endpoints: '/slack/events', logLevel: LogLevel.ERROR });
const app = new App({ token: process.env.SLACK_BOT_TOKEN!, receiver, logLevel: LogLevel.ERROR, clientOptions: { slackApiUrl: process.env.SLACK_API_URL! } });
app.command('/skillcheck', async ({ ack }) => {
  await ack({ response_type: 'ephemeral', text: 'ok' });
});
app.action(/.*/, async ({ ack }) => {
  await ack();
});
receiver.app.get('/healthz', (_req, res) => {
  res.json({ status: 'ok' });
});
receiver.app.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
