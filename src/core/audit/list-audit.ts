import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import type { AuditActorKind } from './actor.js';
import { AUDIT_ACTIONS, isAuditAction } from './rules/audit-actions.js';
import { auditPageSize, isWindowReversed, subjectLabelsOf } from './rules/audit-page.js';
import type { AuditEntryView, AuditLogView } from './views.js';

export interface AuditLogFilters {
  /** an employee number: entries about that person, and reads of their team */
  subject?: string;
  actorKind?: AuditActorKind;
  /** exactly as an entry shows it: an employee number, a username, "API token" ... */
  actorLabel?: string;
  action?: string;
  /** entries at or after this time */
  from?: Date;
  /** entries at or before this time */
  to?: Date;
  /** the nextCursor of the page before */
  cursor?: number;
  limit?: number;
}

const parseDetail = (text: string): Record<string, unknown> => {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
};

/** The audit log, newest first, filtered, a page at a time. Admins only: adapters check who asks. */
export async function listAudit(deps: CoreDeps, filters: AuditLogFilters): Promise<AuditLogView> {
  if (isWindowReversed(filters.from, filters.to)) throw new SkillcheckError('INVALID_INPUT', 'The time window ends before it begins.');
  if (filters.action !== undefined && !isAuditAction(filters.action)) throw new SkillcheckError('INVALID_INPUT', `"${filters.action}" is not an action the audit log records.`);
  const take = auditPageSize(filters.limit);
  const rows = await deps.db.auditEntry.findMany({
    where: {
      ...(filters.subject ? { subjectLabel: { in: subjectLabelsOf(filters.subject.trim()) } } : {}),
      ...(filters.actorKind ? { actorKind: filters.actorKind } : {}),
      ...(filters.actorLabel ? { actorLabel: filters.actorLabel.trim() } : {}),
      ...(filters.action ? { action: filters.action } : {}),
      ...(filters.from || filters.to ? { at: { ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lte: filters.to } : {}) } } : {}),
      ...(filters.cursor ? { id: { lt: filters.cursor } } : {}),
    },
    // Ids grow with time; ordering by id alone keeps the cursor exact when two entries share a moment.
    orderBy: { id: 'desc' },
    take: take + 1,
  });
  const page = rows.slice(0, take);
  const entries = page.map(
    (row): AuditEntryView => ({
      id: row.id,
      at: row.at.toISOString(),
      actor: { kind: row.actorKind as AuditActorKind, id: row.actorId, label: row.actorLabel },
      channel: row.channel,
      action: row.action,
      meaning: isAuditAction(row.action) ? AUDIT_ACTIONS[row.action] : row.action,
      subject: { employeeId: row.subjectId, label: row.subjectLabel },
      detail: parseDetail(row.detail),
    }),
  );
  return { entries, nextCursor: rows.length > take ? page[page.length - 1]!.id : null };
}
