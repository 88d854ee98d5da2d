/**
 * Who is calling a web route: a service holding the API token (acts as an admin), or a signed-in web account.
 * An EMPLOYEE account is bound to one employee; an ADMIN account may be bound to one or none.
 */
export type Principal =
  | { kind: 'service' }
  | { kind: 'account'; accountId: number; username: string; role: 'EMPLOYEE' | 'ADMIN'; employeeId: number | null; sessionId: string };

export const isAdmin = (principal: Principal): boolean => principal.kind === 'service' || principal.role === 'ADMIN';

/** A learner reads and changes only their own employee; an admin (or the API token) any. */
export const mayActFor = (principal: Principal, employeeId: number): boolean => isAdmin(principal) || (principal.kind === 'account' && principal.employeeId === employeeId);
