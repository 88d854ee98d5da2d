import type { Db } from './ports/database.js';
import type { Logger } from './ports/logger.js';
import type { ProfileSummaryWriter } from './ports/profile-summary-writer.js';
import type { QuestionGenerator } from './ports/question-generator.js';

export interface CoreSettings {
  /** questions per assessed skill (QUESTIONS_PER_SKILL, default 3) */
  questionsPerSkill: number;
  /** an expected skill scoring under this is a gap (GAP_THRESHOLD, default 70) */
  gapThreshold: number;
  /** learning items per gap (MAX_ITEMS_PER_GAP, default 3) */
  maxItemsPerGap: number;
}

/** Everything a use case needs, passed in by the composition root (src/app/). */
export interface CoreDeps {
  db: Db;
  settings: CoreSettings;
  /** the offline question bank: always there, the fallback of every assessment */
  questionBank: QuestionGenerator;
  /** the AI question writer, when one is configured */
  aiQuestions?: QuestionGenerator;
  /** the AI profile-summary writer, when one is configured */
  summaryWriter?: ProfileSummaryWriter;
  logger: Logger;
  now: () => Date;
}
