import type { CoreDeps } from '../context.js';
import type { AuditActor } from './actor.js';
import { recordAudit, type AuditSubject } from './record-audit.js';
import { resolveAuditActor, type EmployeeActor } from './resolve-actor.js';
import type { AuditDetail } from './rules/audit-detail.js';
import type { AuditAction } from './rules/audit-actions.js';
import { teamLabel } from './rules/audit-page.js';

export type { EmployeeActor } from './resolve-actor.js';

export interface NoteAuditInput {
  actor: AuditActor | EmployeeActor;
  action: AuditAction;
  /**
   * one person by id (labelled by their employee number here), a manager's team (labelled "team of <their number>";
   * no one person, so no id), or a label alone ("organisation", "role developer")
   */
  subject: { employeeId: number } | { teamOf: number } | { label: string };
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
  } else if ('teamOf' in input.subject) {
    const manager = await deps.db.employee.findUnique({ where: { id: input.subject.teamOf }, select: { employeeNumber: true } });
    subject = { employeeId: null, label: teamLabel(manager ? manager.employeeNumber : `unknown employee ${input.subject.teamOf}`) };
  } else {
    subject = { employeeId: null, label: input.subject.label };
  }
  await recordAudit(deps.db, { actor: await resolveAuditActor(deps.db, input.actor), action: input.action, subject, ...(input.detail ? { detail: input.detail } : {}), at: deps.now() });
}
