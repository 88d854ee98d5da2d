import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { isSkillcheckError } from '../../core/errors.js';
import { postAssessmentStep, postLearningPath, refreshHome, updateMessage } from '../flows.js';
import { ActionId } from '../render/action-ids.js';
import { SOMETHING_WENT_WRONG_TEXT, UNKNOWN_USER_TEXT } from '../render/notices.js';
import { resultsMessage } from '../render/results-message.js';
import { resolveEmployee, type SlackContext } from '../slack-context.js';

/** Buttons that move the workflow on: build the path, show the path, start or continue the assessment. */
export function registerPathActions(app: App, ctx: SlackContext): void {
  app.action<BlockAction<ButtonAction>>(ActionId.generatePath, async ({ ack, body, client }) => {
    await ack();
    await ctx.afterAck(async () => {
      const userId = body.user.id;
      const channel = body.channel?.id ?? body.container.channel_id;
      const ts = body.message?.ts ?? body.container.message_ts;
      try {
        const employee = await resolveEmployee(ctx, client, userId, body.team?.id);
        if (!employee) return void (await client.chat.postEphemeral({ channel, user: userId, text: UNKNOWN_USER_TEXT }));
        const results = await ctx.core.getResults({ employeeId: employee.id });
        await ctx.core.generateLearningPath({ employeeId: employee.id });
        // The results card loses its button, so it cannot be pressed again by mistake.
        await updateMessage(client, channel, ts, resultsMessage(results, { pathGenerated: true }));
        await postLearningPath(ctx, client, channel, employee.id);
        await refreshHome(ctx, client, userId, employee.id);
      } catch (error) {
        ctx.logger.error({ err: error, user: userId }, 'building the learning path failed');
        const text = isSkillcheckError(error) ? error.message : SOMETHING_WENT_WRONG_TEXT;
        await client.chat.postEphemeral({ channel, user: userId, text }).catch(() => undefined);
      }
    });
  });

  // From the Home tab or a status card: the conversation goes on in the DM.
  for (const actionId of [ActionId.startAssessment, ActionId.showPath]) {
    app.action<BlockAction<ButtonAction>>(actionId, async ({ ack, body, client }) => {
      await ack();
      await ctx.afterAck(async () => {
        const userId = body.user.id;
        try {
          const employee = await resolveEmployee(ctx, client, userId, body.team?.id);
          const channel = await ctx.dms.open(userId);
          if (!employee) return void (await client.chat.postMessage({ channel, text: UNKNOWN_USER_TEXT }));
          if (actionId === ActionId.startAssessment) await postAssessmentStep(ctx, client, channel, employee.id);
          else await postLearningPath(ctx, client, channel, employee.id);
        } catch (error) {
          ctx.logger.error({ err: error, user: userId, actionId }, 'button failed');
          const channel = await ctx.dms.open(userId).catch(() => null);
          const text = isSkillcheckError(error) ? error.message : SOMETHING_WENT_WRONG_TEXT;
          if (channel) await client.chat.postMessage({ channel, text }).catch(() => undefined);
        }
      });
    });
  }
}
