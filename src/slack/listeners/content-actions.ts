import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { isSkillcheckError } from '../../core/errors.js';
import { refreshHome, updateMessage } from '../flows.js';
import { ActionId } from '../render/action-ids.js';
import { closedCardMessage, SOMETHING_WENT_WRONG_TEXT, UNKNOWN_USER_TEXT } from '../render/notices.js';
import { learningPathMessage } from '../render/learning-path-message.js';
import { homeView } from '../render/home-view.js';
import { resolveEmployee, type SlackContext } from '../slack-context.js';

const actionsById = {
  [ActionId.contentOpen]: 'openContent',
  [ActionId.contentStart]: 'startContent',
  [ActionId.contentDone]: 'completeContent',
} as const;

/**
 * Open (a URL button: Slack opens the page and tells us, so the open is recorded), Start and Done on a
 * learning-path card. The card, in the DM or in the Home tab, is redrawn with the new status and
 * progress bar.
 */
export function registerContentActions(app: App, ctx: SlackContext): void {
  for (const [actionId, useCase] of Object.entries(actionsById)) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, action, client }) => {
      await ack();
      // The work after the ack waits for a slot: a burst queues here instead of failing for want of connections.
      await ctx.afterAck(async () => {
        const userId = body.user.id;
        const inHome = body.container.type === 'view';
        const channel = body.channel?.id ?? body.container.channel_id;
        const ts = body.message?.ts ?? body.container.message_ts;
        const tell = (text: string) =>
          inHome ? client.chat.postMessage({ channel: userId, text }) : client.chat.postEphemeral({ channel, user: userId, text });
        try {
          const employee = await resolveEmployee(ctx, client, userId, body.team?.id);
          if (!employee) return void (await tell(UNKNOWN_USER_TEXT));
          const contentId = Number(action.value);
          await ctx.core[useCase]({ employeeId: employee.id, contentId });
          if (inHome) {
            await client.views.publish({ user_id: userId, view: homeView(await ctx.core.getDashboard({ employeeId: employee.id })) as never });
            return;
          }
          const [path, progress] = await Promise.all([ctx.core.getLearningPath({ employeeId: employee.id }), ctx.core.getProgressBar({ employeeId: employee.id })]);
          await updateMessage(client, channel, ts, learningPathMessage(path, progress));
          await refreshHome(ctx, client, userId, employee.id);
        } catch (error) {
          if (isSkillcheckError(error) && (error.code === 'CONTENT_NOT_IN_PATH' || error.code === 'NO_LEARNING_PATH') && !inHome) {
            return void (await updateMessage(client, channel, ts, closedCardMessage('This learning path has been replaced by a newer one. Type `/skillcheck path` to see the current one.')));
          }
          if (!isSkillcheckError(error)) ctx.logger.error({ err: error, user: userId, actionId }, 'learning item button failed');
          await tell(isSkillcheckError(error) ? error.message : SOMETHING_WENT_WRONG_TEXT).catch(() => undefined);
        }
      });
    });
  }
}
