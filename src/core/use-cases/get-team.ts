import type { CoreDeps } from '../context.js';
import type { TeamView } from '../views/team-view.js';
import { getProgressBar } from './get-progress-bar.js';
import { latestCompletedSessionId, resultsView } from './get-results.js';
import { employeeView, loadEmployee } from './shared/employees.js';

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
