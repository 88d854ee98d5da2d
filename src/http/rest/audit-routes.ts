import { z } from 'zod';
import { auditLogViewSchema } from '../../core/audit/views.js';
import { AUDIT_ACTIONS } from '../../core/audit/rules/audit-actions.js';
import { AUDIT_PAGE_MAX } from '../../core/audit/rules/audit-page.js';
import type { Core } from '../../core/create-core.js';
import { defineRoute, type Route } from './route.js';

const actions = Object.keys(AUDIT_ACTIONS) as [keyof typeof AUDIT_ACTIONS, ...(keyof typeof AUDIT_ACTIONS)[]];
const time = z.iso.datetime({ offset: true });

const filters = z.object({
  subject: z.string().trim().min(1).max(100).optional().describe("an employee number: entries about that person, and reads of their team"),
  actorKind: z.enum(['employee', 'web-account', 'api-token', 'cli', 'system']).optional(),
  actorLabel: z.string().trim().min(1).max(200).optional().describe('as entries show it: an employee number, a username, "API token"'),
  action: z.enum(actions).optional(),
  from: time.optional().describe('entries at or after this time (ISO 8601)'),
  to: time.optional().describe('entries at or before this time (ISO 8601)'),
  cursor: z.coerce.number().int().positive().max(2 ** 31 - 1).optional().describe('the nextCursor of the page before'),
  limit: z.coerce.number().int().min(1).max(AUDIT_PAGE_MAX).optional().describe('entries a page, 50 unless given'),
});

/** The audit log, for admins: who read or changed whose data. Reading it is itself recorded. */
export function auditRoutes(core: Core): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/admin/audit',
      operationId: 'listAuditEntries',
      summary: 'Who read or changed whose data (actor, action, subject, time), newest first; never scores',
      description: "Filters combine. A learner's reads of their own data and scheduled digests are not recorded; every admin and manager read or change is.",
      tag: 'Admin',
      query: filters,
      responses: { 200: { description: 'A page of the log', schema: auditLogViewSchema } },
      audit: {
        action: 'audit.read',
        subject: ({ query }) => ({ label: query.subject ? `audit log of ${query.subject}` : 'audit log' }),
        detail: ({ query }) => ({ filters: Object.keys(query).filter((key) => query[key as keyof typeof query] !== undefined && key !== 'cursor' && key !== 'limit') }),
      },
      handle: async ({ query }) => ({
        body: await core.listAudit({
          ...(query.subject ? { subject: query.subject } : {}),
          ...(query.actorKind ? { actorKind: query.actorKind } : {}),
          ...(query.actorLabel ? { actorLabel: query.actorLabel } : {}),
          ...(query.action ? { action: query.action } : {}),
          ...(query.from ? { from: new Date(query.from) } : {}),
          ...(query.to ? { to: new Date(query.to) } : {}),
          ...(query.cursor ? { cursor: query.cursor } : {}),
          ...(query.limit ? { limit: query.limit } : {}),
        }),
      }),
    }),
  ];
}
