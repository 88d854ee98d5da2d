import type { Db } from './ports/database.js';
import type { TokenLifetimes } from './accounts/rules/token-lifetimes.js';
import type { Allowances } from './limits/rules/costly-actions.js';
import type { ActionLimiter } from './ports/action-limiter.js';
import type { LoginLimiter } from './ports/login-limiter.js';
import type { Logger } from './ports/logger.js';
import type { PasswordHasher } from './ports/password-hasher.js';
import type { TokenIssuer } from './ports/token-issuer.js';
import type { ProfileSummaryWriter } from './ports/profile-summary-writer.js';
import type { BlindAnswerer, QuestionWriter } from './ports/question-writer.js';
import type { LearnerReadCache } from './reads/learner-read-cache.js';

export interface CoreSettings {
  /** questions per assessed skill (QUESTIONS_PER_SKILL, default 3) */
  questionsPerSkill: number;
  /** an expected skill scoring under this is a gap (GAP_THRESHOLD, default 70) */
  gapThreshold: number;
  /** learning items per gap (MAX_ITEMS_PER_GAP, default 3) */
  maxItemsPerGap: number;
  /** a skill's verdict is decided at this certainty (SKILL_CERTAINTY, default 0.9) */
  skillCertainty: number;
  /** at most this many questions a skill in one sitting (SKILL_MAX_QUESTIONS, default 4) */
  skillMaxQuestions: number;
  /** at most this many questions in one sitting (ASSESSMENT_MAX_QUESTIONS, default 20) */
  assessmentMaxQuestions: number;
  /** check-in questions a day after a sitting (CHECKIN_QUESTIONS_PER_DAY, default 3; 0 = none) */
  checkInQuestionsPerDay: number;
  /** the weekly time a learning path is fitted to (LEARNING_HOURS_PER_WEEK, default 3) */
  learningHoursPerWeek: number;
  /** what a manager sees of a report who made no choice (MANAGER_VIEW_DEFAULT; unset: LEVELS) */
  managerViewDefault?: 'LEVELS' | 'VERDICTS';
  /** the web console: admins by e-mail (ADMIN_EMAILS), sign-in link and session lifetimes */
  console: { adminEmails: readonly string[]; linkMinutes: number; sessionHours: number };
  /** how often a person and a workspace may take each costly action (default: DEFAULT_ALLOWANCES; LIMIT_* settings) */
  limits?: Allowances;
}

/** Everything a use case needs, passed in by the composition root (src/app/). */
export interface CoreDeps {
  db: Db;
  settings: CoreSettings;
  /**
   * The AI that adds questions to the bank when a skill runs short, when one is configured: a writer
   * of batches and a blind answerer that checks them. Without it the bank serves what it has.
   */
  aiQuestions?: { writer: QuestionWriter; answerer: BlindAnswerer };
  /** the AI profile-summary writer, when one is configured */
  summaryWriter?: ProfileSummaryWriter;
  logger: Logger;
  now: () => Date;
  /** learner reads kept while their read stamps stand (READ_CACHE_MB; none: every read computed) */
  readCache?: LearnerReadCache;
  /** web accounts: password hashing, tokens, their lifetimes and the sign-in limits (none: web accounts are off) */
  accounts?: AccountServices;
  /** counts costly actions against their allowances, shared by every process (none: unlimited, for tools and tests that pass none) */
  limiter?: ActionLimiter;
}

export interface AccountServices {
  passwords: PasswordHasher;
  tokens: TokenIssuer;
  lifetimes: TokenLifetimes;
  /** limits on failed sign-ins (none: unlimited, for tools that do not sign in) */
  limiter?: LoginLimiter;
}
