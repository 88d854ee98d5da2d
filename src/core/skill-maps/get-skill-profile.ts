import type { CoreDeps } from '../context.js';
import { loadEmployee } from '../shared/employees.js';
import { answersToDecide } from '../measurement/rules/verdict.js';
import { loadEstimates } from './queries.js';
import { cellFor, skillColumns } from './rules/cells.js';
import type { SkillProfileView } from './views.js';

/** A person's expected skills: each one's level range against its target, the verdict and its certainty (not assessed ones as such). */
export async function getSkillProfile(deps: CoreDeps, input: { employeeId: number }): Promise<SkillProfileView> {
  const employee = await loadEmployee(deps.db, input.employeeId);
  const measured = (await loadEstimates(deps.db, { id: employee.id })).get(employee.id);
  const expected = new Map((employee.role?.skills ?? []).map((entry) => [entry.skillId, entry]));
  const columns = skillColumns([
    { name: employee.role?.name ?? '', people: 1, skills: (employee.role?.skills ?? []).map((entry) => ({ skillId: entry.skillId, name: entry.skill.name, category: entry.category })) },
  ]);
  return {
    employee: { id: employee.id, name: employee.name, roleName: employee.role?.name ?? null },
    generatedAt: deps.now().toISOString(),
    skills: columns.map((column) => {
      const estimate = measured?.get(column.skillId) ?? null;
      const { skillId: _skillId, ...cell } = cellFor(column.skillId, expected.get(column.skillId) ?? null, estimate, deps.settings.skillCertainty);
      const moreQuestions = cell.state === 'NOT_SURE' && estimate && cell.targetLevel !== null ? answersToDecide(estimate, cell.targetLevel, deps.settings.skillCertainty) : null;
      return { ...column, ...cell, moreQuestions };
    }),
  };
}
