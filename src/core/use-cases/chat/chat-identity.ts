import type { CoreDeps } from '../../context.js';
import type { ChatUserView } from '../../views/chat-user-view.js';

export type ChatPlatform = 'slack' | 'teams';

const idField = { slack: 'slackUserId', teams: 'teamsAadObjectId' } as const;
/** the platform's second handle: Slack's workspace (team) id, Teams' bot-facing user id (29:...) */
const secondaryField = { slack: 'slackTeamId', teams: 'teamsUserId' } as const;

/** The employee already linked to this chat user, or null. */
export async function findChatUser(deps: CoreDeps, input: { platform: ChatPlatform; userId: string }): Promise<ChatUserView | null> {
  if (!input.userId) return null;
  // One statement (no relations): this runs on every click.
  return deps.db.employee.findFirst({ where: { [idField[input.platform]]: input.userId }, select: chatUserSelect });
}

const chatUserSelect = { id: true, name: true, timezone: true } as const;

/**
 * Links a chat user to the employee with the same e-mail address (the platform's profile e-mail), and
 * stores the link so later messages need no lookup. Nobody is created: an unknown address gives null.
 * An employee already linked to another user of the platform is not taken over. A time zone from the
 * platform fills in an empty one.
 */
export async function linkChatUser(
  deps: CoreDeps,
  input: { platform: ChatPlatform; userId: string; secondaryId?: string | null; email?: string | null; timezone?: string | null },
): Promise<ChatUserView | null> {
  const email = input.email?.trim().toLowerCase();
  if (!input.userId || !email) return null;
  const employee = await deps.db.employee.findUnique({ where: { email } });
  if (!employee) return null;
  const current = employee[idField[input.platform]];
  if (current && current !== input.userId) {
    deps.logger.warn({ employeeId: employee.id, platform: input.platform }, 'employee already linked to another chat user; not relinking');
    return null;
  }
  return deps.db.employee.update({
    where: { id: employee.id },
    select: chatUserSelect,
    data: {
      [idField[input.platform]]: input.userId,
      ...(input.secondaryId ? { [secondaryField[input.platform]]: input.secondaryId } : {}),
      ...(!employee.timezone && input.timezone ? { timezone: input.timezone } : {}),
    },
  });
}
