import { HTTPModuleFunctions, type ReceiverProcessEventErrorHandlerArgs } from '@slack/bolt';
import type { Logger as PinoLogger } from 'pino';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Whether a signed request's body has the outer shape of every Slack request: an object, and when it
 * carries an event, an event that is an object.
 */
export const isSlackShaped = (body: unknown): boolean => isRecord(body) && (body.event === undefined || isRecord(body.event));

/**
 * Bolt's handler for an error while it processes a request, with one change: a request that is not shaped
 * like Slack's is the sender's fault, so it gets a 400 (and a warning), not a 500. Bolt reads the body
 * (user.id, team.id, view.app_installed_team_id, event.channel...) before any listener runs and throws a
 * TypeError where a part is missing or of another type; errors in listeners go to app.error, not here.
 * Everything else, such as a failed authorization, goes to Bolt's own handler.
 */
export function processEventErrorHandler(logger: PinoLogger) {
  return async (args: ReceiverProcessEventErrorHandlerArgs): Promise<boolean> => {
    const { error, response, request } = args;
    if (!response.headersSent && (error instanceof TypeError || !isSlackShaped((request as { body?: unknown }).body))) {
      logger.warn({ component: 'slack' }, 'a signed Slack request whose body is not shaped like one: answered 400');
      response.writeHead(400);
      response.end();
      return false;
    }
    return HTTPModuleFunctions.defaultProcessEventErrorHandler(args);
  };
}
