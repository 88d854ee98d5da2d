import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { assertId } from '../shared/employees.js';
import { buildTeamHeatMaps } from './build-team-heat-maps.js';
import type { TeamHeatMapView } from './views.js';

/**
 * A manager's direct reports (never anyone else) x the skills their roles expect: each cell the verdict
 * of the person's current estimate against the role's target. A person without reports gets an empty map.
 */
export async function getTeamHeatMap(deps: CoreDeps, input: { managerId: number }): Promise<TeamHeatMapView> {
  assertId(input.managerId, 'employee id');
  const manager = await deps.db.employee.findUnique({ where: { id: input.managerId }, select: { id: true, name: true } });
  if (!manager) throw new SkillcheckError('EMPLOYEE_NOT_FOUND');
  return (await buildTeamHeatMaps(deps, [manager])).get(manager.id)!;
}
