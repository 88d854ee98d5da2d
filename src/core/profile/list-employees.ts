import type { CoreDeps } from '../context.js';
import { directoryEntry, directorySelect } from './queries.js';
import type { DirectoryView } from './views.js';

export const LIST_EMPLOYEES_MAX = 200;

/** The first `limit` employees, managers first and then by name, and how many there are in all. Read only. */
export async function listEmployees(deps: CoreDeps, input: { limit: number }): Promise<DirectoryView> {
  const take = Math.max(1, Math.min(LIST_EMPLOYEES_MAX, Math.floor(input.limit) || 1));
  const [rows, total] = await Promise.all([
    deps.db.employee.findMany({ select: directorySelect, orderBy: [{ reports: { _count: 'desc' } }, { name: 'asc' }, { id: 'asc' }], take }),
    deps.db.employee.count(),
  ]);
  return { employees: rows.map(directoryEntry), total };
}
