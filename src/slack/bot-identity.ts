import type { webApi } from '@slack/bolt';

export interface BotIdentity {
  botId?: string;
  botUserId?: string;
}

/**
 * The bot's own ids (auth.test), asked once and remembered. A failure is not remembered: Slack being
 * unreachable when the server starts must not stop the server, nor keep Slack off until a restart
 * (Bolt's own token verification keeps a rejected promise, which also goes unhandled).
 */
export function botIdentity(client: webApi.WebClient): () => Promise<BotIdentity> {
  let known: Promise<BotIdentity> | undefined;
  return () =>
    (known ??= client.auth.test().then(
      (result) => ({ botId: result.bot_id, botUserId: result.user_id }),
      (error: unknown) => {
        known = undefined;
        throw error;
      },
    ));
}
