import type { DirectoryEntry } from './views.js';

/** What a directory entry reads, in one statement. */
export const directorySelect = {
  id: true,
  employeeNumber: true,
  name: true,
  title: true,
  role: { select: { name: true } },
  _count: { select: { reports: true } },
} as const;

export function directoryEntry(row: {
  id: number;
  employeeNumber: string;
  name: string;
  title: string;
  role: { name: string } | null;
  _count: { reports: number };
}): DirectoryEntry {
  return { id: row.id, employeeNumber: row.employeeNumber, name: row.name, title: row.title, role: row.role?.name ?? null, reports: row._count.reports };
}
