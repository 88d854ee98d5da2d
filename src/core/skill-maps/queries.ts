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

/** A current estimate with the answers behind it (every sitting and check-in): right, and not right (wrong or "I don't know"). */
export interface MeasuredEstimate extends Estimate {
  right: number;
  notRight: number;
}

/**
 * The current estimates of the people the filter selects (only those resting on answers), by employee
 * then skill: what sittings and check-ins have measured so far, with how many answers were right, so a
 * map applies the same guard as results (no gap where every answer was right).
 */
export async function loadEstimates(db: Db, people: EmployeeFilter): Promise<Map<number, Map<number, MeasuredEstimate>>> {
  const [rows, answers] = await Promise.all([
    db.skillEstimate.findMany({ where: { employee: people, answers: { gt: 0 } }, select: { employeeId: true, skillId: true, mean: true, sd: true } }),
    db.itemResponse.groupBy({ by: ['employeeId', 'skillId', 'outcome'], where: { employee: people }, _count: { _all: true } }),
  ]);
  const tally = new Map<string, { right: number; notRight: number }>();
  for (const row of answers) {
    const key = `${row.employeeId}:${row.skillId}`;
    const counts = tally.get(key) ?? { right: 0, notRight: 0 };
    if (row.outcome === 'right') counts.right += row._count._all;
    else counts.notRight += row._count._all;
    tally.set(key, counts);
  }
  const byEmployee = new Map<number, Map<number, MeasuredEstimate>>();
  for (const row of rows) {
    const skills = byEmployee.get(row.employeeId) ?? new Map<number, MeasuredEstimate>();
    skills.set(row.skillId, { mean: row.mean, sd: row.sd, ...(tally.get(`${row.employeeId}:${row.skillId}`) ?? { right: 0, notRight: 0 }) });
    byEmployee.set(row.employeeId, skills);
  }
  return byEmployee;
}

/** By name as people read it, then by id (the same order on every database). */
export const byName = <T extends { name: string; id: number }>(a: T, b: T) => a.name.localeCompare(b.name) || a.id - b.id;
