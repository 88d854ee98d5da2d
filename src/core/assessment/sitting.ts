import type { CoreSettings } from '../context.js';
import type { Db, Tx } from '../ports/database.js';
import { difficultyOf, unseenItems } from '../measurement/items.js';
import { updateEstimate, type Estimate, type Response } from '../measurement/rules/estimate.js';
import type { Outcome } from '../measurement/rules/item-model.js';
import { skillStop, type SittingLimits, type SittingSkill } from '../measurement/rules/next-question.js';

export const outcomeOf = (answer: { dontKnow: boolean; isCorrect: boolean }): Outcome => (answer.dontKnow ? 'dontKnow' : answer.isCorrect ? 'right' : 'wrong');

export const sittingLimits = (settings: CoreSettings): SittingLimits => ({
  certainty: settings.skillCertainty,
  perSkill: settings.skillMaxQuestions,
  total: settings.assessmentMaxQuestions,
});

/**
 * A sitting as the measurement sees it: per skill, where it started (the prior), the answers so far
 * with their questions' current difficulties, and the estimate they give; and the question waiting
 * for an answer, if any.
 */
export async function loadSitting(db: Db | Tx, sessionId: number) {
  const [skills, questions] = await Promise.all([
    db.assessmentSessionSkill.findMany({
      where: { sessionId },
      orderBy: { position: 'asc' },
      select: { skillId: true, position: true, category: true, targetLevel: true, priorMean: true, priorSd: true, skill: { select: { name: true } } },
    }),
    db.assessmentQuestion.findMany({
      where: { sessionId },
      orderBy: { position: 'asc' },
      select: {
        id: true,
        skillId: true,
        position: true,
        difficulty: true,
        bankKey: true,
        bankOptions: true,
        correctOption: true,
        answer: { select: { selectedOption: true, dontKnow: true, isCorrect: true } },
      },
    }),
  ]);
  const keys = [...new Set(questions.flatMap((question) => (question.bankKey ? [question.bankKey] : [])))];
  const bank = keys.length
    ? await db.bankQuestion.findMany({ where: { key: { in: keys } }, select: { id: true, key: true, difficulty: true, difficultyLogit: true } })
    : [];
  const bankByKey = new Map(bank.map((row) => [row.key, row]));
  const enriched = questions.map((question) => {
    const item = question.bankKey ? bankByKey.get(question.bankKey) : undefined;
    return { ...question, bankQuestionId: item?.id ?? null, itemDifficulty: difficultyOf(item, question.difficulty) };
  });
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
        name: skill.skill.name,
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
