import type { CoreDeps } from '../context.js';
import type { AuditActor } from './actor.js';
import { recordAudit, type AuditSubject } from './record-audit.js';
import type { AuditDetail } from './rules/audit-detail.js';
import type { AuditAction } from './rules/audit-actions.js';

export interface NoteAuditInput {
  actor: AuditActor;
  action: AuditAction;
  /** one person by id (labelled by their employee number here), or a label alone ("organisation", "team of E1001") */
  subject: { employeeId: number } | { label: string };
  detail?: AuditDetail;
}

/**
 * Records that someone read or changed data, from an adapter that served it (a manager's team read in chat, an
 * admin route). Changes made by the core itself record their entry in their own transaction instead.
 */
export async function noteAudit(deps: CoreDeps, input: NoteAuditInput): Promise<void> {
  let subject: AuditSubject;
  if ('employeeId' in input.subject) {
    const person = await deps.db.employee.findUnique({ where: { id: input.subject.employeeId }, select: { employeeNumber: true } });
    subject = person ? { employeeId: input.subject.employeeId, label: person.employeeNumber } : { employeeId: null, label: `unknown employee ${input.subject.employeeId}` };
  } else {
    subject = { employeeId: null, label: input.subject.label };
  }
  await recordAudit(deps.db, { actor: input.actor, action: input.action, subject, ...(input.detail ? { detail: input.detail } : {}), at: deps.now() });
}
