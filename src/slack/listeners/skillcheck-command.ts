import type { App, RespondFn } from '@slack/bolt';
import { unknownPersonCard } from '../../chat/screens/notices.js';
import type { Card } from '../../chat/card/card.js';
import { noticeCard } from '../../chat/screens/notices.js';
import { toSlackMessage } from '../render/block-kit.js';
import { refreshHome, resolveEmployee, SLACK_ACCOUNT, surfaceFor, type SlackContext } from '../slack-context.js';
import { slackCommand } from '../slack-surface.js';

// async, so that a request without a response_url (respond is then missing) fails as a promise the callers catch, not a throw past them
const privately = async (respond: RespondFn, card: Card) => respond({ response_type: 'ephemeral', replace_original: false, ...toSlackMessage(card) } as never);

/**
 * /skillcheck [anything]. Slack wants an answer within 3 seconds, so nothing slow happens before the
 * ack. Help and words that are no command are answered in the ack itself; everything else is acked
 * with nothing (so nothing is promised that the answer might then refuse), and the answer follows:
 * cards in the person's DM, short answers privately where the command was typed. When the server is at
 * its limit of queued work, the ack says it is busy and nothing else happens.
 */
export function registerSkillcheckCommand(app: App, ctx: SlackContext): void {
  app.command('/skillcheck', async ({ command, ack, respond, client }) => {
    const instant = ctx.conversation.instant(command.text, { command: slackCommand });
    if (instant) {
      await ack({ response_type: 'ephemeral', ...toSlackMessage(instant) } as never);
      return;
    }
    // The work after the ack waits for a slot: a burst queues here instead of failing for want of connections.
    // When the queue is full the work is shed, and the ack itself says so (it costs no extra call).
    const ackOrBusy = (taken: boolean) => (taken ? ack() : ack({ response_type: 'ephemeral', ...toSlackMessage(ctx.conversation.busy()) } as never));
    await ctx.acknowledge('command', ackOrBusy, async () => {
      try {
        const person = await resolveEmployee(ctx, client, command.user_id, command.team_id);
        if (!person) return void (await privately(respond, unknownPersonCard(SLACK_ACCOUNT)));
        const surface = surfaceFor(ctx, client, command.user_id, command.team_id);
        const turn = await ctx.conversation.typed(person, command.text, surface);
        if (turn.reply) await privately(respond, turn.reply);
        const dm = surface.posted.length > 0 ? await ctx.dms.open(command.user_id) : null;
        if (dm && dm !== command.channel_id) {
          // Typed in a channel: scores never go there; say where the answer is.
          const link = await surface.linkTo(surface.posted.at(-1)!);
          // Best effort: the answer itself is in the DM already.
          await privately(respond, noticeCard(link ? `I answered in [your direct messages with Skillcheck](${link}).` : 'I answered in your direct messages with Skillcheck.')).catch(
            (error: unknown) => ctx.logger.warn({ err: error, user: command.user_id }, 'could not point to the answer in the DM'),
          );
        }
        if (turn.dashboardChanged) await refreshHome(ctx, client, command.user_id, person);
      } catch (error) {
        ctx.logger.error({ err: error, user: command.user_id }, '/skillcheck failed');
        await privately(respond, ctx.conversation.failed()).catch((respondError: unknown) =>
          ctx.logger.error({ err: respondError }, 'could not tell the person about the failure'),
        );
      }
    });
  });
}
