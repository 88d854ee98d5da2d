import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { isSkillcheckError } from '../../core/errors.js';
import { refreshHome, updateMessage } from '../flows.js';
import type { AnswerValue } from '../render/action-ids.js';
import { ActionId } from '../render/action-ids.js';
import { closedCardMessage, NOT_YOURS_TEXT, SOMETHING_WENT_WRONG_TEXT, UNKNOWN_USER_TEXT } from '../render/notices.js';
import { questionMessage } from '../render/question-message.js';
import { resultsMessage } from '../render/results-message.js';
import { resolveEmployee, type SlackContext } from '../slack-context.js';

function parseValue(value: string | undefined): AnswerValue | null {
  try {
    const parsed = JSON.parse(value ?? '') as Partial<AnswerValue>;
    return Number.isSafeInteger(parsed.q) && Number.isSafeInteger(parsed.s) ? (parsed as AnswerValue) : null;
  } catch {
    return null;
  }
}

/**
 * An answer button. The answer is recorded through the core (once: double clicks and retries change
 * nothing), and the same message is updated in place to the next question, or to the results after
 * the last one, so no stale buttons stay in the DM.
 */
export function registerAnswerAction(app: App, ctx: SlackContext): void {
  app.action<BlockAction<ButtonAction>>(ActionId.answerPattern, async ({ ack, body, action, client }) => {
    await ack();
    // The work after the ack waits for a slot: a burst of clicks queues here instead of failing for want of connections.
    await ctx.afterAck(async () => {
      const channel = body.channel?.id ?? body.container.channel_id;
      const ts = body.message?.ts ?? body.container.message_ts;
      const userId = body.user.id;
      const ephemeral = (text: string) => client.chat.postEphemeral({ channel, user: userId, text });
      try {
        const employee = await resolveEmployee(ctx, client, userId, body.team?.id);
        if (!employee) return void (await ephemeral(UNKNOWN_USER_TEXT));
        const value = parseValue(action.value);
        if (!value) return void (await updateMessage(client, channel, ts, closedCardMessage('This card is out of date.')));
        const option = action.action_id.slice('answer_'.length);

        const step = await ctx.core.answerQuestion({ employeeId: employee.id, questionId: value.q, option });
        if (step.results) {
          await updateMessage(client, channel, ts, resultsMessage(step.results));
          await refreshHome(ctx, client, userId, employee.id);
        } else if (step.outcome.next) {
          const notice = step.outcome.recorded
            ? `✓ Answer ${step.outcome.selectedOption} recorded (${step.outcome.answeredCount} of ${step.outcome.total}).`
            : `You had already answered that question (${step.outcome.selectedOption}); here is the next one.`;
          await updateMessage(client, channel, ts, questionMessage(step.outcome.next, notice));
        }
      } catch (error) {
        if (isSkillcheckError(error)) {
          if (error.code === 'QUESTION_NOT_IN_SESSION') return void (await ephemeral(NOT_YOURS_TEXT));
          if (error.code === 'ASSESSMENT_CLOSED' || error.code === 'QUESTION_NOT_FOUND') {
            return void (await updateMessage(client, channel, ts, closedCardMessage('This assessment is already closed, so this card no longer takes answers.')));
          }
          return void (await ephemeral(error.message));
        }
        ctx.logger.error({ err: error, user: userId }, 'answer click failed');
        await ephemeral(SOMETHING_WENT_WRONG_TEXT).catch(() => undefined);
      }
    });
  });
}
