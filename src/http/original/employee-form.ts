import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Core } from '../../core/create-core.js';
import type { EmployeeRow } from '../../core/admin/organisation-schemas.js';
import type { ImportReport } from '../../core/admin/views.js';
import { emptyBatch } from '../../core/admin/views.js';
import { normalizeSkillName } from '../../core/profile/rules/skill-names.js';
import type { DirectoryEntry } from '../../core/profile/views.js';
import { OriginalHttpError } from './original-errors.js';

/**
 * The original front end's employee form (CreateEmployee, the profile update): written through the
 * core's organisation import, one employee row. department and experience_years are accepted and not
 * kept (Skillcheck has no such fields); tsr_role and current_skills are matched to the catalogue's
 * roles and skills by name or key (any spelling normalizeSkillName treats as the same).
 */
const text = (max: number) => z.string().trim().min(1).max(max);
const skillList = z.array(z.string().trim().max(80)).max(100).transform((names) => names.filter((name) => name.length > 0));
const ignored = z.unknown().optional();

export const createEmployeeForm = z.object({
  name: text(120),
  email: z.email(),
  tsr_role: text(120),
  department: ignored,
  experience_years: ignored,
  current_skills: skillList.default([]),
});

/** The fields the original let a person change on their own profile (name, e-mail, skills); the rest is ignored. */
export const updateEmployeeForm = z.object({
  name: text(120).optional(),
  email: z.email().optional(),
  department: ignored,
  experience_years: ignored,
  current_skills: skillList.optional(),
});

/** Level a newly claimed skill is recorded at (the import's own default: "can work with it"). */
const NEW_CLAIM_LEVEL = 3;

export function parseForm<S extends z.ZodType>(schema: S, body: unknown): z.infer<S> {
  const parsed = schema.safeParse(body ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new OriginalHttpError(400, { error: issue ? `${issue.path.join('.') || 'body'}: ${issue.message}` : 'Invalid data' });
}

async function catalogue(core: Core) {
  const { roles, skills } = await core.listRoles();
  const byName = <T extends { key: string; name: string }>(list: T[]) => {
    const map = new Map<string, T>();
    for (const entry of list) for (const name of [entry.key, entry.name]) map.set(normalizeSkillName(name), entry);
    return map;
  };
  return { roles: byName(roles), skills: byName(skills) };
}

/** The catalogue's skills the names stand for, each once; 400 {"error"} naming any that is not in the catalogue. */
function skillsNamed(names: string[], skills: Map<string, { key: string; name: string }>): { key: string; name: string }[] {
  const unknown = names.filter((name) => !skills.has(normalizeSkillName(name)));
  if (unknown.length > 0) throw new OriginalHttpError(400, { error: `Unknown skill: ${unknown.slice(0, 5).join(', ').slice(0, 200)}` });
  const found = new Map(names.map((name) => skills.get(normalizeSkillName(name))!).map((skill) => [skill.key, skill]));
  return [...found.values()];
}

function rejectIfRefused(report: ImportReport) {
  if (report.ok) return;
  const reason = report.rejected[0]?.reason ?? 'The employee could not be saved.';
  throw new OriginalHttpError(400, { error: reason });
}

async function importOne(core: Core, row: Record<string, unknown>) {
  const batch = emptyBatch();
  batch.employees.push({ source: 'employee', data: row });
  rejectIfRefused(await core.importOrganisation({ batch }));
}

/** Creates an employee from the original's form; answers their directory entry. */
export async function createEmployee(core: Core, form: z.infer<typeof createEmployeeForm>): Promise<DirectoryEntry> {
  const { roles, skills } = await catalogue(core);
  const role = roles.get(normalizeSkillName(form.tsr_role));
  if (!role) throw new OriginalHttpError(400, { error: `Unknown TSR role: ${form.tsr_role.slice(0, 120)}` });
  const employeeNumber = `web-${randomUUID()}`;
  await importOne(core, {
    employeeNumber,
    name: form.name,
    email: form.email,
    role: role.key,
    skills: skillsNamed(form.current_skills, skills).map((skill) => ({ skill: skill.key, level: NEW_CLAIM_LEVEL })),
  } satisfies Partial<EmployeeRow>);
  const created = await core.findEmployeeByNumber({ employeeNumber });
  if (!created) throw new Error('the imported employee was not found');
  return created;
}

/**
 * Changes what the original let change (name, e-mail, claimed skills) through the same import: every
 * other field of the row is the employee's as it stands, so nothing else moves. A skill claimed before
 * keeps its level; a new one is recorded at level 3.
 */
export async function updateEmployee(core: Core, employeeId: number, form: z.infer<typeof updateEmployeeForm>): Promise<void> {
  const [entry, profile] = await Promise.all([core.findEmployee({ employeeId }), core.getProfile({ employeeId })]);
  if (!entry) throw new OriginalHttpError(404, { detail: 'Not found.' });
  const manager = profile.employee.manager ? await core.findEmployee({ employeeId: profile.employee.manager.id }) : null;
  const claimed = [...profile.expectedSkills, ...profile.additional].filter((skill) => skill.claimedLevel !== null);
  let skills: { skill: string; level: number }[] | undefined;
  if (form.current_skills) {
    const { skills: catalogueSkills } = await catalogue(core);
    const levels = new Map(claimed.map((skill) => [normalizeSkillName(skill.name), skill.claimedLevel!]));
    skills = skillsNamed(form.current_skills, catalogueSkills).map((skill) => ({
      skill: skill.key,
      level: levels.get(normalizeSkillName(skill.name)) ?? NEW_CLAIM_LEVEL,
    }));
  }
  await importOne(core, {
    employeeNumber: entry.employeeNumber,
    name: form.name ?? profile.employee.name,
    email: form.email ?? profile.employee.email,
    title: profile.employee.title,
    role: profile.employee.role?.key ?? null,
    manager: manager?.employeeNumber ?? null,
    timezone: profile.employee.timezone,
    ...(skills ? { skills } : {}),
  } satisfies Partial<EmployeeRow>);
}
