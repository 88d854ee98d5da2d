/** How many entries a page of the audit log holds: 50 unless asked, never more than 200. */
export const AUDIT_PAGE_DEFAULT = 50;
export const AUDIT_PAGE_MAX = 200;

export function auditPageSize(limit: number | undefined): number {
  if (limit === undefined || !Number.isFinite(limit)) return AUDIT_PAGE_DEFAULT;
  return Math.min(AUDIT_PAGE_MAX, Math.max(1, Math.trunc(limit)));
}

/** The team of a manager, as an entry's subject label names it. */
export const teamLabel = (managerNumber: string) => `team of ${managerNumber}`;

/**
 * The subject labels that concern one person: their own data, and the reads of their team when they manage one
 * (a filter by a manager's number finds who read that manager's team).
 */
export const subjectLabelsOf = (employeeNumber: string): string[] => [employeeNumber, teamLabel(employeeNumber)];

/** A time window is usable when it is not reversed. */
export const isWindowReversed = (from: Date | undefined, to: Date | undefined): boolean => from !== undefined && to !== undefined && from.getTime() > to.getTime();
