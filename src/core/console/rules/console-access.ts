/**
 * Who may see what in the web console. A learner sees only themselves; a manager also their direct
 * reports (never anyone further down, never another team); an admin (imported as one, or named in
 * ADMIN_EMAILS) sees the organisation and works the admin pages.
 */
export interface ConsoleViewer {
  employeeId: number;
  isAdmin: boolean;
  /** how many people report directly to the viewer */
  reports: number;
}

/** An admin by the import's flag or by an e-mail of ADMIN_EMAILS (compared without case). */
export function isConsoleAdmin(employee: { isAdmin: boolean; email: string }, adminEmails: readonly string[]): boolean {
  return employee.isAdmin || adminEmails.includes(employee.email.trim().toLowerCase());
}

export const isManager = (viewer: ConsoleViewer): boolean => viewer.reports > 0;

/** A person's own page, or a direct report's for their manager. Admins see people through the admin pages. */
export function canSeePerson(viewer: ConsoleViewer, person: { id: number; managerId: number | null }): boolean {
  return person.id === viewer.employeeId || person.managerId === viewer.employeeId;
}

/**
 * Where a sign-in link may lead after sign-in: a console page, never another site (an open redirect).
 * Anything else lands on the console's home.
 */
export function safeLanding(path: string | undefined | null): string {
  if (!path) return '/app';
  return /^\/app(\/[A-Za-z0-9._~\-/]*)?(\?[A-Za-z0-9._~\-=&%]*)?$/.test(path) && !path.includes('//') && !path.includes('/..') ? path : '/app';
}
