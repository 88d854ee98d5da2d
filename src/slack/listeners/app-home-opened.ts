import type { App } from '@slack/bolt';
import { homeView, unknownHomeView } from '../render/home-view.js';
import { UNKNOWN_USER_TEXT } from '../render/notices.js';
import { resolveEmployee, type SlackContext } from '../slack-context.js';

/** The App Home tab shows the dashboard each time it is opened. */
export function registerAppHomeOpened(app: App, ctx: SlackContext): void {
  app.event('app_home_opened', async ({ event, client, body }) => {
    if (event.tab !== 'home') return;
    try {
      const employee = await resolveEmployee(ctx, client, event.user, (body as { team_id?: string }).team_id);
      const view = employee ? homeView(await ctx.core.getDashboard({ employeeId: employee.id })) : unknownHomeView(UNKNOWN_USER_TEXT);
      await client.views.publish({ user_id: event.user, view: view as never });
    } catch (error) {
      ctx.logger.error({ err: error, user: event.user }, 'could not publish the App Home tab');
    }
  });
}
