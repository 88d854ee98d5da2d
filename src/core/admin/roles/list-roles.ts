import type { CoreDeps } from '../../context.js';
import { roleInclude, roleView } from './queries.js';
import type { RoleListView } from './views.js';

/** Every role with its expected skills, and the skills of the catalogue a role can be given. */
export async function listRoles(deps: CoreDeps): Promise<RoleListView> {
  const [roles, skills] = await Promise.all([
    deps.db.tSRSkillProfile.findMany({ include: roleInclude, orderBy: [{ name: 'asc' }, { key: 'asc' }] }),
    deps.db.skill.findMany({ select: { key: true, name: true }, orderBy: [{ name: 'asc' }, { key: 'asc' }] }),
  ]);
  return { roles: roles.map(roleView), skills };
}
