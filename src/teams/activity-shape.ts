const hasStringId = (value: unknown): boolean => typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string';
const stringOrAbsent = (value: unknown): boolean => value === undefined || value === null || typeof value === 'string';
/** Fields botbuilder copies into every reply (and validates there) or the bot reads as text. */
const OPTIONAL_STRINGS = ['id', 'channelId', 'locale', 'replyToId', 'text', 'name', 'timestamp', 'localTimestamp'] as const;

/**
 * Whether a request body has the parts every Bot Framework activity carries and that botbuilder reads
 * without checking: a type, who sent it (from.id), where (conversation.id), to whom (recipient.id) and
 * the service URL to answer through; and where present, the fields of OPTIONAL_STRINGS as text.
 * Anything else would fail the turn inside botbuilder instead of being refused as the sender's mistake.
 */
export function isActivityShaped(body: unknown): boolean {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return false;
  const activity = body as Record<string, unknown>;
  return (
    typeof activity.type === 'string' &&
    hasStringId(activity.from) &&
    hasStringId(activity.conversation) &&
    hasStringId(activity.recipient) &&
    typeof activity.serviceUrl === 'string' &&
    OPTIONAL_STRINGS.every((field) => stringOrAbsent(activity[field]))
  );
}
