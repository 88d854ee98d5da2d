import type { App } from '@slack/bolt';
import { unknownPersonCard } from '../../chat/screens/notices.js';
import { toHomeView } from '../render/block-kit.js';
import { refreshHome, resolveEmployee, SLACK_ACCOUNT, type SlackContext } from '../slack-context.js';

/** The App Home tab shows the dashboard and the path each time it is opened (its work queued like every other after an ack). */
export function registerAppHomeOpened(app: App, ctx: SlackContext): void {
  app.event('app_home_opened', async ({ event, client, body }) => {
    if (event.tab !== 'home') return;
    // Bolt acknowledged the event already; the work waits its turn with the rest, and when the queue is full
    // it is shed (the tab keeps what it showed last time).
    await ctx.acknowledge('home', async () => {}, async () => {
      try {
        const person = await resolveEmployee(ctx, client, event.user, (body as { team_id?: string }).team_id);
        if (person) await refreshHome(ctx, client, event.user, person);
        else await client.views.publish({ user_id: event.user, view: toHomeView(unknownPersonCard(SLACK_ACCOUNT)) as never });
      } catch (error) {
        ctx.logger.error({ err: error, user: event.user }, 'could not publish the App Home tab');
      }
    });
  });
}
