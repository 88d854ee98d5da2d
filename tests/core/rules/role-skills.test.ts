import { describe, expect, it } from 'vitest';
import { addExpectedSkill, changeExpectedSkill, isTargetLevel, removeExpectedSkill, type ExpectedSkill } from '../../../src/core/admin/rules/role-skills.js';

const role: ExpectedSkill[] = [
  { skill: 'sql', category: 'CORE', targetLevel: 3 },
  { skill: 'git', category: 'NICE_TO_HAVE', targetLevel: 2 },
];

describe("editing a role's expected skills", () => {
  it('takes target levels 1 to 5, whole numbers only', () => {
    expect([1, 2, 3, 4, 5].every(isTargetLevel)).toBe(true);
    expect([0, 6, 2.5, Number.NaN, '3', null].some(isTargetLevel)).toBe(false);
  });

  it('adds a skill the role does not expect yet, and refuses one it does or a level out of range', () => {
    expect(addExpectedSkill(role, { skill: 'python', category: 'CORE', targetLevel: 4 })).toEqual({
      ok: true,
      changed: true,
      next: [...role, { skill: 'python', category: 'CORE', targetLevel: 4 }],
    });
    expect(addExpectedSkill(role, { skill: 'sql', category: 'CORE', targetLevel: 4 })).toEqual({ ok: false, problem: 'ROLE_SKILL_ALREADY_EXPECTED' });
    expect(addExpectedSkill(role, { skill: 'python', category: 'CORE', targetLevel: 6 })).toEqual({ ok: false, problem: 'TARGET_LEVEL_INVALID' });
  });

  it('changes the target level or the category of an expected skill, and says when nothing changes', () => {
    const raised = changeExpectedSkill(role, 'sql', { targetLevel: 5 });
    expect(raised).toEqual({ ok: true, changed: true, next: [{ skill: 'sql', category: 'CORE', targetLevel: 5 }, role[1]] });
    expect(changeExpectedSkill(role, 'git', { category: 'CORE' })).toMatchObject({ ok: true, changed: true, next: [role[0], { skill: 'git', category: 'CORE', targetLevel: 2 }] });
    expect(changeExpectedSkill(role, 'sql', { targetLevel: 3, category: 'CORE' })).toMatchObject({ ok: true, changed: false });
    expect(changeExpectedSkill(role, 'python', { targetLevel: 3 })).toEqual({ ok: false, problem: 'ROLE_SKILL_NOT_EXPECTED' });
    expect(changeExpectedSkill(role, 'sql', { targetLevel: 0 })).toEqual({ ok: false, problem: 'TARGET_LEVEL_INVALID' });
  });

  it('removes an expected skill, but never the last one', () => {
    expect(removeExpectedSkill(role, 'git')).toEqual({ ok: true, changed: true, next: [role[0]] });
    expect(removeExpectedSkill(role, 'python')).toEqual({ ok: false, problem: 'ROLE_SKILL_NOT_EXPECTED' });
    expect(removeExpectedSkill([role[0]!], 'sql')).toEqual({ ok: false, problem: 'ROLE_NEEDS_A_SKILL' });
  });

  it('leaves the list it was given as it was', () => {
    const copy = structuredClone(role);
    changeExpectedSkill(role, 'sql', { targetLevel: 5 });
    addExpectedSkill(role, { skill: 'python', category: 'CORE', targetLevel: 4 });
    removeExpectedSkill(role, 'git');
    expect(role).toEqual(copy);
  });
});
