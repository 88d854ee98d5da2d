import type { CoreDeps } from '../context.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import type { ChatUserView } from './views.js';

/**
 * A chat platform's name, as its adapter gives it (the adapters' own constants). The core treats it
 * as data: it is stored with each identity, compared, and never interpreted, so a new platform needs
 * an adapter, not a change here.
 */
export type ChatPlatform = string;

/** The employee already linked to this chat user, or null. */
export async function findChatUser(deps: CoreDeps, input: { platform: ChatPlatform; userId: string }): Promise<ChatUserView | null> {
  if (!input.userId) return null;
  // One statement: this runs on every click. Prisma would read a relation in a second statement
  // (SQLite has no relation joins), and a `some` filter from the Employee side is a correlated
  // EXISTS that SQLite answers by scanning Employee; this join uses the (platform, userId) key.
  const rows = await deps.db.$queryRaw<ChatUserView[]>`
    SELECT e."id", e."name", e."timezone"
    FROM "ChatIdentity" i JOIN "Employee" e ON e."id" = i."employeeId"
    WHERE i."platform" = ${input.platform} AND i."userId" = ${input.userId}`;
  const row = rows[0];
  return row ? { id: Number(row.id), name: row.name, timezone: row.timezone ?? null } : null;
}

const chatUserSelect = { id: true, name: true, timezone: true } as const;

/**
 * Links a chat user to the employee with the same e-mail address (the platform's profile e-mail), and
 * stores the link so later messages need no lookup. Nobody is created: an unknown address gives null.
 * An employee already linked to another user of the platform is not taken over, and a platform user
 * linked to another employee is not moved (both give null and a warning). A time zone from the
 * platform fills in an empty one.
 */
export async function linkChatUser(
  deps: CoreDeps,
  input: { platform: ChatPlatform; userId: string; secondaryId?: string | null; email?: string | null; timezone?: string | null },
): Promise<ChatUserView | null> {
  const email = input.email?.trim().toLowerCase();
  if (!input.userId || !email) return null;
  const employee = await deps.db.employee.findUnique({
    where: { email },
    select: { id: true, timezone: true, chatIdentities: { where: { platform: input.platform }, select: { userId: true } } },
  });
  if (!employee) return null;
  const current = employee.chatIdentities[0]?.userId;
  if (current && current !== input.userId) {
    deps.logger.warn({ employeeId: employee.id, platform: input.platform }, 'employee already linked to another chat user; not relinking');
    return null;
  }
  const timezone = !employee.timezone && input.timezone ? { timezone: input.timezone } : {};
  try {
    return await deps.db.employee.update({
      where: { id: employee.id },
      select: chatUserSelect,
      data: {
        ...timezone,
        ...(current ? {} : { chatIdentities: { create: { platform: input.platform, userId: input.userId, secondaryId: input.secondaryId || null } } }),
      },
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Linked meanwhile: by this same user in a concurrent request (fine), or to someone else (not moved).
    const linked = await deps.db.chatIdentity.findUnique({
      where: { platform_userId: { platform: input.platform, userId: input.userId } },
      select: { employeeId: true },
    });
    if (linked?.employeeId === employee.id) return findChatUser(deps, input);
    deps.logger.warn(
      { employeeId: employee.id, linkedEmployeeId: linked?.employeeId ?? null, platform: input.platform },
      linked ? 'chat user already linked to another employee; not moving the link' : 'employee linked to another chat user meanwhile; not relinking',
    );
    return null;
  }
}
