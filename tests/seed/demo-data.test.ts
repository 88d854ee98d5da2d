import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { questionProblem } from '../../src/core/assessment/rules/question-rules.js';
import { loadDemoData } from '../../src/seed/demo-data.js';
import { seedDatabase } from '../../src/seed/seed-database.js';
import { createTestApp, snapshot, type TestApp } from '../helpers/test-app.js';

const data = loadDemoData();
const { organisation, content, questionBank } = data;

describe('the demo organisation', () => {
  it('has at least 3 roles of 6-10 expected skills, about 25 skills, 2 managers and 10+ employees', () => {
    expect(organisation.roles.length).toBeGreaterThanOrEqual(3);
    for (const role of organisation.roles) {
      expect(role.skills.length).toBeGreaterThanOrEqual(6);
      expect(role.skills.length).toBeLessThanOrEqual(10);
      expect(role.skills.some((skill) => skill.category === 'CORE')).toBe(true);
    }
    expect(organisation.skills.length).toBeGreaterThanOrEqual(24);
    const managers = new Set(organisation.employees.map((employee) => employee.manager).filter(Boolean));
    expect(managers.size).toBe(2);
    expect(organisation.employees.filter((employee) => employee.manager).length).toBeGreaterThanOrEqual(10);
  });

  it('has 60+ learning items on https links, and every expected skill has content at more than one difficulty', () => {
    expect(content.length).toBeGreaterThanOrEqual(60);
    expect(new Set(content.map((item) => item.key)).size).toBe(content.length);
    expect(new Set(content.map((item) => item.url)).size).toBe(content.length);
    for (const item of content) expect(item.url).toMatch(/^https:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
    const expected = new Set(organisation.roles.flatMap((role) => role.skills.map((skill) => skill.skill)));
    for (const skill of expected) {
      const levels = new Set(content.filter((item) => item.skill === skill).map((item) => item.difficulty));
      expect(levels.size, skill).toBeGreaterThanOrEqual(2);
    }
  });

  it('has at least 6 valid questions per skill at mixed difficulty, answers spread over A-D', () => {
    const bySkill = new Map(questionBank.map((file) => [file.skill, file.questions]));
    const keys = new Set<string>();
    for (const skill of organisation.skills) {
      const questions = bySkill.get(skill.key) ?? [];
      expect(questions.length, skill.key).toBeGreaterThanOrEqual(6);
      expect(new Set(questions.map((question) => question.difficulty)).size, skill.key).toBe(3);
      expect(new Set(questions.map((question) => question.answer)).size, skill.key).toBeGreaterThanOrEqual(3);
      for (const question of questions) {
        expect(keys.has(question.id), question.id).toBe(false);
        keys.add(question.id);
        const problem = questionProblem(
          {
            skillId: 1,
            difficulty: question.difficulty,
            stem: question.stem,
            options: question.options,
            correctOption: question.answer,
            explanation: question.explanation,
          },
          new Set([1]),
        );
        expect(problem, question.id).toBeNull();
        expect(question.explanation.length, question.id).toBeGreaterThan(0);
      }
    }
    expect(questionBank.map((file) => file.skill).sort()).toEqual(organisation.skills.map((skill) => skill.key).sort());
  });

  describe('seeding', () => {
    let app: TestApp;
    beforeAll(async () => {
      app = await createTestApp();
    });
    afterAll(() => app.close());

    it('loads on first start and is idempotent: seeding again changes nothing', async () => {
      expect(await app.db.employee.count()).toBe(organisation.employees.length);
      expect(await app.db.bankQuestion.count()).toBe(questionBank.reduce((sum, file) => sum + file.questions.length, 0));
      const maya = await app.db.employee.findUniqueOrThrow({ where: { employeeNumber: 'E1001' }, include: { reports: true } });
      expect(maya.reports.length).toBeGreaterThanOrEqual(5);
      const before = await snapshot(app.db);
      await seedDatabase(app.db, data);
      const after = await snapshot(app.db);
      const withoutTimestamps = (tables: Record<string, unknown[]>) =>
        JSON.parse(JSON.stringify(tables, (key, value) => (key === 'updatedAt' ? undefined : typeof value === 'bigint' ? String(value) : value)));
      expect(withoutTimestamps(after)).toEqual(withoutTimestamps(before));
    });

    it('aliases let "JS" and "Node" find their skills', async () => {
      const js = await app.db.skillAlias.findUniqueOrThrow({ where: { normalizedAlias: 'js' }, include: { skill: true } });
      expect(js.skill.name).toBe('JavaScript');
      const node = await app.db.skillAlias.findUniqueOrThrow({ where: { normalizedAlias: 'node' }, include: { skill: true } });
      expect(node.skill.key).toBe('nodejs');
    });
  });
});
