import { createHash } from 'node:crypto';
import type { CoreDeps } from '../context.js';
import { unseenItems } from '../measurement/items.js';
import { skillToTopUp } from '../measurement/rules/bank-shortage.js';
import { nextQuestion, type SittingSkill } from '../measurement/rules/next-question.js';
import { skillsWrittenFor, writeQuestions } from '../measurement/write-questions.js';
import { questionFromItem } from './question-from-item.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import type { QuestionRow } from './queries.js';
import { loadSitting, sittingLimits, sittingProgress, sittingSkills, type Sitting } from './sitting.js';

/** What asking a bank question copies from it. */
const askedItemSelect = {
  id: true,
  key: true,
  skillId: true,
  difficulty: true,
  stem: true,
  optionA: true,
  optionB: true,
  optionC: true,
  optionD: true,
  correctOption: true,
  explanation: true,
  source: true,
} as const;

/** A stable per-person preference among equally good questions, so people do not all get the same ones. */
const tieBreakFor = (employeeId: number, attempt: number) => (itemId: number) =>
  createHash('sha256').update(`${employeeId}:${attempt}:${itemId}`).digest().readUInt32LE(0);

export interface NextQuestionResult {
  /** the question to answer now, or null when the sitting is over */
  questionId: number | null;
  progress: ReturnType<typeof sittingProgress>;
  reason?: 'certain' | 'capped' | 'exhausted';
  /** the sitting the choice was made on */
  sitting: Sitting;
  /** the question when it was asked just now (written by this call), ready for its view */
  asked?: QuestionRow;
}

/** A sitting the caller has just read (or written), and optionally the unseen questions of its skills. */
export interface KnownSitting {
  sitting: Sitting;
  unseen?: ReadonlyMap<number, readonly { id: number; difficulty: number }[]>;
}

/**
 * The question an adaptive sitting asks now: the one waiting for an answer, or a new one chosen by
 * the adaptive rule from the answers so far (written to the session at the next position; two
 * processes choosing at once meet on the unique position, and the first one's question stands).
 * Null when the sitting is over: every skill decided, capped or out of questions.
 */
export async function askNextQuestion(deps: CoreDeps, session: { id: number; employeeId: number; attempt: number }, known?: KnownSitting): Promise<NextQuestionResult> {
  const limits = sittingLimits(deps.settings);
  for (let round = 0; round < 3; round++) {
    const sitting = round === 0 && known ? known.sitting : await loadSitting(deps.db, session.id);
    const skillIds = sitting.skills.map((skill) => skill.skillId);
    let skills = sittingSkills(sitting, (round === 0 && known?.unseen) || (await unseenItems(deps.db, session.employeeId, skillIds)));
    if (sitting.pending) return { questionId: sitting.pending.id, progress: sittingProgress(skills, limits, true, sitting.questions.length), sitting };
    if (await topUpShortSkill(deps, session, sitting, skills)) skills = sittingSkills(sitting, await unseenItems(deps.db, session.employeeId, skillIds));
    const step = nextQuestion(skills, sitting.questions.length, limits, tieBreakFor(session.employeeId, session.attempt));
    if (step.kind === 'done') return { questionId: null, progress: sittingProgress(skills, limits, true, sitting.questions.length), reason: step.reason, sitting };

    const item = await deps.db.bankQuestion.findUniqueOrThrow({ where: { id: step.itemId }, select: askedItemSelect });
    const position = sitting.questions.length + 1;
    const question = questionFromItem(item, { sessionId: session.id, position, now: deps.now() });
    try {
      const created = await deps.db.assessmentQuestion.create({ data: question, select: { id: true } });
      const after = skills.map((skill) => (skill.skillId === item.skillId ? { ...skill, asked: skill.asked + 1, candidates: skill.candidates.filter((c) => c.id !== item.id) } : skill));
      const name = sitting.skills.find((skill) => skill.skillId === item.skillId)?.name;
      const asked = name === undefined ? undefined : { ...question, id: created.id, skill: { id: item.skillId, name }, answer: null };
      return { questionId: created.id, progress: sittingProgress(after, limits, true, position), sitting, ...(asked ? { asked } : {}) };
    } catch (error) {
      // Another process asked the next question first: that one is the question.
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error('could not settle the next question of an adaptive sitting');
}

/**
 * Before the adaptive rule chooses: when the skill it would ask next is short of unseen questions near
 * the person's estimate (or has none left), asks the AI for one batch for that skill, once per sitting.
 * Costs nothing while the bank has enough (decided from the candidates already read) or without an AI;
 * reads which skills had their batch only when one runs short. At most one batch per question asked.
 * True when questions were added.
 */
async function topUpShortSkill(deps: CoreDeps, session: { id: number; employeeId: number }, sitting: Sitting, skills: SittingSkill[]): Promise<boolean> {
  if (!deps.aiQuestions) return false;
  const limits = sittingLimits(deps.settings);
  let short = skillToTopUp(skills, sitting.questions.length, limits, new Set());
  if (short === null) return false;
  const written = await skillsWrittenFor(deps, session);
  if (written.has(short)) short = skillToTopUp(skills, sitting.questions.length, limits, written);
  if (short === null) return false;
  const skill = sitting.skills.find((entry) => entry.skillId === short)!;
  const outcome = await writeQuestions(deps, {
    employeeId: session.employeeId,
    sessionId: session.id,
    skillId: skill.skillId,
    targetLevel: skill.targetLevel,
    mean: skill.estimate.mean,
  });
  return (outcome?.added ?? 0) > 0;
}
