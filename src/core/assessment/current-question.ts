import type { CoreDeps } from '../context.js';
import { askNextQuestion, type KnownSitting } from './ask-next-question.js';
import { questionView, type QuestionRow } from './queries.js';
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

/** The view of a question that waits for its answer (so it has none), its skill named from the sitting; one plain statement. */
async function waitingQuestionView(deps: CoreDeps, questionId: number, sitting: Sitting, progress: SittingProgress): Promise<QuestionView> {
  const rows = await deps.db.$queryRaw<Array<Omit<WaitingRow, 'id' | 'sessionId' | 'position' | 'skillId'> & Record<'id' | 'sessionId' | 'position' | 'skillId', number | bigint>>>`
    SELECT "id", "sessionId", "position", "skillId", "difficulty", "stem", "optionA", "optionB", "optionC", "optionD"
    FROM "AssessmentQuestion" WHERE "id" = ${questionId}`;
  const row = rows[0];
  if (!row) throw new Error(`question ${questionId} of a sitting is gone`);
  const skillId = Number(row.skillId);
  const name = sitting.skills.find((skill) => skill.skillId === skillId)?.name ?? (await deps.db.skill.findUniqueOrThrow({ where: { id: skillId }, select: { name: true } })).name;
  return questionView({ ...row, id: Number(row.id), sessionId: Number(row.sessionId), position: Number(row.position), skill: { id: skillId, name }, answer: null }, progress);
}

type WaitingRow = Omit<QuestionRow, 'skill' | 'answer'> & { skillId: number };
