import { expectedInformation, type Estimate } from './estimate.js';
import { information } from './item-model.js';
import { verdictFor } from './verdict.js';

export interface SittingLimits {
  /** a skill's verdict is decided at this certainty (SKILL_CERTAINTY) */
  certainty: number;
  /** at most this many questions a skill in one sitting (SKILL_MAX_QUESTIONS) */
  perSkill: number;
  /** at most this many questions in the whole sitting (ASSESSMENT_MAX_QUESTIONS) */
  total: number;
}

export interface SittingSkill {
  skillId: number;
  /** plan order: core first */
  position: number;
  /** null for a claimed skill the role does not expect */
  targetLevel: number | null;
  estimate: Estimate;
  asked: number;
  /** unseen, usable questions for this skill */
  candidates: readonly { id: number; difficulty: number }[];
}

export type NextStep =
  | { kind: 'ask'; skillId: number; itemId: number }
  | { kind: 'done'; reason: 'certain' | 'capped' | 'exhausted' };

/** Why a skill takes no more questions in this sitting, or null while it still does. */
export function skillStop(skill: SittingSkill, limits: SittingLimits): 'certain' | 'capped' | 'exhausted' | null {
  if (skill.candidates.length === 0) return 'exhausted';
  if (skill.asked >= limits.perSkill) return 'capped';
  // Every skill is asked at least once: no verdict rests on a self-rating alone.
  if (skill.asked === 0) return null;
  // A skill the role does not expect has no verdict to decide: one question gives its level a start.
  if (skill.targetLevel === null) return 'certain';
  return verdictFor(skill.estimate, skill.targetLevel, limits.certainty).verdict === 'NOT_SURE' ? null : 'certain';
}

/**
 * The adaptive rule. The next question goes to the expected skill whose verdict is least certain
 * (skills not asked yet first, so each gets at least one question; skills the role does not expect
 * last), and is the unseen question that tells most about that person there: the highest Fisher
 * information, averaged over their current estimate. `tieBreak` varies equally good questions
 * between people. The sitting ends when every skill is decided, capped or out of questions, or at
 * its total cap.
 */
export function nextQuestion(skills: readonly SittingSkill[], askedTotal: number, limits: SittingLimits, tieBreak: (itemId: number) => number): NextStep {
  const open = skills.filter((skill) => skillStop(skill, limits) === null);
  if (askedTotal >= limits.total) return { kind: 'done', reason: 'capped' };
  if (open.length === 0) {
    const stops = skills.map((skill) => skillStop(skill, limits));
    return { kind: 'done', reason: stops.includes('exhausted') ? 'exhausted' : stops.includes('capped') ? 'capped' : 'certain' };
  }
  const rank = (skill: SittingSkill) => [
    skill.targetLevel === null ? 1 : 0,
    skill.asked === 0 ? 0 : 1,
    skill.targetLevel === null ? 0 : verdictFor(skill.estimate, skill.targetLevel, limits.certainty).certainty,
    skill.position,
  ];
  const chosen = [...open].sort((a, b) => compareTuples(rank(a), rank(b)))[0]!;
  return { kind: 'ask', skillId: chosen.skillId, itemId: mostInformative(chosen.estimate, chosen.candidates, tieBreak)! };
}

/**
 * The unseen question that tells most about a person with this estimate: the highest Fisher
 * information, averaged over the estimate. Questions within 2% of the best are equally good, and
 * `tieBreak` picks among them. Null when there is no candidate.
 */
export function mostInformative(estimate: Estimate, candidates: readonly { id: number; difficulty: number }[], tieBreak: (itemId: number) => number): number | null {
  if (candidates.length === 0) return null;
  const scored = candidates.map((item) => ({
    item,
    value: expectedInformation(estimate, (theta) => information(theta, item.difficulty)),
    tie: tieBreak(item.id),
  }));
  const best = Math.max(...scored.map((entry) => entry.value));
  const near = scored.filter((entry) => entry.value >= best * 0.98).sort((a, b) => a.tie - b.tie);
  return near[0]!.item.id;
}

function compareTuples(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}
