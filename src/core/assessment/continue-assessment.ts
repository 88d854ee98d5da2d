import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { LearningEventType } from '../learning/rules/learning-events.js';
import { recordEvent } from '../shared/events.js';
import { currentQuestion } from './current-question.js';
import { getResults } from './get-results.js';
import { assessmentView, findOpenSession, findSessionById } from './queries.js';
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

/** Begins a new assessment as an adaptive sitting (questions chosen one at a time); a no-op once begun. */
async function beginAdaptive(deps: CoreDeps, session: { id: number; employeeId: number }): Promise<void> {
  await deps.db.$transaction(async (tx) => {
    const now = deps.now();
    const claimed = await tx.assessmentSession.updateMany({
      where: { id: session.id, status: 'STARTED' },
      data: { status: 'IN_PROGRESS', adaptive: true, questionsGeneratedAt: now },
    });
    if (claimed.count === 0) return;
    await recordEvent(tx, { employeeId: session.employeeId, type: LearningEventType.QUESTIONS_GENERATED, sessionId: session.id, data: { adaptive: true }, at: now });
  });
}

/**
 * "Resume" for chat, after startAssessment: begins the open assessment as an adaptive sitting if it
 * has not begun, and returns the question it asks now, or its results when the sitting is over. It
 * never opens an assessment itself: one closed in the meantime (scored or cancelled) gives the latest
 * results.
 */
export async function continueAssessment(deps: CoreDeps, input: { employeeId: number }): Promise<AssessmentStep> {
  const open = await findOpenSession(deps.db, input.employeeId);
  if (!open) return { kind: 'results', results: await getResults(deps, input) };
  if (open.status === 'STARTED') await beginAdaptive(deps, open);
  const session = open.status === 'STARTED' ? (await findSessionById(deps.db, open.id))! : open;
  const question = await currentQuestion(deps, session);
  if (question) return { kind: 'question', assessment: assessmentView((await findSessionById(deps.db, open.id))!), question };
  return { kind: 'results', results: await submitOrLatest(deps, input.employeeId) };
}
