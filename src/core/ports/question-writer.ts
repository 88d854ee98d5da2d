import type { Difficulty, OptionKey } from '../shared/types.js';

/** The skill a batch of questions is written for. */
export interface WriterSkill {
  skillId: number;
  key: string;
  name: string;
  /** the level (1-5) the person's role expects, or null for a skill outside the role */
  targetLevel: number | null;
}

/** One batch for one skill: a question for each difficulty asked for, none like the stems to avoid. */
export interface WriteRequest {
  skill: WriterSkill;
  /** one entry per question wanted, e.g. ['ADVANCED', 'ADVANCED', 'INTERMEDIATE'] */
  difficulties: Difficulty[];
  /** stems already in the bank for this skill: the new questions must differ from them */
  avoidStems: string[];
}

/** A question as a writer proposes it; the core validates it before anything is stored. */
export interface DraftQuestion {
  skillId: number;
  difficulty: Difficulty;
  stem: string;
  options: Record<OptionKey, string>;
  correctOption: OptionKey;
  explanation: string;
}

/** A question put to the blind answerer: its stem and options, never its key. */
export interface BlindQuestion {
  stem: string;
  options: Record<OptionKey, string>;
}

/**
 * Writes ONE batch of questions for ONE skill, in one call. It may return fewer questions than
 * asked, invalid ones, or throw; the core validates every draft and the bank serves what it has.
 */
export interface QuestionWriter {
  readonly name: string;
  write(request: WriteRequest): Promise<DraftQuestion[]>;
}

/**
 * Answers questions without their keys, in one call: per question, in the order given, the option it
 * thinks is right, or null when it gives none. A question whose key it does not reproduce is dropped.
 */
export interface BlindAnswerer {
  readonly name: string;
  answer(questions: BlindQuestion[]): Promise<(OptionKey | null)[]>;
}
