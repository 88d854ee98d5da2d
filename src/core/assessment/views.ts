import type { Difficulty, OptionKey, SkillCategory } from '../shared/types.js';

export type AssessmentStatus = 'STARTED' | 'IN_PROGRESS' | 'COMPLETED' | 'CANCELLED';

export interface AssessmentView {
  sessionId: number;
  employeeId: number;
  status: AssessmentStatus;
  attempt: number;
  /** true when start found a session already open and returned it */
  resumed: boolean;
  startedAt: string;
  questionsGeneratedAt: string | null;
  completedAt: string | null;
  skills: { skillId: number; name: string; category: SkillCategory | null }[];
  questionsPerSkill: number;
  totalQuestions: number;
  answeredCount: number;
}

/** A question as a person sees it: never the key. */
export interface QuestionView {
  sessionId: number;
  questionId: number;
  /** 1-based position and the total, for "Question 3 of 24" */
  number: number;
  total: number;
  skill: { id: number; name: string };
  difficulty: Difficulty;
  stem: string;
  options: { key: OptionKey; text: string }[];
  selectedOption: OptionKey | null;
}

export interface QuestionSetView {
  assessment: AssessmentView;
  questions: QuestionView[];
}

export interface AnswerOutcome {
  /** false when this question already had an answer: the first answer stands */
  recorded: boolean;
  questionId: number;
  sessionId: number;
  selectedOption: OptionKey;
  answeredCount: number;
  total: number;
  allAnswered: boolean;
  /** the first unanswered question, or null when every question has an answer */
  next: QuestionView | null;
}

export interface SkillResultView {
  skillId: number;
  name: string;
  category: SkillCategory | null;
  asked: number;
  correct: number;
  score: number;
  isGap: boolean;
}

export interface ResultsView {
  sessionId: number;
  employeeId: number;
  completedAt: string;
  threshold: number;
  /** all questions together, correct / asked x 100 */
  overallScore: number;
  skills: SkillResultView[];
  gaps: { skillId: number; name: string; category: SkillCategory; score: number; shortfall: number }[];
}
