import type { CoreDeps } from '../context.js';
import { byName, loadEstimates, loadRoles } from './queries.js';
import { cellFor, skillColumns } from './rules/cells.js';
import type { TeamHeatMapView } from './views.js';
import { organisationDefault } from '../privacy/queries.js';
import { effectiveView, levelsShown } from '../privacy/rules/manager-view.js';
import { redactCells } from '../privacy/rules/redact.js';

/**
 * The team heat maps of many managers at once, in five queries: each manager's direct reports (never
 * anyone else) x the skills their roles expect, each cell the verdict of the person's current estimate
 * against the role's target; a report who chose VERDICTS shows no level range or certainty. A manager
 * without reports gets an empty map.
 */
export async function buildTeamHeatMaps(deps: CoreDeps, managers: ReadonlyArray<{ id: number; name: string }>): Promise<Map<number, TeamHeatMapView>> {
  const ofTeams = { managerId: { in: managers.map((manager) => manager.id) } };
  const [reports, roles, estimates] = await Promise.all([
    deps.db.employee.findMany({ where: ofTeams, select: { id: true, name: true, roleId: true, managerId: true, managerView: true } }),
    loadRoles(deps.db, ofTeams),
    loadEstimates(deps.db, ofTeams),
  ]);
  const roleOf = new Map(roles.map((role) => [role.id, role]));
  const generatedAt = deps.now().toISOString();
  const maps = new Map<number, TeamHeatMapView>();
  for (const manager of managers) {
    const team = reports.filter((report) => report.managerId === manager.id).sort(byName);
    const teamRoles = [...new Set(team.map((report) => report.roleId))].flatMap((roleId) => (roleId === null || !roleOf.has(roleId) ? [] : [roleOf.get(roleId)!]));
    const skills = skillColumns(
      teamRoles.map((role) => ({ name: role.name, people: team.filter((report) => report.roleId === role.id).length, skills: role.skills.values() })),
    );
    maps.set(manager.id, {
      manager: { id: manager.id, name: manager.name },
      generatedAt,
      skills,
      rows: team.map((report) => {
        const role = report.roleId === null ? undefined : roleOf.get(report.roleId);
        const measured = estimates.get(report.id);
        const view = effectiveView(report.managerView, organisationDefault(deps.settings));
        return {
          employeeId: report.id,
          name: report.name,
          roleName: role?.name ?? null,
          levelsHidden: !levelsShown(view),
          cells: redactCells(
            skills.map((skill) => cellFor(skill.skillId, role?.skills.get(skill.skillId) ?? null, measured?.get(skill.skillId) ?? null, deps.settings.skillCertainty)),
            view,
          ),
        };
      }),
    });
  }
  return maps;
}
