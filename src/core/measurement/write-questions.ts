import { createHash } from 'node:crypto';
import type { CoreDeps } from '../context.js';
import { questionProblem, spreadCorrectOptions } from '../assessment/rules/question-rules.js';
import { LearningEventType } from '../learning/rules/learning-events.js';
import type { DraftQuestion } from '../ports/question-writer.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import { recordEvent } from '../shared/events.js';
import { AI_WORKSPACE } from '../limits/rules/costly-actions.js';
import { waitForAllowance } from '../limits/take-allowance.js';
import { OPTION_KEYS, type Difficulty } from '../shared/types.js';
import { BATCH_SIZE, batchDifficulties, neededDifficulty } from './rules/bank-shortage.js';
import { DIFFICULTY_PRIOR } from './rules/item-model.js';

/** What one batch came to, as recorded on the QUESTIONS_WRITTEN event and logged. */
export interface BatchOutcome {
  skillId: number;
  asked: Difficulty[];
  /** calls made to the AI: the write, and the blind check when a draft survived validation (at most 2) */
  calls: number;
  written: number;
  invalid: number;
  duplicate: number;
  /** drafts whose key the blind answerer did not reproduce */
  disagreed: number;
  added: number;
  failure?: string;
}

const normalStem = (stem: string) => stem.trim().replace(/\s+/g, ' ').toLowerCase();
const stemHash = (stem: string) => createHash('sha256').update(normalStem(stem)).digest('hex').slice(0, 10);

/** The bank key of an AI-written question: its skill and a short hash of its stem, so the same stem is stored once. */
export const aiQuestionKey = (skillKey: string, stem: string) => `ai-${skillKey}-${stemHash(stem)}`;

const eventSkill = (data: string): number | null => {
  try {
    const parsed = JSON.parse(data) as { skillId?: unknown };
    return typeof parsed.skillId === 'number' ? parsed.skillId : null;
  } catch {
    return null;
  }
};

/**
 * The skills that had their batch in this sitting (each batch is recorded on it before any call), so
 * none gets a second. Read only when a skill runs short; the person's own events, by index.
 */
export async function skillsWrittenFor(deps: CoreDeps, session: { id: number; employeeId: number }): Promise<Set<number>> {
  const events = await deps.db.learningEvent.findMany({
    where: { employeeId: session.employeeId, sessionId: session.id, type: LearningEventType.QUESTIONS_WRITTEN },
    select: { data: true },
  });
  return new Set(events.flatMap((event) => eventSkill(event.data) ?? []));
}

/**
 * Adds AI-written questions to the bank for one skill a sitting runs short of: ONE call writes a batch
 * at difficulties around the need, every draft is validated (invalid and duplicate ones dropped, never
 * repaired), ONE more call answers the valid ones blind (without their keys), and only those whose key
 * the blind answer reproduces are stored: ACTIVE, source AI, their difficulty the prior of the label
 * they were asked for. The batch is recorded on the sitting first, so the skill gets no second one
 * there. A failure, timeout or bad reply is logged and adds nothing: the bank serves what it has.
 * Returns what came of the batch (null without an AI).
 */
export async function writeQuestions(
  deps: CoreDeps,
  input: { employeeId: number; sessionId: number; skillId: number; targetLevel: number | null; mean: number; size?: number },
): Promise<BatchOutcome | null> {
  const ai = deps.aiQuestions;
  if (!ai) return null;
  const [skill, existing] = await Promise.all([
    deps.db.skill.findUniqueOrThrow({ where: { id: input.skillId }, select: { id: true, key: true, name: true } }),
    deps.db.bankQuestion.findMany({ where: { skillId: input.skillId }, select: { key: true, stem: true }, orderBy: { id: 'asc' } }),
  ]);
  const asked = batchDifficulties(neededDifficulty(input.mean), input.size ?? BATCH_SIZE);
  const outcome: BatchOutcome = { skillId: skill.id, asked, calls: 0, written: 0, invalid: 0, duplicate: 0, disagreed: 0, added: 0 };
  // A person (or the deployment) past the AI's allowance gets no batch now, and the skill is not marked as
  // written: a later question of the sitting may ask again once the window has passed.
  if ((await waitForAllowance(deps, 'aiQuestions', { employeeId: input.employeeId, workspace: AI_WORKSPACE })) !== null) {
    deps.logger.info({ skill: skill.key, sessionId: input.sessionId, employeeId: input.employeeId }, 'AI question batch limited; the bank serves what it has');
    return { ...outcome, failure: 'limited' };
  }
  const claim = await recordEvent(deps.db, {
    employeeId: input.employeeId,
    type: LearningEventType.QUESTIONS_WRITTEN,
    sessionId: input.sessionId,
    data: { ...outcome },
    at: deps.now(),
  });
  const log = deps.logger;
  const context = { skill: skill.key, sessionId: input.sessionId, writer: ai.writer.name };

  try {
    outcome.calls += 1;
    let drafts: DraftQuestion[];
    try {
      drafts = await ai.writer.write({
        skill: { skillId: skill.id, key: skill.key, name: skill.name, targetLevel: input.targetLevel },
        difficulties: asked,
        avoidStems: existing.map((row) => row.stem),
      });
    } catch (error) {
      outcome.failure = `write: ${reasonOf(error)}`;
      log.warn({ ...context, err: reasonOf(error) }, 'AI question batch failed; the bank serves what it has');
      return outcome;
    }
    outcome.written = drafts.length;

    // Validate: the shared question rule, a stem not in the bank yet, a difficulty asked for and no more of it than asked.
    const wanted = asked.reduce((count, label) => count.set(label, (count.get(label) ?? 0) + 1), new Map<Difficulty, number>());
    const stems = new Set(existing.map((row) => normalStem(row.stem)));
    const keys = new Set(existing.map((row) => row.key));
    const valid: DraftQuestion[] = [];
    for (const draft of drafts) {
      if (questionProblem(draft, new Set([skill.id])) !== null) {
        outcome.invalid += 1;
        continue;
      }
      if (stems.has(normalStem(draft.stem)) || keys.has(aiQuestionKey(skill.key, draft.stem))) {
        outcome.duplicate += 1;
        continue;
      }
      if (!wanted.get(draft.difficulty)) {
        outcome.invalid += 1;
        continue;
      }
      stems.add(normalStem(draft.stem));
      wanted.set(draft.difficulty, wanted.get(draft.difficulty)! - 1);
      valid.push(tidy(draft));
    }
    if (outcome.invalid + outcome.duplicate > 0) log.warn({ ...context, invalid: outcome.invalid, duplicate: outcome.duplicate }, 'AI questions dropped before the blind check');
    if (valid.length === 0) return outcome;

    // The blind check: a separate call answers the questions without their keys (positions spread, so the key's place tells nothing).
    const spread = spreadCorrectOptions(valid, `${skill.key}:${input.sessionId}`);
    outcome.calls += 1;
    let answers: (string | null)[];
    try {
      answers = await ai.answerer.answer(spread.map((draft) => ({ stem: draft.stem, options: draft.options })));
    } catch (error) {
      outcome.failure = `blind check: ${reasonOf(error)}`;
      log.warn({ ...context, err: reasonOf(error), unchecked: spread.length }, 'AI blind check failed; the unchecked questions are not stored');
      return outcome;
    }
    const agreed = spread.filter((draft, index) => answers[index] === draft.correctOption);
    outcome.disagreed = spread.length - agreed.length;
    if (outcome.disagreed > 0) log.warn({ ...context, disagreed: outcome.disagreed, checked: spread.length }, 'AI questions dropped: the blind answer did not reproduce their key');

    for (const draft of agreed) {
      try {
        await deps.db.bankQuestion.create({
          data: {
            key: aiQuestionKey(skill.key, draft.stem),
            skillId: skill.id,
            difficulty: draft.difficulty,
            stem: draft.stem,
            optionA: draft.options.A,
            optionB: draft.options.B,
            optionC: draft.options.C,
            optionD: draft.options.D,
            correctOption: draft.correctOption,
            explanation: draft.explanation,
            source: 'AI',
            difficultyLogit: DIFFICULTY_PRIOR[draft.difficulty],
            status: 'ACTIVE',
          },
        });
        outcome.added += 1;
      } catch (error) {
        // The same stem stored meanwhile (another sitting's batch): it is in the bank either way.
        if (!isUniqueViolation(error)) throw error;
        outcome.duplicate += 1;
      }
    }
    log.info({ ...context, added: outcome.added, asked: asked.length, calls: outcome.calls }, 'AI questions added to the bank');
    return outcome;
  } finally {
    await deps.db.learningEvent.update({ where: { id: claim.id }, data: { data: JSON.stringify(outcome) } });
  }
}

/** Trimmed text, as the bank keeps it. */
function tidy(draft: DraftQuestion): DraftQuestion {
  const options = Object.fromEntries(OPTION_KEYS.map((key) => [key, draft.options[key].trim()])) as DraftQuestion['options'];
  return { ...draft, stem: draft.stem.trim(), options, explanation: typeof draft.explanation === 'string' ? draft.explanation.trim() : '' };
}

const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 300);
