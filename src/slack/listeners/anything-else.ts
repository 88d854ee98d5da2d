import type { App } from '@slack/bolt';

/** Any text at all, for constraints that must match every request of their kind. */
const ANY = /[\s\S]*/;

/**
 * Requests of a kind Skillcheck has no use for (another slash command, a modal, a shortcut, a menu's
 * options, legacy attachments and dialogs): answered at once with an empty ack. Without a listener
 * Bolt holds each one for its three-second ack window and then answers 404, one open connection per
 * request; Slack sends none of them to this app, so only a signed request made by hand gets here.
 * Registered after the real listeners: for kinds they handle, they ack first.
 */
export function registerAnythingElse(app: App): void {
  app.command(ANY, async ({ command, ack }) => {
    if (command.command !== '/skillcheck') await ack();
  });
  // Constraints by type only: Bolt matches a callback_id constraint with .match, which fails where a payload has none.
  app.view({ type: 'view_submission' }, async ({ ack }) => ack());
  app.view({ type: 'view_closed' }, async ({ ack }) => ack());
  app.shortcut({ type: 'shortcut' }, async ({ ack }) => ack());
  app.shortcut({ type: 'message_action' }, async ({ ack }) => ack());
  app.options({ type: 'block_suggestion' }, async ({ ack }) => ack({ options: [] }));
  app.action({ type: 'interactive_message' }, async ({ ack }) => ack());
  app.action({ type: 'dialog_submission' }, async ({ ack }) => ack());
}
