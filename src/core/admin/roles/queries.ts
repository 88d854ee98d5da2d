import type { AuditSubject } from '../../audit/record-audit.js';
import { SkillcheckError } from '../../errors.js';
import type { Db, Tx } from '../../ports/database.js';
import type { SkillCategory } from '../../shared/types.js';
import type { ExpectedSkill, RoleSkillProblem } from '../rules/role-skills.js';
import type { RoleView } from './views.js';

export const roleInclude = {
  skills: { include: { skill: { select: { key: true, name: true } } } },
  _count: { select: { employees: true } },
} as const;

type RoleRow = NonNullable<Awaited<ReturnType<typeof findRole>>>;

const findRole = (db: Db | Tx, key: string) => db.tSRSkillProfile.findUnique({ where: { key }, include: roleInclude });

/** The role of this key (keys are lowercase), or ROLE_NOT_FOUND. */
export async function requireRole(db: Db | Tx, key: unknown): Promise<RoleRow> {
  const row = typeof key === 'string' && key.length <= 200 ? await findRole(db, key.trim().toLowerCase()) : null;
  if (!row) throw new SkillcheckError('ROLE_NOT_FOUND');
  return row;
}

/** The skill of this key, or SKILL_NOT_FOUND. */
export async function requireSkill(db: Db | Tx, key: unknown): Promise<{ id: number; key: string; name: string }> {
  const row = typeof key === 'string' && key.length <= 200 ? await db.skill.findUnique({ where: { key: key.trim().toLowerCase() }, select: { id: true, key: true, name: true } }) : null;
  if (!row) throw new SkillcheckError('SKILL_NOT_FOUND');
  return row;
}

export const expectedSkillsOf = (row: RoleRow): ExpectedSkill[] =>
  row.skills.map((entry) => ({ skill: entry.skill.key, category: entry.category as SkillCategory, targetLevel: entry.targetLevel }));

/** A role as the audit log names it: "role <key>". */
export const roleSubject = (key: string): AuditSubject => ({ employeeId: null, label: `role ${key}` });

/** A refused edit as the error the catalogue names. */
export const roleSkillError = (problem: RoleSkillProblem) => new SkillcheckError(problem);

export function roleView(row: RoleRow): RoleView {
  return {
    key: row.key,
    name: row.name,
    description: row.description,
    people: row._count.employees,
    skills: row.skills
      .map((entry) => ({ skill: { key: entry.skill.key, name: entry.skill.name }, category: entry.category as SkillCategory, targetLevel: entry.targetLevel }))
      .sort((a, b) => (a.category === b.category ? a.skill.name.localeCompare(b.skill.name) : a.category === 'CORE' ? -1 : 1)),
  };
}
