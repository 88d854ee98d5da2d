import { latestCompletedSessionId, resultsView } from '../assessment/get-results.js';
import type { CoreDeps } from '../context.js';
import { getProgressBar } from '../learning/get-progress-bar.js';
import { employeeView, loadEmployee } from '../shared/employees.js';
import type { TeamView } from './views.js';

/** A manager's direct reports with their progress and latest scores (never anyone else's). */
export async function getTeam(deps: CoreDeps, input: { managerId: number }): Promise<TeamView> {
  const manager = await loadEmployee(deps.db, input.managerId);
  const reportIds = await deps.db.employee.findMany({ where: { managerId: manager.id }, select: { id: true }, orderBy: { name: 'asc' } });
  const reports = [];
  for (const { id } of reportIds) {
    const employee = await loadEmployee(deps.db, id);
    const sessionId = await latestCompletedSessionId(deps, id);
    reports.push({
      employee: employeeView(employee),
      progress: await getProgressBar(deps, { employeeId: id }),
      latestResults: sessionId === null ? null : await resultsView(deps, sessionId),
    });
  }
  return { manager: employeeView(manager), reports };
}
