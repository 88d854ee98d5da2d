import type { CoreDeps } from '../context.js';
import { directoryEntry, directorySelect } from './queries.js';
import type { DirectoryEntry } from './views.js';

/** One employee's directory entry, or null when there is no employee with that id (any id is a fair question). */
export async function findEmployee(deps: CoreDeps, input: { employeeId: number }): Promise<DirectoryEntry | null> {
  if (!Number.isSafeInteger(input.employeeId) || input.employeeId <= 0) return null;
  const row = await deps.db.employee.findUnique({ where: { id: input.employeeId }, select: directorySelect });
  return row ? directoryEntry(row) : null;
}
