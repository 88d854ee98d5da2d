import type { CoreDeps } from '../../context.js';
import { removeExpectedSkill } from '../rules/role-skills.js';
import { expectedSkillsOf, requireRole, requireSkill, roleInclude, roleSkillError, roleView } from './queries.js';
import type { RoleView } from './views.js';

/**
 * An admin removes an expected skill from a role (never its last one). What people of the role were
 * measured on stays in their history; the skill is no longer expected of them.
 */
export async function removeRoleSkill(deps: CoreDeps, input: { role: string; skill: string }): Promise<RoleView> {
  const role = await requireRole(deps.db, input.role);
  const skill = await requireSkill(deps.db, input.skill);
  const edit = removeExpectedSkill(expectedSkillsOf(role), skill.key);
  if (!edit.ok) throw roleSkillError(edit.problem);
  const updated = await deps.db.tSRSkillProfile.update({
    where: { id: role.id },
    data: { skills: { delete: { profileId_skillId: { profileId: role.id, skillId: skill.id } } } },
    include: roleInclude,
  });
  deps.logger.info({ role: role.key, skill: skill.key }, 'role: expected skill removed');
  return roleView(updated);
}
