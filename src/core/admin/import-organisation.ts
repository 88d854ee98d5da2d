import { DIFFICULTY_PRIOR } from '../measurement/rules/item-model.js';
import type { CoreDeps } from '../context.js';
import type { Db, Tx } from '../ports/database.js';
import type { AuditActor } from '../audit/actor.js';
import { ORGANISATION, recordAudit } from '../audit/record-audit.js';
import { resolveAuditActor, type EmployeeActor } from '../audit/resolve-actor.js';
import { importAuditDetail } from './rules/import-audit-detail.js';
import { normalizeSkillName } from '../profile/rules/skill-names.js';
import { contentValues } from './organisation-schemas.js';
import { validateImport, type ValidImport } from './validate-import.js';
import { IMPORT_SECTIONS, type ImportBatch, type ImportReport, type ImportSection } from './views.js';

type Outcome = 'created' | 'updated' | 'unchanged';

/** What each row did, by section and key, counted as it goes. */
class Outcomes {
  readonly bySectionKey = new Map<string, Outcome>();

  constructor(readonly counts: ImportReport['counts']) {}

  record(section: ImportSection, key: string, outcome: Outcome) {
    this.counts[section][outcome] += 1;
    this.bySectionKey.set(`${section}\u0000${key}`, outcome);
  }

  of(section: ImportSection, key: string): Outcome | undefined {
    return this.bySectionKey.get(`${section}\u0000${key}`);
  }
}

const same = (a: Record<string, unknown>, b: Record<string, unknown>) => Object.keys(b).every((key) => a[key] === b[key]);
const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

/**
 * Imports roles, skills, learning content, employees and bank questions by their natural keys.
 * Every row is validated first and reported with its line; if any row is rejected, nothing is
 * written. Otherwise everything is written in one transaction. Importing the same data again
 * changes nothing (every row counts as unchanged). Lists given for a record (a role's expected
 * skills, an employee's claimed skills, a skill's aliases) replace the stored list.
 */
export async function importOrganisation(
  deps: Pick<CoreDeps, 'db'> & Partial<Pick<CoreDeps, 'now'>>,
  input: { batch: ImportBatch; dryRun?: boolean; auditActor?: AuditActor | EmployeeActor },
): Promise<ImportReport> {
  const { batch } = input;
  const dryRun = input.dryRun ?? false;
  const counts = Object.fromEntries(
    IMPORT_SECTIONS.map((section) => [section, { received: batch[section].length, created: 0, updated: 0, unchanged: 0 }]),
  ) as ImportReport['counts'];
  const { valid, rejected } = await validateImport(deps.db, batch);
  const outcomes = new Outcomes(counts);
  // The row-by-row report: every row not rejected, with what it does (or would do).
  const refused = new Set(rejected.map((row) => `${row.section}\u0000${row.source}`));
  const rows = () =>
    valid.parsed
      .filter((row) => !refused.has(`${row.section}\u0000${row.source}`))
      .map((row) => ({ ...row, outcome: outcomes.of(row.section, row.key) ?? ('valid' as const) }));
  // Who imported is recorded with the import (the seed of the demo data names nobody, and is not recorded); a dry
  // run writes nothing, so its entry is written after it.
  const actor = input.auditActor ? await resolveAuditActor(deps.db, input.auditActor) : null;
  const audit = (db: Db | Tx) =>
    actor
      ? recordAudit(db, { actor, action: 'organisation.import', subject: ORGANISATION, detail: importAuditDetail(batch, counts, { dryRun }), at: (deps.now ?? (() => new Date()))() })
      : Promise.resolve();
  if (rejected.length > 0 || dryRun) {
    if (rejected.length === 0) {
      await simulate(deps, valid, outcomes);
      await audit(deps.db);
    }
    return { ok: rejected.length === 0, dryRun, counts, rows: rows(), rejected };
  }
  await deps.db.$transaction(
    async (tx) => {
      await write(tx, valid, outcomes);
      await audit(tx);
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return { ok: true, dryRun, counts, rows: rows(), rejected };
}

/** A dry run writes in a transaction that is always rolled back, so its counts are exact. */
async function simulate(deps: Pick<CoreDeps, 'db'>, valid: ValidImport, outcomes: Outcomes) {
  class Rollback extends Error {}
  try {
    await deps.db.$transaction(
      async (tx) => {
        await write(tx, valid, outcomes);
        throw new Rollback();
      },
      { timeout: 120_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
}

async function write(tx: Tx, data: ValidImport, outcomes: Outcomes) {
  for (const skill of data.skills) outcomes.record('skills', skill.key, await writeSkill(tx, skill));
  const skillIds = new Map((await tx.skill.findMany({ select: { id: true, key: true } })).map((skill) => [skill.key, skill.id]));
  const skillId = (key: string) => skillIds.get(key)!;

  for (const role of data.roles) {
    const fields = { name: role.name, description: role.description };
    const existing = await tx.tSRSkillProfile.findUnique({ where: { key: role.key }, include: { skills: { include: { skill: { select: { key: true } } } } } });
    const wanted = role.skills.map((entry) => `${entry.skill}:${entry.category}:${entry.targetLevel}`);
    if (existing && same(existing, fields) && sameSet(existing.skills.map((entry) => `${entry.skill.key}:${entry.category}:${entry.targetLevel}`), wanted)) {
      outcomes.record('roles', role.key, 'unchanged');
      continue;
    }
    const profile = await tx.tSRSkillProfile.upsert({ where: { key: role.key }, create: { key: role.key, ...fields }, update: fields });
    await tx.tSRSkill.deleteMany({ where: { profileId: profile.id, skillId: { notIn: role.skills.map((entry) => skillId(entry.skill)) } } });
    for (const entry of role.skills) {
      const values = { category: entry.category, targetLevel: entry.targetLevel };
      await tx.tSRSkill.upsert({
        where: { profileId_skillId: { profileId: profile.id, skillId: skillId(entry.skill) } },
        create: { profileId: profile.id, skillId: skillId(entry.skill), ...values },
        update: values,
      });
    }
    outcomes.record('roles', role.key, existing ? 'updated' : 'created');
  }

  for (const item of data.content) {
    const fields = { skillId: skillId(item.skill), ...contentValues(item) };
    const existing = await tx.learningContent.findUnique({ where: { key: item.key } });
    if (existing && same(existing, fields)) outcomes.record('content', item.key, 'unchanged');
    else {
      await tx.learningContent.upsert({ where: { key: item.key }, create: { key: item.key, ...fields }, update: fields });
      outcomes.record('content', item.key, existing ? 'updated' : 'created');
    }
  }

  for (const { skill, question } of data.questionBank) {
    const fields = {
      skillId: skillId(skill),
      difficulty: question.difficulty,
      stem: question.stem,
      optionA: question.options.A,
      optionB: question.options.B,
      optionC: question.options.C,
      optionD: question.options.D,
      correctOption: question.answer,
      explanation: question.explanation,
    };
    const existing = await tx.bankQuestion.findUnique({ where: { key: question.id } });
    // A given calibration is taken as it is; a new question, or one whose label changed, starts from its label.
    const difficultyLogit =
      question.calibratedDifficulty ?? (!existing || existing.difficulty !== question.difficulty ? DIFFICULTY_PRIOR[question.difficulty] : undefined);
    const written = difficultyLogit === undefined ? fields : { ...fields, difficultyLogit };
    if (existing && same(existing, written)) outcomes.record('questionBank', question.id, 'unchanged');
    else {
      await tx.bankQuestion.upsert({ where: { key: question.id }, create: { key: question.id, ...fields, difficultyLogit: difficultyLogit ?? 0 }, update: written });
      outcomes.record('questionBank', question.id, existing ? 'updated' : 'created');
    }
  }

  await writeEmployees(tx, data, outcomes, skillId);
}

async function writeSkill(tx: Tx, skill: ValidImport['skills'][number]): Promise<Outcome> {
  const fields = { name: skill.name, normalizedName: normalizeSkillName(skill.name), description: skill.description };
  const aliases = [...new Map(skill.aliases.map((alias) => [normalizeSkillName(alias), alias])).entries()].filter(
    ([normalized]) => normalized !== '' && normalized !== fields.normalizedName,
  );
  const existing = await tx.skill.findUnique({ where: { key: skill.key }, include: { aliases: true } });
  if (existing && same(existing, fields) && sameSet(existing.aliases.map((alias) => alias.alias), aliases.map(([, alias]) => alias))) return 'unchanged';
  const row = await tx.skill.upsert({ where: { key: skill.key }, create: { key: skill.key, ...fields }, update: fields });
  await tx.skillAlias.deleteMany({ where: { skillId: row.id, normalizedAlias: { notIn: aliases.map(([normalized]) => normalized) } } });
  for (const [normalizedAlias, alias] of aliases) {
    await tx.skillAlias.upsert({ where: { normalizedAlias }, create: { skillId: row.id, alias, normalizedAlias }, update: { skillId: row.id, alias } });
  }
  return existing ? 'updated' : 'created';
}

async function writeEmployees(tx: Tx, data: ValidImport, report: Outcomes, skillId: (key: string) => number) {
  const roleIds = new Map((await tx.tSRSkillProfile.findMany({ select: { id: true, key: true } })).map((role) => [role.key, role.id]));
  const outcomes = new Map<string, Outcome>();
  // First pass: the people themselves; managers may come later in the file.
  for (const employee of data.employees) {
    const fields = {
      name: employee.name,
      email: employee.email,
      title: employee.title,
      timezone: employee.timezone,
      ...(employee.notifyVia ? { notifyVia: employee.notifyVia } : {}),
      ...(employee.isAdmin !== undefined ? { isAdmin: employee.isAdmin } : {}),
      roleId: employee.role === null ? null : roleIds.get(employee.role)!,
    };
    const existing = await tx.employee.findUnique({ where: { employeeNumber: employee.employeeNumber }, include: { skills: { include: { skill: { select: { key: true } } } } } });
    const wantedSkills = employee.skills?.map((entry) => `${entry.skill}:${entry.level}`);
    const skillsSame = wantedSkills === undefined || (existing !== null && sameSet(existing.skills.map((entry) => `${entry.skill.key}:${entry.level}`), wantedSkills));
    if (existing && same(existing, fields) && skillsSame) {
      outcomes.set(employee.employeeNumber, 'unchanged');
      continue;
    }
    const row = await tx.employee.upsert({
      where: { employeeNumber: employee.employeeNumber },
      create: { employeeNumber: employee.employeeNumber, ...fields },
      update: fields,
    });
    if (employee.skills) {
      await tx.employeeSkill.deleteMany({ where: { employeeId: row.id, skillId: { notIn: employee.skills.map((entry) => skillId(entry.skill)) } } });
      for (const entry of employee.skills) {
        await tx.employeeSkill.upsert({
          where: { employeeId_skillId: { employeeId: row.id, skillId: skillId(entry.skill) } },
          create: { employeeId: row.id, skillId: skillId(entry.skill), level: entry.level },
          update: { level: entry.level },
        });
      }
    }
    outcomes.set(employee.employeeNumber, existing ? 'updated' : 'created');
  }
  // Second pass: who reports to whom.
  const ids = new Map(
    (await tx.employee.findMany({ select: { id: true, employeeNumber: true, managerId: true } })).map((row) => [row.employeeNumber, row]),
  );
  for (const employee of data.employees) {
    const row = ids.get(employee.employeeNumber)!;
    const managerId = employee.manager === null ? null : ids.get(employee.manager)!.id;
    if (row.managerId !== managerId) {
      await tx.employee.update({ where: { id: row.id }, data: { managerId } });
      if (outcomes.get(employee.employeeNumber) === 'unchanged') outcomes.set(employee.employeeNumber, 'updated');
    }
  }
  for (const [employeeNumber, outcome] of outcomes) report.record('employees', employeeNumber, outcome);
}
