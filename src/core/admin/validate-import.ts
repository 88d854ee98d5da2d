import { z } from 'zod';
import type { Db } from '../ports/database.js';
import { normalizeSkillName } from '../profile/rules/skill-names.js';
import {
  bankQuestionSchema,
  contentSchema,
  employeeSchema,
  roleSchema,
  skillSchema,
  type BankQuestionRow,
  type ContentRow,
  type EmployeeRow,
  type RoleRow,
  type SkillRow,
} from './organisation-schemas.js';
import type { ImportBatch, ImportReport, ImportSection } from './views.js';

export interface ValidImport {
  skills: SkillRow[];
  roles: RoleRow[];
  content: ContentRow[];
  employees: EmployeeRow[];
  questionBank: { skill: string; question: BankQuestionRow }[];
  /** every row that parsed, in the order of the batch, by its key and where it came from */
  parsed: { section: ImportSection; key: string; source: string }[];
}

type Rejected = ImportReport['rejected'];

const questionRowSchema = z.object({ skill: z.string().trim().toLowerCase(), question: bankQuestionSchema });

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid row';
  const path = issue.path.join('.');
  return path ? `${path}: ${issue.message}` : issue.message;
}

/** Parses every row on its own, so one bad row is reported with its line and the others still checked. */
function parseRows<T>(section: ImportSection, rows: ImportBatch[ImportSection], schema: z.ZodType<T>, keyOf: (row: T) => string, rejected: Rejected) {
  const valid: { row: T; source: string; key: string }[] = [];
  const seen = new Map<string, string>();
  for (const row of rows) {
    const parsed = schema.safeParse(row.data);
    if (!parsed.success) {
      const rawKey = typeof row.data === 'object' && row.data !== null ? Object.values(row.data)[0] : null;
      rejected.push({ section, source: row.source, key: typeof rawKey === 'string' ? rawKey.slice(0, 80) : null, reason: firstIssue(parsed.error) });
      continue;
    }
    const key = keyOf(parsed.data);
    const earlier = seen.get(key);
    if (earlier) {
      rejected.push({ section, source: row.source, key, reason: `the same key is already on ${earlier}` });
      continue;
    }
    seen.set(key, row.source);
    valid.push({ row: parsed.data, source: row.source, key });
  }
  return valid;
}

/**
 * Validates an import row by row, and every reference against the file and the database: skills of
 * roles, content and employees; roles and managers of employees; e-mail addresses and skill names
 * that another record already uses; management cycles.
 */
export async function validateImport(db: Db, batch: ImportBatch): Promise<{ valid: ValidImport; rejected: Rejected }> {
  const rejected: Rejected = [];
  const reject = (section: ImportSection, source: string, key: string, reason: string) => rejected.push({ section, source, key, reason });

  const skills = parseRows('skills', batch.skills, skillSchema, (row) => row.key, rejected);
  const roles = parseRows('roles', batch.roles, roleSchema, (row) => row.key, rejected);
  const content = parseRows('content', batch.content, contentSchema, (row) => row.key, rejected);
  const employees = parseRows('employees', batch.employees, employeeSchema, (row) => row.employeeNumber, rejected);
  const questions = parseRows('questionBank', batch.questionBank, questionRowSchema, (row) => row.question.id, rejected);

  // What the database already holds.
  const [dbSkills, dbRoles, dbEmployees] = await Promise.all([
    db.skill.findMany({ select: { key: true, normalizedName: true } }),
    db.tSRSkillProfile.findMany({ select: { key: true } }),
    db.employee.findMany({ select: { employeeNumber: true, email: true, manager: { select: { employeeNumber: true } } } }),
  ]);

  const skillKeys = new Set([...dbSkills.map((skill) => skill.key), ...skills.map(({ row }) => row.key)]);
  const nameOwner = new Map(dbSkills.map((skill) => [skill.normalizedName, skill.key]));
  for (const { row, source } of skills) {
    const owner = nameOwner.get(normalizeSkillName(row.name));
    if (owner && owner !== row.key) reject('skills', source, row.key, `the name "${row.name}" is already used by skill "${owner}"`);
    else nameOwner.set(normalizeSkillName(row.name), row.key);
  }
  const roleKeys = new Set([...dbRoles.map((role) => role.key), ...roles.map(({ row }) => row.key)]);

  for (const { row, source } of roles) {
    const unknown = row.skills.filter((entry) => !skillKeys.has(entry.skill)).map((entry) => entry.skill);
    if (unknown.length > 0) reject('roles', source, row.key, `unknown skill: ${unknown.join(', ')}`);
  }
  for (const { row, source } of content) {
    if (!skillKeys.has(row.skill)) reject('content', source, row.key, `unknown skill: ${row.skill}`);
  }
  for (const { row, source } of questions) {
    if (!skillKeys.has(row.skill)) reject('questionBank', source, row.question.id, `unknown skill: ${row.skill}`);
  }

  const managerOf = new Map(dbEmployees.map((employee) => [employee.employeeNumber, employee.manager?.employeeNumber ?? null]));
  const emailOwner = new Map(dbEmployees.map((employee) => [employee.email, employee.employeeNumber]));
  for (const { row } of employees) managerOf.set(row.employeeNumber, row.manager);
  for (const { row, source } of employees) {
    const problems: string[] = [];
    if (row.role !== null && !roleKeys.has(row.role)) problems.push(`unknown role: ${row.role}`);
    if (row.manager !== null && !managerOf.has(row.manager)) problems.push(`unknown manager: ${row.manager}`);
    if (row.manager === row.employeeNumber) problems.push('an employee cannot be their own manager');
    const owner = emailOwner.get(row.email);
    if (owner && owner !== row.employeeNumber) problems.push(`the e-mail ${row.email} belongs to employee ${owner}`);
    else emailOwner.set(row.email, row.employeeNumber);
    const unknownSkills = (row.skills ?? []).filter((entry) => !skillKeys.has(entry.skill)).map((entry) => entry.skill);
    if (unknownSkills.length > 0) problems.push(`unknown skill: ${unknownSkills.join(', ')}`);
    if (new Set((row.skills ?? []).map((entry) => entry.skill)).size !== (row.skills ?? []).length) problems.push('a skill is listed twice');
    if (row.timezone !== null && !isTimeZone(row.timezone)) problems.push(`unknown time zone: ${row.timezone}`);
    // A management chain must end: no cycles.
    const chain = new Set([row.employeeNumber]);
    for (let manager = row.manager; manager !== null && manager !== undefined; manager = managerOf.get(manager) ?? null) {
      if (chain.has(manager)) {
        problems.push('the manager chain goes round in a circle');
        break;
      }
      chain.add(manager);
    }
    if (problems.length > 0) reject('employees', source, row.employeeNumber, problems.join('; '));
  }

  return {
    valid: {
      skills: skills.map(({ row }) => row),
      roles: roles.map(({ row }) => row),
      content: content.map(({ row }) => row),
      employees: employees.map(({ row }) => row),
      questionBank: questions.map(({ row }) => row),
      parsed: (
        [
          ['skills', skills],
          ['roles', roles],
          ['content', content],
          ['employees', employees],
          ['questionBank', questions],
        ] as const
      ).flatMap(([section, rows]) => rows.map(({ key, source }) => ({ section, key, source }))),
    },
    rejected,
  };
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
