import type { CoreDeps } from '../context.js';
import { askNextQuestion, type KnownSitting } from './ask-next-question.js';
import { questionView, questionViewSelect } from './queries.js';
import { fixedProgress, loadSitting, type Sitting } from './sitting.js';
import type { QuestionView, SittingProgress } from './views.js';

/**
 * The question a session waits for: in an adaptive sitting the one the adaptive rule asks now
 * (choosing it if none is waiting), in a set drawn at once the first unanswered one. Null when
 * nothing is left to answer. `known`: the sitting as the caller has just read (or written) it.
 */
export async function currentQuestion(
  deps: CoreDeps,
  session: { id: number; employeeId: number; attempt: number; adaptive: boolean },
  known?: KnownSitting,
): Promise<QuestionView | null> {
  if (session.adaptive) {
    const next = await askNextQuestion(deps, session, known);
    if (next.questionId === null) return null;
    if (next.asked) return questionView(next.asked, next.progress);
    return waitingQuestionView(deps, next.questionId, next.sitting, next.progress);
  }
  const sitting = known?.sitting ?? (await loadSitting(deps.db, session.id));
  if (!sitting.pending) return null;
  return waitingQuestionView(deps, sitting.pending.id, sitting, fixedProgress(sitting));
}

/** The view of a question that waits for its answer (so it has none), its skill named from the sitting. */
async function waitingQuestionView(deps: CoreDeps, questionId: number, sitting: Sitting, progress: SittingProgress): Promise<QuestionView> {
  const row = await deps.db.assessmentQuestion.findUniqueOrThrow({ where: { id: questionId }, select: { ...questionViewSelect, skillId: true } });
  const name = sitting.skills.find((skill) => skill.skillId === row.skillId)?.name ?? (await deps.db.skill.findUniqueOrThrow({ where: { id: row.skillId }, select: { name: true } })).name;
  return questionView({ ...row, skill: { id: row.skillId, name }, answer: null }, progress);
}
