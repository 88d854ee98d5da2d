import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { assertId } from '../shared/employees.js';
import { byName, loadEstimates, loadRoles } from './queries.js';
import { cellFor, skillColumns } from './rules/cells.js';
import type { TeamHeatMapView } from './views.js';

/**
 * A manager's direct reports (never anyone else) x the skills their roles expect: each cell the verdict
 * of the person's current estimate against the role's target. A person without reports gets an empty map.
 */
export async function getTeamHeatMap(deps: CoreDeps, input: { managerId: number }): Promise<TeamHeatMapView> {
  assertId(input.managerId, 'employee id');
  const manager = await deps.db.employee.findUnique({ where: { id: input.managerId }, select: { id: true, name: true } });
  if (!manager) throw new SkillcheckError('EMPLOYEE_NOT_FOUND');
  const ofTeam = { managerId: manager.id };
  const [reports, roles, estimates] = await Promise.all([
    deps.db.employee.findMany({ where: ofTeam, select: { id: true, name: true, roleId: true } }),
    loadRoles(deps.db, ofTeam),
    loadEstimates(deps.db, ofTeam),
  ]);
  const roleOf = new Map(roles.map((role) => [role.id, role]));
  const skills = skillColumns(roles.flatMap((role) => [...role.skills.values()]));
  return {
    manager,
    generatedAt: deps.now().toISOString(),
    skills,
    rows: reports.sort(byName).map((report) => {
      const role = report.roleId === null ? undefined : roleOf.get(report.roleId);
      const measured = estimates.get(report.id);
      return {
        employeeId: report.id,
        name: report.name,
        roleName: role?.name ?? null,
        cells: skills.map((skill) => cellFor(skill.skillId, role?.skills.get(skill.skillId) ?? null, measured?.get(skill.skillId) ?? null, deps.settings.skillCertainty)),
      };
    }),
  };
}
