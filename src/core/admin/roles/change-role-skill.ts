import type { CoreDeps } from '../../context.js';
import type { SkillCategory } from '../../shared/types.js';
import { changeExpectedSkill } from '../rules/role-skills.js';
import { expectedSkillsOf, requireRole, requireSkill, roleInclude, roleSkillError, roleView } from './queries.js';
import type { RoleView } from './views.js';

/**
 * An admin changes an expected skill of a role: its target level or whether it is core. Profiles judge
 * against the new target at once; results of earlier sittings keep the target they were judged against.
 */
export async function changeRoleSkill(deps: CoreDeps, input: { role: string; skill: string; category?: SkillCategory; targetLevel?: number }): Promise<RoleView> {
  const role = await requireRole(deps.db, input.role);
  const skill = await requireSkill(deps.db, input.skill);
  const change = {
    ...(input.category === 'CORE' || input.category === 'NICE_TO_HAVE' ? { category: input.category } : {}),
    ...(input.targetLevel !== undefined ? { targetLevel: input.targetLevel } : {}),
  };
  const edit = changeExpectedSkill(expectedSkillsOf(role), skill.key, change);
  if (!edit.ok) throw roleSkillError(edit.problem);
  if (!edit.changed) return roleView(role);
  const next = edit.next.find((entry) => entry.skill === skill.key)!;
  const updated = await deps.db.tSRSkillProfile.update({
    where: { id: role.id },
    data: { skills: { update: { where: { profileId_skillId: { profileId: role.id, skillId: skill.id } }, data: { category: next.category, targetLevel: next.targetLevel } } } },
    include: roleInclude,
  });
  deps.logger.info({ role: role.key, skill: skill.key, category: next.category, targetLevel: next.targetLevel }, 'role: expected skill changed');
  return roleView(updated);
}
