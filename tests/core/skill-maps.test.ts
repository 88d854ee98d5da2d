import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cutFor } from '../../src/core/measurement/rules/levels.js';
import { createTestApp, type TestApp } from '../helpers/test-app.js';

describe('skill maps from the current estimates', () => {
  let app: TestApp;
  let maya: number;
  let priya: { id: number; roleId: number };
  let expected: Array<{ skillId: number; targetLevel: number }>;

  beforeAll(async () => {
    app = await createTestApp();
    const found = await app.db.employee.findUniqueOrThrow({ where: { email: 'priya.natarajan@example.com' }, select: { id: true, roleId: true, managerId: true } });
    priya = { id: found.id, roleId: found.roleId! };
    maya = found.managerId!;
    expected = await app.db.tSRSkill.findMany({ where: { profileId: priya.roleId }, select: { skillId: true, targetLevel: true }, orderBy: { skillId: 'asc' } });
    // What a sitting and check-ins leave behind: one skill far under its target, one far over, one at the cut.
    const [under, over, unsure] = expected;
    const at = new Date('2026-11-20T10:00:00Z');
    await app.db.skillEstimate.createMany({
      data: [
        { employeeId: priya.id, skillId: under!.skillId, mean: cutFor(under!.targetLevel) - 1.5, sd: 0.3, answers: 4, measuredAt: at },
        { employeeId: priya.id, skillId: over!.skillId, mean: cutFor(over!.targetLevel) + 1.5, sd: 0.3, answers: 4, measuredAt: at },
        { employeeId: priya.id, skillId: unsure!.skillId, mean: cutFor(unsure!.targetLevel), sd: 0.6, answers: 2, measuredAt: at },
      ],
    });
  });
  afterAll(() => app.close());

  it("the team heat map has each report's verdicts against the role's target, and NOT_EXPECTED outside the role", async () => {
    const view = await app.core.getTeamHeatMap({ managerId: maya });
    const row = view.rows.find((entry) => entry.employeeId === priya.id)!;
    const cell = (skillId: number) => row.cells[view.skills.findIndex((skill) => skill.skillId === skillId)]!;
    const [under, over, unsure, untouched] = expected;
    expect(cell(under!.skillId)).toMatchObject({ state: 'GAP', targetLevel: under!.targetLevel });
    expect(cell(under!.skillId).level).not.toBeNull();
    expect(cell(over!.skillId)).toMatchObject({ state: 'ON_TARGET', targetLevel: over!.targetLevel });
    expect(cell(unsure!.skillId).state).toBe('NOT_SURE');
    expect(cell(untouched!.skillId)).toEqual({ skillId: untouched!.skillId, state: 'NOT_ASSESSED', targetLevel: untouched!.targetLevel, level: null, certainty: null });
    const outside = view.skills.filter((skill) => !expected.some((entry) => entry.skillId === skill.skillId));
    for (const skill of outside) expect(cell(skill.skillId).state).toBe('NOT_EXPECTED');
    // Only direct reports, by name.
    const reports = await app.db.employee.findMany({ where: { managerId: maya }, select: { name: true } });
    expect(view.rows.map((entry) => entry.name)).toEqual(reports.map((report) => report.name).sort((a, b) => a.localeCompare(b)));
  });

  it("orders the team's columns by how many reports are expected to have each skill: five full-stack developers' skills before one DevOps engineer's", async () => {
    const view = await app.core.getTeamHeatMap({ managerId: maya });
    const reports = await app.db.employee.findMany({ where: { managerId: maya }, select: { role: { select: { skills: { select: { skillId: true, category: true } } } } } });
    const expectedOf = (skillId: number) => reports.filter((report) => report.role?.skills.some((entry) => entry.skillId === skillId)).length;
    const counts = view.skills.map((skill) => expectedOf(skill.skillId));
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts[0]).toBe(5);
    expect(counts.at(-1)).toBe(1);
    // Among the skills of the five, core before nice-to-have.
    const ofFive = view.skills.filter((_, index) => counts[index] === 5).map((skill) => skill.category);
    expect(ofFive).toEqual([...ofFive].sort((a, b) => (a === 'CORE' ? 0 : 1) - (b === 'CORE' ? 0 : 1)));
    expect(ofFive).toContain('NICE_TO_HAVE');
  });

  it('the skill profile says the same, skill by skill, core first', async () => {
    const profile = await app.core.getSkillProfile({ employeeId: priya.id });
    expect(profile.skills.map((skill) => skill.skillId).sort((a, b) => a - b)).toEqual(expected.map((entry) => entry.skillId));
    const states = new Map(profile.skills.map((skill) => [skill.skillId, skill.state]));
    expect([states.get(expected[0]!.skillId), states.get(expected[1]!.skillId), states.get(expected[2]!.skillId), states.get(expected[3]!.skillId)]).toEqual(['GAP', 'ON_TARGET', 'NOT_SURE', 'NOT_ASSESSED']);
    const firstNice = profile.skills.findIndex((skill) => skill.category === 'NICE_TO_HAVE');
    if (firstNice >= 0) expect(profile.skills.slice(firstNice).every((skill) => skill.category === 'NICE_TO_HAVE')).toBe(true);
  });

  it("the organisation map counts Priya's verdicts in her role's row", async () => {
    const view = await app.core.getOrgHeatMap();
    const row = view.rows.find((entry) => entry.roleId === priya.roleId)!;
    const counts = (skillId: number) => row.cells[view.skills.findIndex((skill) => skill.skillId === skillId)]!.counts!;
    expect(counts(expected[0]!.skillId)).toEqual({ gap: 1, onTarget: 0, notSure: 0, notAssessed: row.people - 1 });
    expect(counts(expected[1]!.skillId).onTarget).toBe(1);
  });

  it("the organisation map's columns: every shown role's core skills before any nice-to-have", async () => {
    const view = await app.core.getOrgHeatMap();
    expect(view.rows.length).toBeGreaterThan(1);
    const categories = view.skills.map((skill) => skill.category);
    expect(categories).toEqual([...categories].sort((a, b) => (a === 'CORE' ? 0 : 1) - (b === 'CORE' ? 0 : 1)));
    const cores = await app.db.tSRSkill.findMany({ where: { profileId: { in: view.rows.map((row) => row.roleId) }, category: 'CORE' }, select: { skillId: true } });
    const firstNice = categories.indexOf('NICE_TO_HAVE');
    const coreIds = new Set(view.skills.slice(0, firstNice).map((skill) => skill.skillId));
    expect(cores.every((entry) => coreIds.has(entry.skillId))).toBe(true);
  });

  it('an unknown manager or person is the usual not-found error', async () => {
    await expect(app.core.getTeamHeatMap({ managerId: 999_999 })).rejects.toMatchObject({ code: 'EMPLOYEE_NOT_FOUND' });
    await expect(app.core.getSkillProfile({ employeeId: 999_999 })).rejects.toMatchObject({ code: 'EMPLOYEE_NOT_FOUND' });
  });
});
