import { z } from 'zod';
import { roleListViewSchema, roleViewSchema } from '../../core/admin/roles/views.js';
import type { Core } from '../../core/create-core.js';
import { skillCategorySchema } from '../../core/shared/types.js';
import { defineRoute, type Route } from './route.js';

const tag = 'Roles';
const key = z.string().trim().toLowerCase().min(1).max(200);
const roleParams = z.object({ key: key.describe("the role's key") });
const roleSkillParams = roleParams.extend({ skill: key.describe("the skill's key") });
const targetLevel = z.number().int().min(1).max(5).describe('expected level, 1 (aware) .. 5 (expert)');
const one = (description: string) => ({ 200: { description, schema: roleViewSchema } });

/** The admin's roles: their expected skills, core or nice to have, and the level each expects. */
export function roleRoutes(core: Core): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/admin/roles',
      operationId: 'listRoles',
      summary: 'Every role with its expected skills and target levels, and the skills a role can be given',
      tag,
      responses: { 200: { description: 'The roles, by name', schema: roleListViewSchema } },
      audit: { action: 'role.read', subject: () => ({ label: 'roles' }) },
      handle: async () => ({ body: await core.listRoles() }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/admin/roles/:key/skills',
      operationId: 'addRoleSkill',
      summary: 'Add an expected skill to a role',
      description: 'People of the role see it on their profile at once and are assessed on it from their next sitting. A skill the role already expects is refused (409 ROLE_SKILL_ALREADY_EXPECTED).',
      tag,
      params: roleParams,
      body: z.object({ skill: key.describe('a skill key'), category: skillCategorySchema.default('CORE'), targetLevel: targetLevel.default(3) }).strict(),
      responses: one('The role with the skill'),
      audit: { action: 'role.change', inCore: true },
      handle: async ({ params, body, actor }) => ({ body: await core.addRoleSkill({ role: params.key, ...body, auditActor: actor }) }),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/v1/admin/roles/:key/skills/:skill',
      operationId: 'changeRoleSkill',
      summary: "Change an expected skill's target level or category",
      description: 'Profiles judge against the new target at once; the results of earlier sittings keep the target they were judged against.',
      tag,
      params: roleSkillParams,
      body: z
        .object({ category: skillCategorySchema.optional(), targetLevel: targetLevel.optional() })
        .strict()
        .refine((change) => change.category !== undefined || change.targetLevel !== undefined, 'name a category or a targetLevel'),
      responses: one('The role as changed'),
      audit: { action: 'role.change', inCore: true },
      handle: async ({ params, body, actor }) => ({ body: await core.changeRoleSkill({ role: params.key, skill: params.skill, ...body, auditActor: actor }) }),
    }),
    defineRoute({
      method: 'delete',
      path: '/api/v1/admin/roles/:key/skills/:skill',
      operationId: 'removeRoleSkill',
      summary: 'Remove an expected skill from a role (never its last one: 409 ROLE_NEEDS_A_SKILL)',
      tag,
      params: roleSkillParams,
      responses: one('The role without the skill'),
      audit: { action: 'role.change', inCore: true },
      handle: async ({ params, actor }) => ({ body: await core.removeRoleSkill({ role: params.key, skill: params.skill, auditActor: actor }) }),
    }),
  ];
}
