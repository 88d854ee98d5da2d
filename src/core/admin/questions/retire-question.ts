import type { AuditActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/record-audit.js';
import { resolveAuditActor, type EmployeeActor } from '../../audit/resolve-actor.js';
import type { CoreDeps } from '../../context.js';
import { bankQuestionInclude, bankQuestionView, questionSubject, requireBankQuestion } from './queries.js';
import type { BankQuestionView } from './views.js';

/**
 * An admin retires a question: it is never asked again (its answers so far stay in past results). Retiring twice is
 * the same as once. The audit entry naming the admin is written in the same transaction (once: retiring again
 * changes nothing and records nothing).
 */
export async function retireBankQuestion(deps: CoreDeps, input: { key: string; auditActor: AuditActor | EmployeeActor }): Promise<BankQuestionView> {
  const row = await requireBankQuestion(deps.db, input.key);
  if (row.status === 'RETIRED') return bankQuestionView(row);
  const actor = await resolveAuditActor(deps.db, input.auditActor);
  const updated = await deps.db.$transaction(async (tx) => {
    const question = await tx.bankQuestion.update({ where: { id: row.id }, data: { status: 'RETIRED' }, include: bankQuestionInclude });
    await recordAudit(tx, { actor, action: 'question.change', subject: questionSubject(row.key), detail: { key: row.key, change: 'retire', from: row.status }, at: deps.now() });
    return question;
  });
  deps.logger.info({ key: row.key }, 'question retired');
  return bankQuestionView(updated);
}
