import type { CoreDeps } from '../context.js';
import { scoreAnsweredSession } from './continue-assessment.js';
import { recordAnswer } from './record-answer.js';
import type { AnswerStep } from './views.js';

/** One click in chat: records the answer (once), and scores its assessment after the last one. */
export async function answerQuestion(deps: CoreDeps, input: { employeeId: number; questionId: number; option: string }): Promise<AnswerStep> {
  const outcome = await recordAnswer(deps, input);
  return { outcome, results: outcome.allAnswered ? await scoreAnsweredSession(deps, input.employeeId, outcome.sessionId) : null };
}
