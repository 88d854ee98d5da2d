import type { CoreDeps } from '../context.js';
import { byName, loadEstimates, loadRoles } from './queries.js';
import { cellFor, countCell, emptyCounts, roleColumns } from './rules/cells.js';
import { MIN_GROUP_SIZE, showableGroups } from './rules/group-size.js';
import type { OrgHeatMapView, StateCounts } from './views.js';

/**
 * The organisation for L&D admins: roles x expected skills, each cell how many of the role's people
 * are at a gap, on target, not sure yet or not assessed. A role of fewer than MIN_GROUP_SIZE people is
 * never shown, only counted.
 */
export async function getOrgHeatMap(deps: CoreDeps): Promise<OrgHeatMapView> {
  const withRole = { roleId: { not: null } } as const;
  const [people, roles, estimates] = await Promise.all([
    deps.db.employee.findMany({ where: withRole, select: { id: true, roleId: true } }),
    loadRoles(deps.db, withRole),
    loadEstimates(deps.db, withRole),
  ]);
  const members = new Map<number, number[]>();
  for (const person of people) members.set(person.roleId!, [...(members.get(person.roleId!) ?? []), person.id]);
  const groups = roles.map((role) => ({ ...role, people: members.get(role.id)?.length ?? 0 }));
  const { shown, hidden } = showableGroups(groups, MIN_GROUP_SIZE);
  const skills = roleColumns(shown.map((role) => ({ name: role.name, people: role.people, skills: role.skills.values() })));
  return {
    generatedAt: deps.now().toISOString(),
    minGroupSize: MIN_GROUP_SIZE,
    skills,
    rows: shown.sort(byName).map((role) => ({
      roleId: role.id,
      roleName: role.name,
      people: role.people,
      cells: skills.map((skill) => {
        const expected = role.skills.get(skill.skillId);
        if (!expected) return { skillId: skill.skillId, counts: null };
        const counts = (members.get(role.id) ?? []).reduce<StateCounts>(
          (sum, employeeId) => countCell(sum, cellFor(skill.skillId, expected, estimates.get(employeeId)?.get(skill.skillId) ?? null, deps.settings.skillCertainty).state),
          emptyCounts(),
        );
        return { skillId: skill.skillId, counts };
      }),
    })),
    hiddenRoles: hidden,
  };
}
