import { DIFFICULTIES, type Difficulty } from '../../shared/types.js';
import { DIFFICULTY_PRIOR } from './item-model.js';
import { nextQuestion, type SittingLimits, type SittingSkill } from './next-question.js';

/** An unseen question is near enough to the need when its difficulty is within this many logits of it. */
export const NEAR = 0.75;
/** Questions one batch asks the writer for. */
export const BATCH_SIZE = 4;

const PRIORS = DIFFICULTIES.map((label) => DIFFICULTY_PRIOR[label]);
const LOWEST = Math.min(...PRIORS);
const HIGHEST = Math.max(...PRIORS);

/**
 * The difficulty a skill needs next for a person: where their estimate is, kept within the range a
 * written question can start at (the labels' priors). A new ADVANCED question starts at +1 however
 * strong the person is, so for someone at +2 an unseen question near +1 is as good as a new one.
 */
export const neededDifficulty = (mean: number): number => Math.min(HIGHEST, Math.max(LOWEST, mean));

/** True when none of these unseen questions is near the difficulty this estimate needs (or there are none). */
export function isShort(candidates: readonly { difficulty: number }[], mean: number): boolean {
  const needed = neededDifficulty(mean);
  return !candidates.some((item) => Math.abs(item.difficulty - needed) <= NEAR);
}

/** The label whose prior is nearest a difficulty (the easier one on a tie). */
export function nearestLabel(logit: number): Difficulty {
  return [...DIFFICULTIES].sort((a, b) => Math.abs(DIFFICULTY_PRIOR[a] - logit) - Math.abs(DIFFICULTY_PRIOR[b] - logit))[0]!;
}

/**
 * The difficulties of one batch around a needed difficulty: one question at each neighbouring label
 * (the nearer neighbour first), the rest at the nearest label, nearest first. At +0.3:
 * INTERMEDIATE, INTERMEDIATE, ADVANCED, BEGINNER; at +1: ADVANCED x3, INTERMEDIATE.
 */
export function batchDifficulties(needed: number, size: number = BATCH_SIZE): Difficulty[] {
  if (size <= 0) return [];
  const nearest = nearestLabel(needed);
  const index = DIFFICULTIES.indexOf(nearest);
  const neighbours = [DIFFICULTIES[index - 1], DIFFICULTIES[index + 1]]
    .filter((label): label is Difficulty => label !== undefined)
    .sort((a, b) => Math.abs(DIFFICULTY_PRIOR[a] - needed) - Math.abs(DIFFICULTY_PRIOR[b] - needed))
    .slice(0, Math.max(0, size - 1));
  return [...Array.from({ length: size - neighbours.length }, () => nearest), ...neighbours];
}

/**
 * The skill to add questions to before the adaptive rule chooses: the one the rule would ask next if
 * every skill still had questions, when that skill is short of unseen questions near the person's
 * estimate. Null when the bank is fine there (the usual case), or when that skill is in `skip` (it had
 * its batch already: a skill in `skip` without questions stays out of the sitting, as it is).
 */
export function skillToTopUp(skills: readonly SittingSkill[], askedTotal: number, limits: SittingLimits, skip: ReadonlySet<number>): number | null {
  const stocked = skills.map((skill) =>
    skill.candidates.length === 0 && !skip.has(skill.skillId) ? { ...skill, candidates: [{ id: -1, difficulty: neededDifficulty(skill.estimate.mean) }] } : skill,
  );
  const step = nextQuestion(stocked, askedTotal, limits, () => 0);
  if (step.kind !== 'ask' || skip.has(step.skillId)) return null;
  const skill = skills.find((entry) => entry.skillId === step.skillId)!;
  return isShort(skill.candidates, skill.estimate.mean) ? skill.skillId : null;
}
