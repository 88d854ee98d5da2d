import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { generateQuestions } from './generate-questions.js';
import { getCurrentQuestion } from './get-current-question.js';
import { getResults } from './get-results.js';
import { startAssessment } from './start-assessment.js';
import { submitAssessment } from './submit-assessment.js';
import type { AssessmentStep, ResultsView } from './views.js';

/** Submits once every question has an answer; a concurrent submit that got there first is fine. */
export async function submitOrLatest(deps: CoreDeps, employeeId: number): Promise<ResultsView> {
  try {
    return await submitAssessment(deps, { employeeId });
  } catch (error) {
    if (error instanceof SkillcheckError && (error.code === 'ASSESSMENT_ALREADY_SUBMITTED' || error.code === 'NO_OPEN_ASSESSMENT')) {
      return getResults(deps, { employeeId });
    }
    throw error;
  }
}

/**
 * "Begin or resume" for chat: opens an assessment (or takes the open one), makes sure its questions
 * exist, and returns the first unanswered question, or the results when nothing is left to answer.
 */
export async function continueAssessment(deps: CoreDeps, input: { employeeId: number }): Promise<AssessmentStep> {
  await startAssessment(deps, input);
  const { assessment } = await generateQuestions(deps, input);
  const question = await getCurrentQuestion(deps, input);
  if (question) return { kind: 'question', assessment, question };
  return { kind: 'results', results: await submitOrLatest(deps, input.employeeId) };
}
