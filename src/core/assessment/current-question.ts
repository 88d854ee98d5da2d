import type { CoreDeps } from '../context.js';
import { askNextQuestion } from './ask-next-question.js';
import { questionInclude, questionView } from './queries.js';
import { fixedProgress, loadSitting, type Sitting } from './sitting.js';
import type { QuestionView } from './views.js';

/**
 * The question a session waits for: in an adaptive sitting the one the adaptive rule asks now
 * (choosing it if none is waiting), in a set drawn at once the first unanswered one. Null when
 * nothing is left to answer.
 */
export async function currentQuestion(
  deps: CoreDeps,
  session: { id: number; employeeId: number; attempt: number; adaptive: boolean },
  known?: Sitting,
): Promise<QuestionView | null> {
  if (session.adaptive) {
    const next = await askNextQuestion(deps, session, known);
    if (next.questionId === null) return null;
    const row = await deps.db.assessmentQuestion.findUniqueOrThrow({ where: { id: next.questionId }, include: questionInclude });
    return questionView(row, next.progress);
  }
  const sitting = known ?? (await loadSitting(deps.db, session.id));
  if (!sitting.pending) return null;
  const row = await deps.db.assessmentQuestion.findUniqueOrThrow({ where: { id: sitting.pending.id }, include: questionInclude });
  return questionView(row, fixedProgress(sitting));
}
