import type { AuditActor } from '../../audit/actor.js';
import { recordAudit } from '../../audit/record-audit.js';
import { resolveAuditActor, type EmployeeActor } from '../../audit/resolve-actor.js';
import type { CoreDeps } from '../../context.js';
import type { SkillCategory } from '../../shared/types.js';
import { changeExpectedSkill } from '../rules/role-skills.js';
import { expectedSkillsOf, requireRole, requireSkill, roleInclude, roleSkillError, roleSubject, roleView } from './queries.js';
import type { RoleView } from './views.js';

/**
 * An admin changes an expected skill of a role: its target level or whether it is core. Profiles judge
 * against the new target at once; results of earlier sittings keep the target they were judged against.
 * The audit entry naming the admin is written in the same transaction; a refused change, or one that changes
 * nothing, writes neither.
 */
export async function changeRoleSkill(
  deps: CoreDeps,
  input: { role: string; skill: string; category?: SkillCategory; targetLevel?: number; auditActor: AuditActor | EmployeeActor },
): Promise<RoleView> {
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
  const actor = await resolveAuditActor(deps.db, input.auditActor);
  const updated = await deps.db.$transaction(async (tx) => {
    const row = await tx.tSRSkillProfile.update({
      where: { id: role.id },
      data: { skills: { update: { where: { profileId_skillId: { profileId: role.id, skillId: skill.id } }, data: { category: next.category, targetLevel: next.targetLevel } } } },
      include: roleInclude,
    });
    await recordAudit(tx, { actor, action: 'role.change', subject: roleSubject(role.key), detail: { role: role.key, skill: skill.key, change: 'change', category: next.category, targetLevel: next.targetLevel }, at: deps.now() });
    return row;
  });
  deps.logger.info({ role: role.key, skill: skill.key, category: next.category, targetLevel: next.targetLevel }, 'role: expected skill changed');
  return roleView(updated);
}
