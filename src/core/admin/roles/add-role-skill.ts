import type { CoreDeps } from '../../context.js';
import type { SkillCategory } from '../../shared/types.js';
import { addExpectedSkill } from '../rules/role-skills.js';
import { expectedSkillsOf, requireRole, requireSkill, roleSkillError, roleView, roleInclude } from './queries.js';
import type { RoleView } from './views.js';

/**
 * An admin adds an expected skill to a role, core or nice to have, with its target level. People of the
 * role see it on their profile at once and are assessed on it from their next sitting.
 */
export async function addRoleSkill(deps: CoreDeps, input: { role: string; skill: string; category: SkillCategory; targetLevel: number }): Promise<RoleView> {
  const role = await requireRole(deps.db, input.role);
  const skill = await requireSkill(deps.db, input.skill);
  const category: SkillCategory = input.category === 'NICE_TO_HAVE' ? 'NICE_TO_HAVE' : 'CORE';
  const edit = addExpectedSkill(expectedSkillsOf(role), { skill: skill.key, category, targetLevel: input.targetLevel });
  if (!edit.ok) throw roleSkillError(edit.problem);
  const updated = await deps.db.tSRSkillProfile.update({
    where: { id: role.id },
    data: { skills: { create: { skillId: skill.id, category, targetLevel: input.targetLevel } } },
    include: roleInclude,
  });
  deps.logger.info({ role: role.key, skill: skill.key, category, targetLevel: input.targetLevel }, 'role: expected skill added');
  return roleView(updated);
}
