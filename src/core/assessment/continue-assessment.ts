import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { generateQuestions } from './generate-questions.js';
import { getCurrentQuestion } from './get-current-question.js';
import { getResults } from './get-results.js';
import { findOpenSession } from './queries.js';
import { resultsView } from './get-results.js';
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
 * After the last answer of `sessionId`: scores it if it is still the open assessment (a concurrent
 * submit that got there first is fine), else returns its results. Never submits another session: a
 * press on a question card of an older assessment must not score the one open now.
 */
export async function scoreAnsweredSession(deps: CoreDeps, employeeId: number, sessionId: number): Promise<ResultsView> {
  const open = await findOpenSession(deps.db, employeeId);
  if (open?.id === sessionId) return submitOrLatest(deps, employeeId);
  const session = await deps.db.assessmentSession.findUnique({ where: { id: sessionId }, select: { status: true, employeeId: true } });
  if (session?.employeeId === employeeId && session.status === 'COMPLETED') return resultsView(deps, sessionId);
  throw new SkillcheckError('ASSESSMENT_CLOSED');
}

/**
 * "Resume" for chat, after startAssessment: makes sure the open assessment's questions exist, and
 * returns its first unanswered question, or its results when nothing is left to answer. It never opens
 * an assessment itself: one closed in the meantime (scored or cancelled) gives the latest results.
 */
export async function continueAssessment(deps: CoreDeps, input: { employeeId: number }): Promise<AssessmentStep> {
  if (!(await findOpenSession(deps.db, input.employeeId))) return { kind: 'results', results: await getResults(deps, input) };
  const { assessment } = await generateQuestions(deps, input);
  const question = await getCurrentQuestion(deps, input);
  if (question) return { kind: 'question', assessment, question };
  return { kind: 'results', results: await submitOrLatest(deps, input.employeeId) };
}
