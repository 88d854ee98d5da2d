import type { CoreDeps } from '../context.js';
import { contentValues, type ContentRow, type EmployeeRow, type RoleRow, type SkillRow } from './organisation-schemas.js';

export interface OrganisationExport {
  skills: SkillRow[];
  roles: RoleRow[];
  content: ContentRow[];
  employees: (Omit<EmployeeRow, 'skills' | 'notifyVia' | 'isAdmin'> & {
    skills: NonNullable<EmployeeRow['skills']>;
    notifyVia: NonNullable<EmployeeRow['notifyVia']>;
    isAdmin: boolean;
  })[];
}

/** Everything an import reads, in the import's own format, so an export imports back unchanged. */
export async function exportOrganisation(deps: Pick<CoreDeps, 'db'>): Promise<OrganisationExport> {
  const { db } = deps;
  const [skills, roles, content, employees] = await Promise.all([
    db.skill.findMany({ include: { aliases: { orderBy: { id: 'asc' } } }, orderBy: { key: 'asc' } }),
    db.tSRSkillProfile.findMany({ include: { skills: { include: { skill: { select: { key: true } } }, orderBy: { id: 'asc' } } }, orderBy: { key: 'asc' } }),
    db.learningContent.findMany({ include: { skill: { select: { key: true } } }, orderBy: { key: 'asc' } }),
    db.employee.findMany({
      include: {
        role: { select: { key: true } },
        manager: { select: { employeeNumber: true } },
        skills: { include: { skill: { select: { key: true } } }, orderBy: { id: 'asc' } },
      },
      orderBy: { employeeNumber: 'asc' },
    }),
  ]);
  return {
    skills: skills.map((skill) => ({ key: skill.key, name: skill.name, aliases: skill.aliases.map((alias) => alias.alias), description: skill.description })),
    roles: roles.map((role) => ({
      key: role.key,
      name: role.name,
      description: role.description,
      skills: role.skills.map((entry) => ({ skill: entry.skill.key, category: entry.category, targetLevel: entry.targetLevel })),
    })),
    content: content.map((item) => ({ key: item.key, skill: item.skill.key, ...contentValues(item) })),
    employees: employees.map((employee) => ({
      employeeNumber: employee.employeeNumber,
      name: employee.name,
      email: employee.email,
      title: employee.title,
      role: employee.role?.key ?? null,
      manager: employee.manager?.employeeNumber ?? null,
      timezone: employee.timezone,
      notifyVia: employee.notifyVia,
      isAdmin: employee.isAdmin,
      skills: employee.skills.map((entry) => ({ skill: entry.skill.key, level: entry.level })),
    })),
  };
}
