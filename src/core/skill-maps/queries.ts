import type { Db } from '../ports/database.js';
import type { Estimate } from '../measurement/rules/estimate.js';
import type { ExpectedSkill } from './rules/cells.js';

type EmployeeFilter = { managerId: number } | { managerId: { in: number[] } } | { id: number } | { roleId: { not: null } };

/** The roles of the people the filter selects, with each role's expected skills (one query each). */
export async function loadRoles(db: Db, people: EmployeeFilter) {
  const ofRoles = { employees: { some: people } };
  const [roles, expected] = await Promise.all([
    db.tSRSkillProfile.findMany({ where: ofRoles, select: { id: true, name: true } }),
    db.tSRSkill.findMany({ where: { profile: ofRoles }, select: { profileId: true, skillId: true, category: true, targetLevel: true, skill: { select: { name: true } } } }),
  ]);
  const skillsOf = new Map<number, Map<number, ExpectedSkill>>();
  for (const row of expected) {
    const skills = skillsOf.get(row.profileId) ?? new Map<number, ExpectedSkill>();
    skills.set(row.skillId, { skillId: row.skillId, name: row.skill.name, category: row.category, targetLevel: row.targetLevel });
    skillsOf.set(row.profileId, skills);
  }
  return roles.map((role) => ({ id: role.id, name: role.name, skills: skillsOf.get(role.id) ?? new Map<number, ExpectedSkill>() }));
}

/**
 * The current estimates of the people the filter selects (only those resting on answers), by employee
 * then skill: what sittings and check-ins have measured so far.
 */
export async function loadEstimates(db: Db, people: EmployeeFilter): Promise<Map<number, Map<number, Estimate>>> {
  const rows = await db.skillEstimate.findMany({ where: { employee: people, answers: { gt: 0 } }, select: { employeeId: true, skillId: true, mean: true, sd: true } });
  const byEmployee = new Map<number, Map<number, Estimate>>();
  for (const row of rows) {
    const skills = byEmployee.get(row.employeeId) ?? new Map<number, Estimate>();
    skills.set(row.skillId, { mean: row.mean, sd: row.sd });
    byEmployee.set(row.employeeId, skills);
  }
  return byEmployee;
}

/** By name as people read it, then by id (the same order on every database). */
export const byName = <T extends { name: string; id: number }>(a: T, b: T) => a.name.localeCompare(b.name) || a.id - b.id;
