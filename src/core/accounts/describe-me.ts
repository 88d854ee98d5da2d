import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import type { Principal } from './principal.js';
import type { AccountView } from './views.js';

/** The signed-in account, with its employee's name. The API token is no account: it has nothing to describe. */
export async function describeMe(deps: CoreDeps, input: { principal: Principal }): Promise<AccountView> {
  if (input.principal.kind !== 'account') throw new SkillcheckError('ACCOUNT_NOT_FOUND', 'The API token belongs to no web account.');
  const account = await deps.db.webAccount.findUnique({
    where: { id: input.principal.accountId },
    select: { id: true, username: true, email: true, role: true, employeeId: true, employee: { select: { name: true } } },
  });
  if (!account) throw new SkillcheckError('ACCOUNT_NOT_FOUND');
  return { id: account.id, username: account.username, email: account.email, role: account.role, employeeId: account.employeeId, employeeName: account.employee?.name ?? null };
}
