import type { Db, Tx } from '../ports/database.js';
import type { AuditActor } from './actor.js';
import { auditDetailText, type AuditDetail } from './rules/audit-detail.js';
import type { AuditAction } from './rules/audit-actions.js';

/** Whose data an action touched: one person (by id, labelled by employee number), or a label alone ("organisation"). */
export type AuditSubject = { employeeId: number; label: string } | { employeeId: null; label: string };

export const ORGANISATION: AuditSubject = { employeeId: null, label: 'organisation' };

export interface AuditRecord {
  actor: AuditActor;
  action: AuditAction;
  subject: AuditSubject;
  detail?: AuditDetail;
  at: Date;
}

/**
 * Writes one audit entry. Pass the transaction of the change it records, so the entry and the change land
 * together or not at all (an erase, an import); a read is recorded after it was served.
 */
export async function recordAudit(db: Db | Tx, record: AuditRecord): Promise<void> {
  await db.auditEntry.create({
    data: {
      at: record.at,
      actorKind: record.actor.kind,
      actorId: record.actor.id,
      actorLabel: record.actor.label,
      action: record.action,
      subjectId: record.subject.employeeId,
      subjectLabel: record.subject.label,
      channel: record.actor.channel,
      detail: auditDetailText(record.detail),
    },
  });
}
