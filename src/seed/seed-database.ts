import { normalizeSkillName } from '../core/domain/skill-names.js';
import type { Db } from '../core/ports/database.js';
import type { DemoData } from './demo-data.js';

export interface SeedReport {
  skills: number;
  roles: number;
  employees: number;
  content: number;
  bankQuestions: number;
}

/**
 * Loads organisation data by its natural keys (skill/role/content keys, employee numbers), so running
 * it again updates in place and never duplicates. One transaction: all or nothing.
 */
export async function seedDatabase(db: Db, data: DemoData): Promise<SeedReport> {
  const { organisation, content, questionBank } = data;
  return db.$transaction(
    async (tx) => {
      const skillIds = new Map<string, number>();
      for (const skill of organisation.skills) {
        const row = await tx.skill.upsert({
          where: { key: skill.key },
          create: { key: skill.key, name: skill.name, normalizedName: normalizeSkillName(skill.name), description: skill.description },
          update: { name: skill.name, normalizedName: normalizeSkillName(skill.name), description: skill.description },
        });
        skillIds.set(skill.key, row.id);
        for (const alias of skill.aliases) {
          const normalizedAlias = normalizeSkillName(alias);
          if (normalizedAlias === row.normalizedName) continue;
          await tx.skillAlias.upsert({
            where: { normalizedAlias },
            create: { skillId: row.id, alias, normalizedAlias },
            update: { skillId: row.id, alias },
          });
        }
      }
      const skillId = (key: string, where: string) => {
        const id = skillIds.get(key);
        if (id === undefined) throw new Error(`${where}: unknown skill "${key}"`);
        return id;
      };

      const roleIds = new Map<string, number>();
      for (const role of organisation.roles) {
        const row = await tx.tSRSkillProfile.upsert({
          where: { key: role.key },
          create: { key: role.key, name: role.name, description: role.description },
          update: { name: role.name, description: role.description },
        });
        roleIds.set(role.key, row.id);
        for (const expected of role.skills) {
          const id = skillId(expected.skill, `role ${role.key}`);
          await tx.tSRSkill.upsert({
            where: { profileId_skillId: { profileId: row.id, skillId: id } },
            create: { profileId: row.id, skillId: id, category: expected.category, targetLevel: expected.targetLevel },
            update: { category: expected.category, targetLevel: expected.targetLevel },
          });
        }
      }

      const employeeIds = new Map<string, number>();
      for (const employee of organisation.employees) {
        const roleId = employee.role === null ? null : roleIds.get(employee.role);
        if (roleId === undefined) throw new Error(`employee ${employee.employeeNumber}: unknown role "${employee.role}"`);
        const fields = { name: employee.name, email: employee.email.toLowerCase(), title: employee.title, timezone: employee.timezone, roleId };
        const row = await tx.employee.upsert({
          where: { employeeNumber: employee.employeeNumber },
          create: { employeeNumber: employee.employeeNumber, ...fields },
          update: fields,
        });
        employeeIds.set(employee.employeeNumber, row.id);
        for (const claim of employee.skills) {
          const id = skillId(claim.skill, `employee ${employee.employeeNumber}`);
          await tx.employeeSkill.upsert({
            where: { employeeId_skillId: { employeeId: row.id, skillId: id } },
            create: { employeeId: row.id, skillId: id, level: claim.level },
            update: { level: claim.level },
          });
        }
      }
      for (const employee of organisation.employees) {
        const managerId = employee.manager === null ? null : employeeIds.get(employee.manager);
        if (managerId === undefined) throw new Error(`employee ${employee.employeeNumber}: unknown manager "${employee.manager}"`);
        await tx.employee.update({ where: { id: employeeIds.get(employee.employeeNumber)! }, data: { managerId } });
      }

      for (const item of content) {
        const fields = {
          skillId: skillId(item.skill, `content ${item.key}`),
          type: item.type,
          title: item.title,
          url: item.url,
          thumbnailUrl: item.thumbnailUrl,
          minutes: item.minutes,
          difficulty: item.difficulty,
          source: item.source,
        };
        await tx.learningContent.upsert({ where: { key: item.key }, create: { key: item.key, ...fields }, update: fields });
      }

      let bankQuestions = 0;
      for (const file of questionBank) {
        const id = skillId(file.skill, `question bank ${file.skill}`);
        for (const question of file.questions) {
          const fields = {
            skillId: id,
            difficulty: question.difficulty,
            stem: question.stem,
            optionA: question.options.A,
            optionB: question.options.B,
            optionC: question.options.C,
            optionD: question.options.D,
            correctOption: question.answer,
            explanation: question.explanation,
          };
          await tx.bankQuestion.upsert({ where: { key: question.id }, create: { key: question.id, ...fields }, update: fields });
          bankQuestions += 1;
        }
      }
      return {
        skills: organisation.skills.length,
        roles: organisation.roles.length,
        employees: organisation.employees.length,
        content: content.length,
        bankQuestions,
      };
    },
    { timeout: 60_000, maxWait: 10_000 },
  );
}
