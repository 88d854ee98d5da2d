import { createHash } from 'node:crypto';
import type { CoreDeps } from '../context.js';
import { LearningEventType } from '../learning/rules/learning-events.js';
import { unseenItems } from '../measurement/items.js';
import { BATCH_SIZE } from '../measurement/rules/bank-shortage.js';
import { chooseFixedSet } from '../measurement/rules/next-question.js';
import { skillsWrittenFor, writeQuestions } from '../measurement/write-questions.js';
import { questionFromItem } from './question-from-item.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import { requireEmployee } from '../shared/employees.js';
import { recordEvent } from '../shared/events.js';
import { currentQuestion } from './current-question.js';
import { assessmentView, findSessionById, questionView, requireOpenSession, sessionQuestions } from './queries.js';
import { fixedProgress, loadSitting, type Sitting } from './sitting.js';
import type { QuestionSetView } from './views.js';

class AlreadyGenerated extends Error {}

/**
 * Draws a whole set at once (the original REST flow, which shows every question and then submits a map
 * of answers): per skill, QUESTIONS_PER_SKILL questions the person has not seen, spread around where the
 * verdict is decided (chooseFixedSet); seen ones only when the unseen run out.
 */
async function drawFixedSet(deps: CoreDeps, session: { id: number; employeeId: number; attempt: number; questionsPerSkill: number }) {
  const sitting = await loadSitting(deps.db, session.id);
  const skillIds = sitting.skills.map((skill) => skill.skillId);
  let unseen = await unseenItems(deps.db, session.employeeId, skillIds);
  if (await topUpShortSkills(deps, session, sitting, unseen)) unseen = await unseenItems(deps.db, session.employeeId, skillIds);
  const all = await deps.db.bankQuestion.findMany({ where: { skillId: { in: skillIds }, status: 'ACTIVE' }, orderBy: { id: 'asc' } });
  const rowById = new Map(all.map((row) => [row.id, row]));
  const tie = (id: number) => createHash('sha256').update(`${session.employeeId}:${session.attempt}:${id}`).digest().readUInt32LE(0);
  const picks: (typeof all)[number][] = [];
  for (const skill of sitting.skills) {
    const fresh = unseen.get(skill.skillId) ?? [];
    const freshIds = new Set(fresh.map((item) => item.id));
    const seen = all.filter((row) => row.skillId === skill.skillId && !freshIds.has(row.id)).map((row) => ({ id: row.id, difficulty: row.difficultyLogit }));
    const chosen = chooseFixedSet({ estimate: skill.prior, targetLevel: skill.targetLevel }, fresh, seen, session.questionsPerSkill, tie);
    picks.push(...chosen.map((id) => rowById.get(id)!));
  }
  return picks;
}

/**
 * Before a set is drawn at once: every skill with fewer unseen questions than the set takes gets one
 * AI batch (the batches of different skills written side by side), once per sitting. Nothing without
 * an AI or while the bank has enough. True when questions were added.
 */
async function topUpShortSkills(
  deps: CoreDeps,
  session: { id: number; employeeId: number; questionsPerSkill: number },
  sitting: Sitting,
  unseen: ReadonlyMap<number, readonly unknown[]>,
): Promise<boolean> {
  if (!deps.aiQuestions) return false;
  const short = sitting.skills.filter((skill) => (unseen.get(skill.skillId)?.length ?? 0) < session.questionsPerSkill);
  if (short.length === 0) return false;
  const written = await skillsWrittenFor(deps, session);
  const outcomes = await Promise.all(
    short
      .filter((skill) => !written.has(skill.skillId))
      .map((skill) =>
        writeQuestions(deps, {
          employeeId: session.employeeId,
          sessionId: session.id,
          skillId: skill.skillId,
          targetLevel: skill.targetLevel,
          mean: skill.prior.mean,
          size: Math.max(BATCH_SIZE, session.questionsPerSkill),
        }),
      ),
  );
  return outcomes.some((outcome) => (outcome?.added ?? 0) > 0);
}

/**
 * The questions of the employee's open assessment. The first call on a new assessment draws the
 * whole set at once (cached on the session; calling again returns the same questions). On an adaptive
 * sitting (begun in chat) it returns the questions asked so far, the waiting one last. Never the key.
 */
export async function generateQuestions(deps: CoreDeps, input: { employeeId: number }): Promise<QuestionSetView> {
  await requireEmployee(deps.db, input.employeeId);
  const session = await requireOpenSession(deps.db, input.employeeId);

  if (session.status === 'STARTED') {
    const picks = await drawFixedSet(deps, session);
    try {
      await deps.db.$transaction(async (tx) => {
        const now = deps.now();
        const claimed = await tx.assessmentSession.updateMany({
          where: { id: session.id, status: 'STARTED' },
          data: { status: 'IN_PROGRESS', adaptive: false, questionsGeneratedAt: now },
        });
        if (claimed.count === 0) throw new AlreadyGenerated();
        await tx.assessmentQuestion.createMany({
          data: picks.map((item, index) => questionFromItem(item, { sessionId: session.id, position: index + 1, now })),
        });
        await recordEvent(tx, {
          employeeId: session.employeeId,
          type: LearningEventType.QUESTIONS_GENERATED,
          sessionId: session.id,
          data: { count: picks.length, adaptive: false },
          at: now,
        });
      });
    } catch (error) {
      // A concurrent request generated them first (or began an adaptive sitting): theirs stand.
      if (!(error instanceof AlreadyGenerated) && !isUniqueViolation(error)) throw error;
    }
  }

  const fresh = (await findSessionById(deps.db, session.id))!;
  if (fresh.adaptive) await currentQuestion(deps, fresh);
  const sitting = await loadSitting(deps.db, session.id);
  const questions = await sessionQuestions(deps.db, session.id);
  const progress = fixedProgress(sitting);
  return {
    assessment: assessmentView((await findSessionById(deps.db, session.id))!),
    questions: questions.map((question) => questionView(question, fresh.adaptive ? { ...progress, exact: false } : progress)),
  };
}
