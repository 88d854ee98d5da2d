import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import { accountServices } from './account-services.js';
import { isAdmin, type Principal } from './principal.js';
import type { AuditActor } from '../audit/actor.js';
import { recordAudit } from '../audit/record-audit.js';
import { passwordProblem } from './rules/password-policy.js';
import { looksLikeEmail, normaliseEmail, normaliseUsername, usernameProblem } from './rules/usernames.js';
import type { AccountView } from './views.js';

export interface NewAccount {
  /** who asks: only an admin (or the API token, or the command line acting as one) creates accounts */
  actor: Principal;
  username: string;
  password: string;
  email?: string | null;
  role: 'EMPLOYEE' | 'ADMIN';
  /** the employee the account belongs to, by id or by employee number; required for EMPLOYEE */
  employeeId?: number | null;
  employeeNumber?: string | null;
  /** who the audit log names (the command line, an admin's account); recorded with the account */
  auditActor?: AuditActor;
}

/**
 * Creates a web account. An EMPLOYEE account belongs to an existing employee, and an employee has at most
 * one EMPLOYEE account; an ADMIN account may belong to one or to none. The password is kept only as a hash.
 */
export async function createAccount(deps: CoreDeps, input: NewAccount): Promise<AccountView> {
  if (!isAdmin(input.actor)) throw new SkillcheckError('ACCOUNTS_ADMIN_ONLY');
  const username = normaliseUsername(input.username);
  const usernameIssue = usernameProblem(username);
  if (usernameIssue) throw new SkillcheckError('USERNAME_INVALID', usernameIssue);
  const email = input.email ? normaliseEmail(input.email) : null;
  if (email !== null && !looksLikeEmail(email)) throw new SkillcheckError('INVALID_INPUT', 'That e-mail address does not look right.');
  const passwordIssue = passwordProblem(input.password, { username, email });
  if (passwordIssue) throw new SkillcheckError('PASSWORD_TOO_WEAK', passwordIssue);

  let employee: { id: number; name: string } | null = null;
  const employeeGiven = (input.employeeId ?? null) !== null || (input.employeeNumber ?? null) !== null;
  if (employeeGiven) {
    employee =
      input.employeeId != null
        ? Number.isSafeInteger(input.employeeId) && input.employeeId > 0
          ? await deps.db.employee.findUnique({ where: { id: input.employeeId }, select: { id: true, name: true } })
          : null
        : await deps.db.employee.findUnique({ where: { employeeNumber: input.employeeNumber! }, select: { id: true, name: true } });
    if (!employee) throw new SkillcheckError('EMPLOYEE_NOT_FOUND');
  } else if (input.role === 'EMPLOYEE') throw new SkillcheckError('ACCOUNT_NEEDS_EMPLOYEE');

  const passwordHash = await accountServices(deps).passwords.hash(input.password);
  try {
    return await deps.db.$transaction(async (tx) => {
      // An e-mail also signs in, so no account's username may be another's e-mail, nor the other way round.
      const clash = await tx.webAccount.findFirst({
        where: { OR: [{ username }, { email: username }, ...(email ? [{ username: email }, { email }] : [])] },
        select: { username: true, email: true },
      });
      if (clash) throw new SkillcheckError(clash.username === username || clash.email === username ? 'USERNAME_TAKEN' : 'EMAIL_TAKEN');
      if (employee && input.role === 'EMPLOYEE') {
        const existing = await tx.webAccount.findFirst({ where: { employeeId: employee.id, role: 'EMPLOYEE' }, select: { id: true } });
        if (existing) throw new SkillcheckError('EMPLOYEE_HAS_ACCOUNT');
      }
      const account = await tx.webAccount.create({
        data: { username, email, passwordHash, role: input.role, employeeId: employee?.id ?? null, createdAt: deps.now() },
        select: { id: true, username: true, email: true, role: true, employeeId: true },
      });
      if (input.auditActor) {
        await recordAudit(tx, {
          actor: input.auditActor,
          action: 'account.create',
          subject: employee ? { employeeId: employee.id, label: (await tx.employee.findUniqueOrThrow({ where: { id: employee.id }, select: { employeeNumber: true } })).employeeNumber } : { employeeId: null, label: `account ${username}` },
          detail: { username, role: input.role },
          at: deps.now(),
        });
      }
      return { ...account, employeeName: employee?.name ?? null };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new SkillcheckError('USERNAME_TAKEN');
    throw error;
  }
}
