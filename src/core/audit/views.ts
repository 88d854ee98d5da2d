import { z } from 'zod';

/** One entry of the audit log as an admin reads it: who, did what, to whose data, where and when. Never a score. */
export const auditEntryViewSchema = z.object({
  id: z.number().int(),
  at: z.string().describe('when, ISO 8601 (UTC)'),
  actor: z.object({
    kind: z.enum(['employee', 'web-account', 'api-token', 'cli', 'system']),
    id: z.number().int().nullable().describe("the acting employee's or web account's id; null for the API token, the command line and the system"),
    label: z.string().describe('an employee number, a username, "API token", "command line" or "scheduler"'),
  }),
  channel: z.string().describe('rest, original-api, console, chat, cli or scheduler'),
  action: z.string().describe('a stable action name, such as team.digest.read'),
  meaning: z.string().describe('what the action means'),
  subject: z.object({
    employeeId: z.number().int().nullable().describe('the person whose data it was; null for a team, the organisation, or once the person is erased'),
    label: z.string().describe('an employee number, "team of <employee number>", "organisation", a role or a question'),
  }),
  detail: z.record(z.string(), z.unknown()).describe('counts, names and ids; never a measurement'),
});
export type AuditEntryView = z.infer<typeof auditEntryViewSchema>;

export const auditLogViewSchema = z.object({
  entries: z.array(auditEntryViewSchema).describe('newest first'),
  nextCursor: z.number().int().nullable().describe('pass as cursor for the next (older) page; null on the last page'),
});
export type AuditLogView = z.infer<typeof auditLogViewSchema>;
