import { seededRandom } from '../../src/core/assessment/rules/seeded-random.js';
import { cutFor } from '../../src/core/measurement/rules/levels.js';
import { knows } from '../../src/core/measurement/rules/item-model.js';
import { OPTION_KEYS, type OptionKey } from '../../src/core/shared/types.js';

/**
 * Simulated learners with known abilities (the model of the measurement note): per expected skill a
 * true ability drawn from N(0, 1) on the logit scale, and a self-rated level that correlates about
 * 0.5 with it. A question of true difficulty b is known with probability 1 / (1 + e^(-1.7 (ability - b)));
 * a learner who does not know it guesses among the four options, or says "I don't know" when the
 * design offers that. Every draw is seeded, so a run repeats; the same learner meets the same question
 * with the same luck in every design (common random numbers make the designs comparable).
 */
export interface RoleSpec {
  key: string;
  skills: readonly { skill: string; category: 'CORE' | 'NICE_TO_HAVE'; targetLevel: number }[];
}

export interface LearnerSkill {
  skill: string;
  targetLevel: number;
  ability: number;
  selfRating: number;
  /** the truth the verdicts are judged against: ability below the target's cut */
  trueGap: boolean;
}

export interface Learner {
  index: number;
  employeeNumber: string;
  role: string;
  skills: LearnerSkill[];
}

/** A standard normal draw (Box-Muller) from a uniform source. */
export function normal(random: () => number): number {
  const u = Math.max(random(), Number.MIN_VALUE);
  const v = random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** The self-rated level: clamp(round(3 + 0.5 ability + sqrt(0.75) noise), 1, 5), so it correlates about 0.5 with ability. */
export const selfRatingFor = (ability: number, noise: number): number => clamp(Math.round(3 + 0.5 * ability + Math.sqrt(0.75) * noise), 1, 5);

/** `count` learners, on the roles in turn, with abilities and self-ratings for every expected skill. */
export function makeLearners(count: number, roles: readonly RoleSpec[], seed: string): Learner[] {
  return Array.from({ length: count }, (_, index) => {
    const role = roles[index % roles.length]!;
    const random = seededRandom(`${seed}:learner:${index}`);
    return {
      index,
      employeeNumber: `SIM${String(index + 1).padStart(4, '0')}`,
      role: role.key,
      skills: role.skills.map((entry) => {
        const ability = normal(random);
        const selfRating = selfRatingFor(ability, normal(random));
        return { skill: entry.skill, targetLevel: entry.targetLevel, ability, selfRating, trueGap: ability < cutFor(entry.targetLevel) };
      }),
    };
  });
}

/** What a learner does with one question: knows it, or not (and then guesses or says "I don't know"). */
export interface AnswerModel {
  /** the answer value to send: a shown letter, or 'DONT_KNOW' */
  answer(learner: Learner, skill: string, question: { bankKey: string; correctShown: OptionKey }): string;
}

/** The true difficulties of the bank's questions, by key: their difficulty before any answer calibrated them. */
export type TrueDifficulties = ReadonlyMap<string, number>;

/**
 * The learner's answer to a question, given its true difficulty. The draws depend on the learner, the
 * question only, not on the design, so every design meets the same luck.
 */
export function answerModel(options: { seed: string; dontKnow: boolean; difficulties: TrueDifficulties }): AnswerModel {
  return {
    answer(learner, skill, question) {
      const truth = learner.skills.find((entry) => entry.skill === skill);
      const difficulty = options.difficulties.get(question.bankKey);
      if (!truth || difficulty === undefined) throw new Error(`the bench does not know ${learner.employeeNumber}'s ${skill} or question ${question.bankKey}`);
      const random = seededRandom(`${options.seed}:answer:${learner.index}:${question.bankKey}`);
      const known = random() < knows(truth.ability, difficulty);
      if (known) return question.correctShown;
      if (options.dontKnow) return 'DONT_KNOW';
      if (random() < 0.25) return question.correctShown;
      const wrong = OPTION_KEYS.filter((key) => key !== question.correctShown);
      return wrong[Math.floor(random() * wrong.length)]!;
    },
  };
}
