import type { Difficulty, OptionKey } from '../shared/types.js';

/** A skill to write questions for, as the assessment plan fixed it. */
export interface QuestionSkill {
  skillId: number;
  key: string;
  name: string;
  /** CORE / NICE_TO_HAVE when the role expects it, null for a claimed skill outside the role */
  category: 'CORE' | 'NICE_TO_HAVE' | null;
  targetLevel: number | null;
}

export interface QuestionRequest {
  sessionId: number;
  employeeId: number;
  attempt: number;
  questionsPerSkill: number;
  skills: QuestionSkill[];
  /** bank questions this employee already saw in earlier attempts: draw others while there are any */
  seenBankKeys: ReadonlySet<string>;
}

/** A question as a generator proposes it; the core validates it before it is stored. */
export interface DraftQuestion {
  skillId: number;
  difficulty: Difficulty;
  stem: string;
  options: Record<OptionKey, string>;
  correctOption: OptionKey;
  explanation: string;
  source: 'AI' | 'BANK';
  bankKey?: string;
}

/**
 * Writes the questions of one assessment in ONE call. Implementations: Gemini (src/ai/gemini)
 * and the offline question bank (src/ai/offline). A generator may return too few or invalid
 * questions, or throw; the core tops up from the bank so an assessment always starts.
 */
export interface QuestionGenerator {
  readonly name: string;
  generate(request: QuestionRequest): Promise<DraftQuestion[]>;
}
