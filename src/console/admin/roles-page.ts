import type { RoleListView, RoleView } from '../../core/admin/roles/views.js';
import type { EmployeeActor } from '../../core/audit/note-audit.js';
import { TARGET_LEVELS } from '../../core/admin/rules/role-skills.js';
import { isSkillcheckError } from '../../core/errors.js';
import type { SkillCategory } from '../../core/shared/types.js';
import type { ConsolePageModule } from '../create-console-router.js';
import { localsOf } from '../create-console-router.js';
import { actionButton, consolePage, csrfField, type PageContext } from '../pages/layout.js';
import { field, h, select, table } from './admin-html.js';
import { ADMIN_PATHS } from './admin-paths.js';

const CATEGORIES: Array<[SkillCategory, string]> = [
  ['CORE', 'Core'],
  ['NICE_TO_HAVE', 'Nice to have'],
];
const LEVELS: Array<[string, string]> = TARGET_LEVELS.map((level) => [String(level), String(level)]);
const id = (...parts: string[]) => parts.join('-').replace(/[^A-Za-z0-9_-]/g, '_');

function roleSection(ctx: PageContext, role: RoleView, allSkills: RoleListView['skills']): string {
  const rows = role.skills.map((entry) => {
    const form = id('change', role.key, entry.skill.key);
    const levelId = id('level', role.key, entry.skill.key);
    const categoryId = id('category', role.key, entry.skill.key);
    return `<tr><th scope="row">${h(entry.skill.name)}</th>
<td><label class="visually-hidden" for="${categoryId}">Category of ${h(entry.skill.name)}</label>${select({ id: categoryId, name: 'category', values: CATEGORIES, selected: entry.category }).replace('<select ', `<select form="${form}" `)}</td>
<td><label class="visually-hidden" for="${levelId}">Target level of ${h(entry.skill.name)}</label>${select({ id: levelId, name: 'targetLevel', values: LEVELS, selected: String(entry.targetLevel) }).replace('<select ', `<select form="${form}" `)}</td>
<td><form class="inline" id="${form}" method="post" action="${ADMIN_PATHS.roleSkill(role.key, entry.skill.key)}">${csrfField(ctx.csrf)}<button type="submit" class="button">Save ${h(entry.skill.name)}</button></form>
${role.skills.length > 1 ? actionButton(ctx, { action: `${ADMIN_PATHS.roleSkill(role.key, entry.skill.key)}/remove`, label: `Remove ${entry.skill.name}`, style: 'danger' }) : ''}</td></tr>`;
  });
  const expected = new Set(role.skills.map((entry) => entry.skill.key));
  const addable = allSkills.filter((skill) => !expected.has(skill.key));
  const add = addable.length
    ? `<form class="actions" method="post" action="${ADMIN_PATHS.role(role.key)}/skills">${csrfField(ctx.csrf)}
<div><label for="${id('add-skill', role.key)}">Skill</label> ${select({ id: id('add-skill', role.key), name: 'skill', values: addable.map((skill) => [skill.key, skill.name]) })}</div>
<div><label for="${id('add-category', role.key)}">Category</label> ${select({ id: id('add-category', role.key), name: 'category', values: CATEGORIES })}</div>
<div><label for="${id('add-level', role.key)}">Target level</label> ${select({ id: id('add-level', role.key), name: 'targetLevel', values: LEVELS, selected: '3' })}</div>
<div><button type="submit" class="button primary">Add to ${h(role.name)}</button></div></form>`
    : '';
  return `<section class="panel" aria-labelledby="${id('role', role.key)}">
<h2 id="${id('role', role.key)}">${h(role.name)} <span class="hint">${role.people === 1 ? '1 person' : `${role.people} people`}</span></h2>
${role.description ? `<p class="muted">${h(role.description)}</p>` : ''}
${table({ caption: `Expected skills of ${role.name}`, captionHidden: true, head: ['Skill', 'Category', 'Target level (1-5)', '<span class="visually-hidden">Actions</span>'], rows })}
<h3>Add an expected skill</h3>${add || '<p class="muted">The role expects every skill of the catalogue.</p>'}
</section>`;
}

function rolesPage(ctx: PageContext, view: RoleListView, notice?: { text: string; error?: boolean }): string {
  const main = `<h1>Roles</h1>
<p class="muted">What each role expects: core or nice to have, and the level (1 aware, 3 practitioner, 5 expert). People's profiles are judged against a changed target at once; earlier results keep the target they were judged against.</p>
${view.roles.length === 0 ? '<p>No roles yet: import them first.</p>' : view.roles.map((role) => roleSection(ctx, role, view.skills)).join('\n')}`;
  return consolePage(ctx, { title: 'Roles', section: 'admin', main, ...(notice ? { notice } : {}) });
}

const category = (value: string): SkillCategory | undefined => (value === 'CORE' || value === 'NICE_TO_HAVE' ? value : undefined);
const level = (value: string) => (/^\d$/.test(value) ? Number(value) : Number.NaN);

/** Roles and their expected skills: change a target level or category, add an expected skill, remove one. */
export const rolePages: ConsolePageModule = (router, { core, admin, handle, audit }) => {
  router.get(
    ADMIN_PATHS.roles,
    admin,
    audit('role.read', () => ({ label: 'roles' })),
    handle(async (_req, res) => {
      res.type('html').send(rolesPage(localsOf(res).page, await core.listRoles()));
    }),
  );

  /**
   * Runs an edit; a refusal the admin can act on (a level out of range, the last skill) shows on the page. The core
   * records the change in its transaction, naming the signed-in admin.
   */
  const edit = (run: (params: Record<string, string>, body: unknown, auditActor: EmployeeActor) => Promise<string>) =>
    handle(async (req, res) => {
      let notice: { text: string; error?: boolean };
      let status = 200;
      try {
        notice = { text: await run(req.params as Record<string, string>, req.body, { employeeId: localsOf(res).viewer.employeeId, channel: 'console' }) };
      } catch (error) {
        if (!isSkillcheckError(error) || error.kind === 'unavailable') throw error;
        notice = { text: error.message, error: true };
        status = error.kind === 'not_found' ? 404 : error.kind === 'invalid' ? 422 : 409;
      }
      res.status(status).type('html').send(rolesPage(localsOf(res).page, await core.listRoles(), notice));
    });

  router.post(
    `${ADMIN_PATHS.roles}/:key/skills`,
    admin,
    edit(async (params, body, auditActor) => {
      const role = await core.addRoleSkill({ role: params.key!, skill: field(body, 'skill'), category: category(field(body, 'category')) ?? 'CORE', targetLevel: level(field(body, 'targetLevel')), auditActor });
      const added = role.skills.find((entry) => entry.skill.key === field(body, 'skill').trim().toLowerCase());
      return `${role.name} now expects ${added?.skill.name ?? 'the skill'} at level ${added?.targetLevel ?? ''}.`;
    }),
  );

  router.post(
    `${ADMIN_PATHS.roles}/:key/skills/:skill`,
    admin,
    edit(async (params, body, auditActor) => {
      const chosen = category(field(body, 'category'));
      const role = await core.changeRoleSkill({ role: params.key!, skill: params.skill!, ...(chosen ? { category: chosen } : {}), targetLevel: level(field(body, 'targetLevel')), auditActor });
      const changed = role.skills.find((entry) => entry.skill.key === params.skill!.toLowerCase());
      return `${role.name}: ${changed?.skill.name ?? 'the skill'} is ${changed?.category === 'CORE' ? 'core' : 'nice to have'}, target level ${changed?.targetLevel ?? ''}.`;
    }),
  );

  router.post(
    `${ADMIN_PATHS.roles}/:key/skills/:skill/remove`,
    admin,
    edit(async (params, _body, auditActor) => {
      const before = (await core.listRoles()).skills.find((skill) => skill.key === params.skill!.toLowerCase());
      const role = await core.removeRoleSkill({ role: params.key!, skill: params.skill!, auditActor });
      return `${role.name} no longer expects ${before?.name ?? params.skill}.`;
    }),
  );
};
