import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { safeLanding } from './rules/console-access.js';
import { hashToken, newToken } from './rules/sign-in-tokens.js';

export interface SignInLink {
  /** the secret of the link: the adapter puts it into /app/sign-in/<token> */
  token: string;
  expiresAt: Date;
  /** minutes the link works */
  minutes: number;
  landing: string;
}

/**
 * A one-time link into the web console for a person the chat platform has identified: it works once
 * and for CONSOLE_LINK_MINUTES, then leads to `landing` (a console page). Sent only in the person's DM.
 */
export async function issueSignInLink(deps: CoreDeps, input: { employeeId: number; landing?: string }): Promise<SignInLink> {
  const employee = await deps.db.employee.findUnique({ where: { id: input.employeeId }, select: { id: true } });
  if (!employee) throw new SkillcheckError('EMPLOYEE_NOT_FOUND');
  const token = newToken();
  const minutes = deps.settings.console.linkMinutes;
  const expiresAt = new Date(deps.now().getTime() + minutes * 60_000);
  const landing = safeLanding(input.landing);
  await deps.db.consoleSignIn.create({ data: { tokenHash: hashToken(token), employeeId: employee.id, expiresAt, landing, createdAt: deps.now() } });
  return { token, expiresAt, minutes, landing };
}
