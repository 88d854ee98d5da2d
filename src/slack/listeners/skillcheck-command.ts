import type { App } from '@slack/bolt';
import { isSkillcheckError } from '../../core/errors.js';
import { postAssessmentStep, postLearningPath } from '../flows.js';
import { noticeMessage, ACKNOWLEDGED_TEXT, HELP_TEXT, SOMETHING_WENT_WRONG_TEXT, UNKNOWN_USER_TEXT } from '../render/notices.js';
import { digestMessage } from '../render/digest-message.js';
import { statusMessage } from '../render/status-message.js';
import { resolveEmployee, type SlackContext } from '../slack-context.js';

const SUBCOMMANDS = ['', 'start', 'status', 'path', 'team', 'reminders', 'help'] as const;
type Subcommand = (typeof SUBCOMMANDS)[number];

/**
 * /skillcheck [start|status|path|help]. Slack wants an answer within 3 seconds, so the command is
 * acknowledged first (ephemeral, visible only to the person) and the conversation continues in the
 * DM; nothing slow, such as the AI, happens before the ack.
 */
export function registerSkillcheckCommand(app: App, ctx: SlackContext): void {
  app.command('/skillcheck', async ({ command, ack, respond, client }) => {
    const word = command.text.trim().toLowerCase().split(/\s+/)[0] ?? '';
    const subcommand = (SUBCOMMANDS as readonly string[]).includes(word) ? (word as Subcommand) : null;
    if (subcommand === 'help' || subcommand === null) {
      await ack({ response_type: 'ephemeral', text: subcommand === null ? `I don't know "${word}".\n${HELP_TEXT}` : HELP_TEXT });
      return;
    }
    await ack({ response_type: 'ephemeral', text: ACKNOWLEDGED_TEXT });
    // The work after the ack waits for a slot: a burst of clicks queues here instead of failing for want of connections.
    await ctx.afterAck(async () => {

      try {
        const employee = await resolveEmployee(ctx, client, command.user_id, command.team_id);
        if (!employee) {
          await respond({ response_type: 'ephemeral', replace_original: false, text: UNKNOWN_USER_TEXT });
          return;
        }
        const channel = await ctx.dms.open(command.user_id);
        const employeeId = employee.id;
        if (subcommand === 'start') return await postAssessmentStep(ctx, client, channel, employeeId);
        if (subcommand === 'team') {
          // Scores of the team go to the manager's DM only, never to the channel the command was typed in.
          const digest = await ctx.core.getTeamDigest({ managerId: employeeId, stallDays: ctx.stallDays });
          const view = digestMessage(digest, true);
          await client.chat.postMessage({ channel, text: view.text, blocks: view.blocks });
          return;
        }
        if (subcommand === 'reminders') {
          const choice = command.text.trim().toLowerCase().split(/\s+/)[1];
          if (choice !== 'on' && choice !== 'off') {
            await respond({ response_type: 'ephemeral', replace_original: false, text: 'Use `/skillcheck reminders off` to stop learning reminders, or `/skillcheck reminders on` to get them again.' });
            return;
          }
          await ctx.core.setReminders({ employeeId, enabled: choice === 'on' });
          await respond({
            response_type: 'ephemeral',
            replace_original: false,
            text: choice === 'on' ? "Reminders are on: I'll nudge you if your learning path stalls." : 'Reminders are off. `/skillcheck reminders on` turns them back on.',
          });
          return;
        }

        const dashboard = await ctx.core.getDashboard({ employeeId });
        if (subcommand === 'path') {
          if (dashboard.learningPath) return await postLearningPath(ctx, client, channel, employeeId);
          const hint = dashboard.results ? 'Build it from your results with the button on your results card, or from your Home tab.' : 'Take the assessment first: type `/skillcheck start`.';
          const notice = noticeMessage(`You have no learning path yet. ${hint}`);
          await client.chat.postMessage({ channel, text: notice.text, blocks: notice.blocks });
          return;
        }
        // No subcommand: continue an open assessment or begin the first one; otherwise show where things stand.
        const open = dashboard.assessment !== null && dashboard.assessment.status !== 'COMPLETED';
        if (subcommand === '' && (open || dashboard.results === null)) return await postAssessmentStep(ctx, client, channel, employeeId);
        const status = statusMessage(dashboard);
        await client.chat.postMessage({ channel, text: status.text, blocks: status.blocks });
      } catch (error) {
        ctx.logger.error({ err: error, user: command.user_id, subcommand }, '/skillcheck failed');
        const text = isSkillcheckError(error) ? error.message : SOMETHING_WENT_WRONG_TEXT;
        await respond({ response_type: 'ephemeral', replace_original: false, text }).catch((respondError: unknown) =>
          ctx.logger.error({ err: respondError }, 'could not tell the person about the failure'),
        );
      }
    });
  });
}
