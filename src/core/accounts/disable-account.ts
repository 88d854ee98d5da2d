import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { isAdmin, type Principal } from './principal.js';
import type { AuditActor } from '../audit/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { normaliseUsername } from './rules/usernames.js';

/** Disables a web account: it can no longer sign in, and every session it has is revoked at once. */
export async function disableAccount(deps: CoreDeps, input: { actor: Principal; username: string; auditActor?: AuditActor }): Promise<{ sessionsRevoked: number }> {
  if (!isAdmin(input.actor)) throw new SkillcheckError('ACCOUNTS_ADMIN_ONLY');
  const username = normaliseUsername(input.username);
  const now = deps.now();
  return deps.db.$transaction(async (tx) => {
    const account = await tx.webAccount.findUnique({ where: { username }, select: { id: true, disabledAt: true, employee: { select: { id: true, employeeNumber: true } } } });
    if (!account) throw new SkillcheckError('ACCOUNT_NOT_FOUND');
    if (account.disabledAt === null) await tx.webAccount.update({ where: { id: account.id }, data: { disabledAt: now } });
    const revoked = await tx.webSession.updateMany({ where: { accountId: account.id, revokedAt: null }, data: { revokedAt: now } });
    if (input.auditActor) {
      const subject = account.employee ? { employeeId: account.employee.id, label: account.employee.employeeNumber } : { employeeId: null, label: `account ${username}` };
      await recordAudit(tx, { actor: input.auditActor, action: 'account.disable', subject, detail: { username, sessionsRevoked: revoked.count }, at: now });
    }
    return { sessionsRevoked: revoked.count };
  });
}
