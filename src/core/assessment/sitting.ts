import type { CoreSettings } from '../context.js';
import type { Db, Tx } from '../ports/database.js';
import type { Difficulty, SkillCategory } from '../shared/types.js';
import { difficultyOf, unseenItems, type BankItem } from '../measurement/items.js';
import { updateEstimate, type Estimate, type Response } from '../measurement/rules/estimate.js';
import type { Outcome } from '../measurement/rules/item-model.js';
import { skillStop, type SittingLimits, type SittingSkill } from '../measurement/rules/next-question.js';

export const outcomeOf = (answer: { dontKnow: boolean; isCorrect: boolean }): Outcome => (answer.dontKnow ? 'dontKnow' : answer.isCorrect ? 'right' : 'wrong');

export const sittingLimits = (settings: CoreSettings): SittingLimits => ({
  certainty: settings.skillCertainty,
  perSkill: settings.skillMaxQuestions,
  total: settings.assessmentMaxQuestions,
});

/** A skill of a sitting as stored, with its name. */
export interface SittingSkillRow {
  skillId: number;
  name: string;
  position: number;
  category: SkillCategory | null;
  targetLevel: number | null;
  priorMean: number;
  priorSd: number;
}

/** A question of a sitting as stored, with its answer. */
export interface SittingQuestionRow {
  id: number;
  skillId: number;
  position: number;
  difficulty: Difficulty;
  bankKey: string | null;
  bankOptions: string | null;
  correctOption: string;
  answer: { selectedOption: string | null; dontKnow: boolean; isCorrect: boolean } | null;
  /** the bank question it came from, as it is now */
  item: BankItem | null;
}

/**
 * The skills of a session in order, with their names, in one statement (Prisma reads a relation in a
 * second one: SQLite has no relation joins).
 */
export async function readSittingSkills(db: Db | Tx, sessionId: number): Promise<SittingSkillRow[]> {
  const rows = await db.$queryRaw<Array<Omit<SittingSkillRow, 'skillId' | 'position'> & { skillId: number | bigint; position: number | bigint }>>`
    SELECT k."skillId", k."position", k."category", k."targetLevel", k."priorMean", k."priorSd", s."name"
    FROM "AssessmentSessionSkill" k JOIN "Skill" s ON s."id" = k."skillId"
    WHERE k."sessionId" = ${sessionId}
    ORDER BY k."position"`;
  return rows.map((row) => ({
    skillId: Number(row.skillId),
    name: row.name,
    position: Number(row.position),
    category: row.category ?? null,
    targetLevel: row.targetLevel === null ? null : Number(row.targetLevel),
    priorMean: Number(row.priorMean),
    priorSd: Number(row.priorSd),
  }));
}

type RawQuestion = {
  id: number | bigint;
  skillId: number | bigint;
  position: number | bigint;
  difficulty: Difficulty;
  bankKey: string | null;
  bankOptions: string | null;
  correctOption: string;
  answerId: number | bigint | null;
  selectedOption: string | null;
  dontKnow: boolean | number | null;
  isCorrect: boolean | number | null;
  itemId: number | bigint | null;
  itemSkillId: number | bigint | null;
  itemStatus: string | null;
  itemDifficulty: Difficulty | null;
  itemLogit: number | null;
  itemAnswers: number | bigint | null;
  itemCorrect: string | null;
};

const questionOf = (row: RawQuestion): SittingQuestionRow => ({
  id: Number(row.id),
  skillId: Number(row.skillId),
  position: Number(row.position),
  difficulty: row.difficulty,
  bankKey: row.bankKey,
  bankOptions: row.bankOptions,
  correctOption: row.correctOption,
  // SQLite gives booleans as 0 and 1, PostgreSQL as booleans.
  answer: row.answerId === null ? null : { selectedOption: row.selectedOption, dontKnow: Boolean(row.dontKnow), isCorrect: Boolean(row.isCorrect) },
  item:
    row.itemId === null || row.bankKey === null
      ? null
      : {
          id: Number(row.itemId),
          key: row.bankKey,
          skillId: Number(row.itemSkillId),
          status: row.itemStatus!,
          difficulty: row.itemDifficulty!,
          difficultyLogit: Number(row.itemLogit),
          answerCount: Number(row.itemAnswers),
          correctOption: row.itemCorrect!,
        },
});

/** The questions of a session in order, with their answers and bank questions, in one statement. */
export async function readSittingQuestions(db: Db | Tx, sessionId: number): Promise<SittingQuestionRow[]> {
  const rows = await db.$queryRaw<RawQuestion[]>`
    SELECT q."id", q."skillId", q."position", q."difficulty", q."bankKey", q."bankOptions", q."correctOption",
      a."id" AS "answerId", a."selectedOption", a."dontKnow", a."isCorrect",
      b."id" AS "itemId", b."skillId" AS "itemSkillId", b."status" AS "itemStatus", b."difficulty" AS "itemDifficulty",
      b."difficultyLogit" AS "itemLogit", b."answerCount" AS "itemAnswers", b."correctOption" AS "itemCorrect"
    FROM "AssessmentQuestion" q
    LEFT JOIN "AssessmentAnswer" a ON a."questionId" = q."id"
    LEFT JOIN "BankQuestion" b ON b."key" = q."bankKey"
    WHERE q."sessionId" = ${sessionId}
    ORDER BY q."position"`;
  return rows.map(questionOf);
}

/** The session a question belongs to. */
export interface QuestionSession {
  id: number;
  employeeId: number;
  status: string;
  attempt: number;
  adaptive: boolean;
}

/**
 * From a question (one click): its session and every question of that session with its answer and bank
 * question, in one statement. Null when there is no such question.
 */
export async function readSittingOfQuestion(db: Db | Tx, questionId: number): Promise<{ session: QuestionSession; questions: SittingQuestionRow[] } | null> {
  const rows = await db.$queryRaw<Array<RawQuestion & { sessionId: number | bigint; employeeId: number | bigint; status: string; attempt: number | bigint; adaptive: boolean | number }>>`
    SELECT s."id" AS "sessionId", s."employeeId", s."status", s."attempt", s."adaptive",
      q."id", q."skillId", q."position", q."difficulty", q."bankKey", q."bankOptions", q."correctOption",
      a."id" AS "answerId", a."selectedOption", a."dontKnow", a."isCorrect",
      b."id" AS "itemId", b."skillId" AS "itemSkillId", b."status" AS "itemStatus", b."difficulty" AS "itemDifficulty",
      b."difficultyLogit" AS "itemLogit", b."answerCount" AS "itemAnswers", b."correctOption" AS "itemCorrect"
    FROM "AssessmentQuestion" c
    JOIN "AssessmentSession" s ON s."id" = c."sessionId"
    JOIN "AssessmentQuestion" q ON q."sessionId" = c."sessionId"
    LEFT JOIN "AssessmentAnswer" a ON a."questionId" = q."id"
    LEFT JOIN "BankQuestion" b ON b."key" = q."bankKey"
    WHERE c."id" = ${questionId}
    ORDER BY q."position"`;
  const first = rows[0];
  if (!first) return null;
  return {
    session: { id: Number(first.sessionId), employeeId: Number(first.employeeId), status: first.status, attempt: Number(first.attempt), adaptive: Boolean(first.adaptive) },
    questions: rows.map(questionOf),
  };
}

/** The bank questions (any status) of a session's skills, in id order: what an adaptive sitting chooses from. */
export async function readSittingBank(db: Db | Tx, sessionId: number): Promise<BankItem[]> {
  const rows = await db.$queryRaw<Array<Record<keyof BankItem, unknown>>>`
    SELECT b."id", b."key", b."skillId", b."status", b."difficulty", b."difficultyLogit", b."answerCount", b."correctOption"
    FROM "AssessmentSessionSkill" k JOIN "BankQuestion" b ON b."skillId" = k."skillId"
    WHERE k."sessionId" = ${sessionId}
    ORDER BY b."id"`;
  return rows.map((row) => ({
    id: Number(row.id),
    key: row.key as string,
    skillId: Number(row.skillId),
    status: row.status as string,
    difficulty: row.difficulty as Difficulty,
    difficultyLogit: Number(row.difficultyLogit),
    answerCount: Number(row.answerCount),
    correctOption: row.correctOption as string,
  }));
}

/**
 * A sitting as the measurement sees it: per skill, where it started (the prior), the answers so far
 * with their questions' current difficulties, and the estimate they give; and the question waiting
 * for an answer, if any.
 */
export async function loadSitting(db: Db | Tx, sessionId: number) {
  const [skills, questions] = await Promise.all([readSittingSkills(db, sessionId), readSittingQuestions(db, sessionId)]);
  return sittingOf(sessionId, skills, questions);
}

/** A sitting from its rows (see loadSitting). */
export function sittingOf(sessionId: number, skills: readonly SittingSkillRow[], questions: readonly SittingQuestionRow[]) {
  const enriched = questions.map((question) => ({ ...question, bankQuestionId: question.item?.id ?? null, itemDifficulty: difficultyOf(question.item, question.difficulty) }));
  return {
    sessionId,
    questions: enriched,
    pending: enriched.find((question) => !question.answer) ?? null,
    skills: skills.map((skill) => {
      const own = enriched.filter((question) => question.skillId === skill.skillId);
      const responses: Response[] = own.flatMap((question) =>
        question.answer ? [{ difficulty: question.itemDifficulty, outcome: outcomeOf(question.answer) }] : [],
      );
      const prior: Estimate = { mean: skill.priorMean, sd: skill.priorSd };
      return {
        skillId: skill.skillId,
        name: skill.name,
        position: skill.position,
        category: skill.category,
        targetLevel: skill.targetLevel,
        prior,
        asked: own.length,
        responses,
        estimate: updateEstimate(prior, responses),
      };
    }),
  };
}

export type Sitting = Awaited<ReturnType<typeof loadSitting>>;

/** The sitting's skills in the shape the adaptive rule reads, with their unseen questions. */
export function sittingSkills(sitting: Sitting, candidates: ReadonlyMap<number, readonly { id: number; difficulty: number }[]>): SittingSkill[] {
  return sitting.skills.map((skill) => ({
    skillId: skill.skillId,
    position: skill.position,
    targetLevel: skill.targetLevel,
    estimate: skill.estimate,
    asked: skill.asked,
    candidates: candidates.get(skill.skillId) ?? [],
  }));
}

/**
 * How far along a sitting is, in terms that stay true while its length is not fixed: questions
 * answered, the most it can still take (every skill not yet settled at its cap, within the sitting's
 * cap; it only ever shrinks), and skills settled.
 */
export function sittingProgress(skills: readonly SittingSkill[], limits: SittingLimits, adaptive: boolean, totalQuestions: number) {
  const asked = skills.reduce((sum, skill) => sum + skill.asked, 0);
  const settled = skills.filter((skill) => skillStop(skill, limits) !== null).length;
  if (!adaptive) return { asked, atMost: totalQuestions, exact: true, skillsSettled: settled, skills: skills.length };
  const more = skills.reduce((sum, skill) => sum + (skillStop(skill, limits) === null ? Math.min(limits.perSkill - skill.asked, skill.candidates.length) : 0), 0);
  return { asked, atMost: Math.max(asked, Math.min(limits.total, asked + more)), exact: false, skillsSettled: settled, skills: skills.length };
}

/** Progress of a set drawn at once: its length is fixed; a skill is settled when its questions are answered. */
export function fixedProgress(sitting: Sitting) {
  return {
    asked: sitting.questions.length,
    atMost: sitting.questions.length,
    exact: true,
    skillsSettled: sitting.skills.filter((skill) => skill.asked === skill.responses.length).length,
    skills: sitting.skills.length,
  };
}

/**
 * How far along an open sitting is, read without choosing or writing anything: what a status screen
 * shows while the assessment runs (the question card gets the same figures when its question is asked).
 */
export async function openSittingProgress(deps: { db: Db | Tx; settings: CoreSettings }, session: { id: number; employeeId: number; adaptive: boolean }) {
  const sitting = await loadSitting(deps.db, session.id);
  if (!session.adaptive) return fixedProgress(sitting);
  const candidates = await unseenItems(
    deps.db,
    session.employeeId,
    sitting.skills.map((skill) => skill.skillId),
  );
  return sittingProgress(sittingSkills(sitting, candidates), sittingLimits(deps.settings), true, sitting.questions.length);
}
