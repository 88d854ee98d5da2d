import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { Card } from '../../chat/card/card.js';
import { unknownPersonCard } from '../../chat/screens/notices.js';
import { actionOf, toHomeView, toSlackMessage } from '../render/block-kit.js';
import { refreshHome, resolveEmployee, SLACK_ACCOUNT, surfaceFor, type SlackContext } from '../slack-context.js';
import { slackMessageRef } from '../slack-surface.js';
import { uploadPictures } from '../slack-pictures.js';

/**
 * Every button of every Skillcheck card or Home tab. The conversation decides what a press does;
 * this listener says where it came from (a message, an ephemeral message, the Home tab) and puts the
 * answer back there: the pressed message redrawn in place, a private note, the Home tab redrawn.
 */
export function registerButtonPress(app: App, ctx: SlackContext): void {
  app.action<BlockAction<ButtonAction>>({ type: 'block_actions' }, async ({ ack, body, action, client, respond }) => {
    if (action.type !== 'button') return void (await ack());
    const act = actionOf(action.action_id);
    if (act === 'link') return void (await ack()); // a plain link: Slack opened it, nothing to record
    // The work after the ack waits for a slot: a burst of clicks queues here instead of failing for want of connections.
    // When the queue is full the press is shed: acked all the same, and the card stays as it was, so it can be pressed again.
    await ctx.acknowledge('press', () => ack(), async () => {
      const userId = body.user.id;
      // Slack always sends the container; a hand-made payload without one is answered like a message's press.
      const inHome = body.container?.type === 'view';
      const ephemeral = Boolean(body.container?.is_ephemeral);
      const channel = body.channel?.id ?? body.container?.channel_id;
      const ts = body.message?.ts ?? body.container?.message_ts;
      const tell = async (card: Card) => {
        const message = toSlackMessage(card);
        if (inHome) {
          const dm = await ctx.dms.open(userId);
          await uploadPictures(client, dm, card, ctx.logger);
          await client.chat.postMessage({ channel: dm, text: message.text, blocks: message.blocks as never });
        }
        // A press on a private (ephemeral) message is answered the same way: through its response_url, which
        // works in any channel, also one the bot is not a member of.
        else if (ephemeral) await respond({ response_type: 'ephemeral', replace_original: false, ...message } as never);
        else await client.chat.postEphemeral({ channel, user: userId, text: message.text, blocks: message.blocks as never });
      };
      try {
        const person = await resolveEmployee(ctx, client, userId, body.team?.id);
        if (!person) return void (await tell(unknownPersonCard(SLACK_ACCOUNT)));
        const messageRef = inHome || ephemeral ? null : slackMessageRef(channel, ts);
        const turn = await ctx.conversation.pressed(person, { action: act, value: action.value, messageRef }, surfaceFor(ctx, client, userId, body.team?.id ?? body.user.team_id));
        if (turn.replace) {
          const message = toSlackMessage(turn.replace);
          if (inHome) await client.views.publish({ user_id: userId, view: toHomeView(await ctx.conversation.home(person, surfaceFor(ctx, client, userId))) as never });
          else if (ephemeral) await respond({ replace_original: true, ...message } as never);
          else {
            await uploadPictures(client, channel, turn.replace, ctx.logger);
            await client.chat.update({ channel, ts, text: message.text, blocks: message.blocks as never });
          }
        }
        if (turn.reply) await tell(turn.reply);
        if (turn.dashboardChanged || (inHome && !turn.replace)) await refreshHome(ctx, client, userId, person);
      } catch (error) {
        ctx.logger.error({ err: error, user: userId, action: act }, 'button press failed');
        await tell(ctx.conversation.failed()).catch(() => undefined);
      }
    });
  });
}
