import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { requireEmployee } from '../shared/employees.js';
import { buildTeamDigests } from './build-team-digests.js';
import type { TeamDigestView } from './views.js';

/** The digest of one manager's team, now (on demand); a person without direct reports is refused. */
export async function getTeamDigest(deps: CoreDeps, input: { managerId: number; stallDays: number }): Promise<TeamDigestView> {
  await requireEmployee(deps.db, input.managerId);
  // Reports counted with a filter: a relation `_count` would aggregate the whole Employee table.
  const manager = await deps.db.employee.findUniqueOrThrow({ where: { id: input.managerId }, select: { id: true, name: true, timezone: true } });
  if ((await deps.db.employee.count({ where: { managerId: manager.id } })) === 0) throw new SkillcheckError('NOT_A_MANAGER');
  return (await buildTeamDigests(deps, { managers: [manager], stallDays: input.stallDays })).get(manager.id)!;
}
