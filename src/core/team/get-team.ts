import { latestCompletedSessionId, resultsView } from '../assessment/get-results.js';
import type { CoreDeps } from '../context.js';
import { getProgressBar } from '../learning/get-progress-bar.js';
import { employeeView, loadEmployee } from '../shared/employees.js';
import type { TeamView } from './views.js';
import { organisationDefault } from '../privacy/queries.js';
import { effectiveView, levelsShown } from '../privacy/rules/manager-view.js';
import { verdictsOf } from '../privacy/rules/redact.js';

/** A manager's direct reports with their progress and latest scores (never anyone else's); of a report who chose VERDICTS, their verdicts only. */
export async function getTeam(deps: CoreDeps, input: { managerId: number }): Promise<TeamView> {
  const manager = await loadEmployee(deps.db, input.managerId);
  const reportIds = await deps.db.employee.findMany({ where: { managerId: manager.id }, select: { id: true }, orderBy: { name: 'asc' } });
  const reports = [];
  for (const { id } of reportIds) {
    const employee = await loadEmployee(deps.db, id);
    const sessionId = await latestCompletedSessionId(deps, id);
    const results = sessionId === null ? null : await resultsView(deps, sessionId);
    const shown = levelsShown(effectiveView(employee.managerView, organisationDefault(deps.settings)));
    reports.push({
      employee: employeeView(employee),
      progress: await getProgressBar(deps, { employeeId: id }),
      levelsHidden: !shown,
      latestResults: shown ? results : null,
      latestVerdicts: !shown && results ? verdictsOf(results) : null,
    });
  }
  return { manager: employeeView(manager), reports };
}
