import type { Db, Tx } from '../ports/database.js';
import type { AuditActor, AuditChannel } from './actor.js';

/** A signed-in employee (chat, the console), labelled by their employee number when the entry is written. */
export interface EmployeeActor {
  employeeId: number;
  channel: AuditChannel;
}

/** The actor as an entry names it: an employee is labelled by their employee number; any other actor is taken as given. */
export async function resolveAuditActor(db: Db | Tx, actor: AuditActor | EmployeeActor): Promise<AuditActor> {
  if ('kind' in actor) return actor;
  const person = await db.employee.findUnique({ where: { id: actor.employeeId }, select: { employeeNumber: true } });
  return { kind: 'employee', id: actor.employeeId, label: person?.employeeNumber ?? `unknown employee ${actor.employeeId}`, channel: actor.channel };
}
