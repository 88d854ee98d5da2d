import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { loadEmployee } from '../shared/employees.js';
import { minutesFor } from './rules/question-rules.js';
import { assessmentPlan } from './start-assessment.js';
import type { AssessmentPreview } from './views.js';

/**
 * What a new assessment would cost the person, before they agree to it: skills, and the most
 * questions and minutes it can take (a sitting in chat stops early once its verdicts are certain).
 */
export async function previewAssessment(deps: CoreDeps, input: { employeeId: number }): Promise<AssessmentPreview> {
  const employee = await loadEmployee(deps.db, input.employeeId);
  const skills = assessmentPlan(employee).length;
  if (skills === 0) throw new SkillcheckError(employee.role ? 'NOTHING_TO_ASSESS' : 'NO_ROLE');
  const questions = Math.min(deps.settings.assessmentMaxQuestions, skills * deps.settings.skillMaxQuestions);
  return { skills, questions, minutes: minutesFor(questions) };
}
