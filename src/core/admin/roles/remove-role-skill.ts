import type { AuditActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/record-audit.js';
import { resolveAuditActor, type EmployeeActor } from '../../audit/resolve-actor.js';
import type { CoreDeps } from '../../context.js';
import { removeExpectedSkill } from '../rules/role-skills.js';
import { expectedSkillsOf, requireRole, requireSkill, roleInclude, roleSkillError, roleSubject, roleView } from './queries.js';
import type { RoleView } from './views.js';

/**
 * An admin removes an expected skill from a role (never its last one). What people of the role were
 * measured on stays in their history; the skill is no longer expected of them. The audit entry naming the
 * admin is written in the same transaction; a refused change writes neither.
 */
export async function removeRoleSkill(deps: CoreDeps, input: { role: string; skill: string; auditActor: AuditActor | EmployeeActor }): Promise<RoleView> {
  const role = await requireRole(deps.db, input.role);
  const skill = await requireSkill(deps.db, input.skill);
  const edit = removeExpectedSkill(expectedSkillsOf(role), skill.key);
  if (!edit.ok) throw roleSkillError(edit.problem);
  const actor = await resolveAuditActor(deps.db, input.auditActor);
  const updated = await deps.db.$transaction(async (tx) => {
    const row = await tx.tSRSkillProfile.update({
      where: { id: role.id },
      data: { skills: { delete: { profileId_skillId: { profileId: role.id, skillId: skill.id } } } },
      include: roleInclude,
    });
    await recordAudit(tx, { actor, action: 'role.change', subject: roleSubject(role.key), detail: { role: role.key, skill: skill.key, change: 'remove' }, at: deps.now() });
    return row;
  });
  deps.logger.info({ role: role.key, skill: skill.key }, 'role: expected skill removed');
  return roleView(updated);
}
