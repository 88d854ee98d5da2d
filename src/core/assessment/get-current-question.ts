import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { requireEmployee } from '../shared/employees.js';
import { questionView, requireOpenSession, sessionProgress } from './queries.js';
import type { QuestionView } from './views.js';

/** The first unanswered question of the open assessment (null when all are answered): where a chat resumes. */
export async function getCurrentQuestion(deps: CoreDeps, input: { employeeId: number }): Promise<QuestionView | null> {
  await requireEmployee(deps.db, input.employeeId);
  const session = await requireOpenSession(deps.db, input.employeeId);
  if (session.status === 'STARTED') throw new SkillcheckError('QUESTIONS_NOT_READY');
  const { next, total } = await sessionProgress(deps.db, session.id);
  return next ? questionView(next, total) : null;
}
