import type { CoreDeps } from '../context.js';
import { directoryEntry, directorySelect } from './queries.js';
import type { DirectoryEntry } from './views.js';

/** One employee's directory entry by the company's employee number (the key of imports), or null. */
export async function findEmployeeByNumber(deps: CoreDeps, input: { employeeNumber: string }): Promise<DirectoryEntry | null> {
  const row = await deps.db.employee.findUnique({ where: { employeeNumber: input.employeeNumber }, select: directorySelect });
  return row ? directoryEntry(row) : null;
}
