import type { AuditActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/record-audit.js';
import { resolveAuditActor, type EmployeeActor } from '../../audit/resolve-actor.js';
import type { CoreDeps } from '../../context.js';
import type { SkillCategory } from '../../shared/types.js';
import { addExpectedSkill } from '../rules/role-skills.js';
import { expectedSkillsOf, requireRole, requireSkill, roleSkillError, roleView, roleInclude, roleSubject } from './queries.js';
import type { RoleView } from './views.js';

/**
 * An admin adds an expected skill to a role, core or nice to have, with its target level. People of the
 * role see it on their profile at once and are assessed on it from their next sitting. The audit entry naming
 * the admin is written in the same transaction; a refused change writes neither.
 */
export async function addRoleSkill(
  deps: CoreDeps,
  input: { role: string; skill: string; category: SkillCategory; targetLevel: number; auditActor: AuditActor | EmployeeActor },
): Promise<RoleView> {
  const role = await requireRole(deps.db, input.role);
  const skill = await requireSkill(deps.db, input.skill);
  const category: SkillCategory = input.category === 'NICE_TO_HAVE' ? 'NICE_TO_HAVE' : 'CORE';
  const edit = addExpectedSkill(expectedSkillsOf(role), { skill: skill.key, category, targetLevel: input.targetLevel });
  if (!edit.ok) throw roleSkillError(edit.problem);
  const actor = await resolveAuditActor(deps.db, input.auditActor);
  const updated = await deps.db.$transaction(async (tx) => {
    const row = await tx.tSRSkillProfile.update({
      where: { id: role.id },
      data: { skills: { create: { skillId: skill.id, category, targetLevel: input.targetLevel } } },
      include: roleInclude,
    });
    await recordAudit(tx, { actor, action: 'role.change', subject: roleSubject(role.key), detail: { role: role.key, skill: skill.key, change: 'add', category, targetLevel: input.targetLevel }, at: deps.now() });
    return row;
  });
  deps.logger.info({ role: role.key, skill: skill.key, category, targetLevel: input.targetLevel }, 'role: expected skill added');
  return roleView(updated);
}
