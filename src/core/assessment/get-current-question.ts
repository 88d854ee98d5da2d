import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { requireEmployee } from '../shared/employees.js';
import { currentQuestion } from './current-question.js';
import { requireOpenSession } from './queries.js';
import type { QuestionView } from './views.js';

/** The question the open assessment waits for (null when nothing is left to answer): where a chat resumes. */
export async function getCurrentQuestion(deps: CoreDeps, input: { employeeId: number }): Promise<QuestionView | null> {
  await requireEmployee(deps.db, input.employeeId);
  const session = await requireOpenSession(deps.db, input.employeeId);
  if (session.status === 'STARTED') throw new SkillcheckError('QUESTIONS_NOT_READY');
  return currentQuestion(deps, session);
}
