/**
 * What a learner read (dashboard, progress bar, learning path) is computed from, for the read stamps that
 * tell a cached read from a stale one. Database triggers, created by the migrations from these lists
 * (tools/db/read-stamp-triggers.ts), raise a version on every write, in the writing transaction, whichever
 * process or code path writes:
 * - Employee.readVersion: a write to the person's own rows (any table below, or their Employee row);
 * - CatalogueStamp.version: a write to what every learner's reads share.
 * A read's stamp is the person's version, their manager's (the profile names the manager) and the catalogue's.
 */

export interface PersonTable {
  name: string;
  /** how a row names its person: a column of its own, or its assessment session's or learning path's */
  through: 'employeeId' | 'session' | 'path';
}

export const PERSON_TABLES: readonly PersonTable[] = [
  { name: 'EmployeeSkill', through: 'employeeId' },
  { name: 'AssessmentSession', through: 'employeeId' },
  { name: 'AssessmentSessionSkill', through: 'session' },
  { name: 'AssessmentQuestion', through: 'session' },
  { name: 'AssessmentAnswer', through: 'session' },
  { name: 'AssessmentResult', through: 'employeeId' },
  { name: 'SkillEstimate', through: 'employeeId' },
  { name: 'ItemResponse', through: 'employeeId' },
  { name: 'CheckIn', through: 'employeeId' },
  { name: 'QuestionReport', through: 'employeeId' },
  { name: 'LearningPath', through: 'employeeId' },
  { name: 'LearningPathItem', through: 'path' },
  { name: 'LearningProgress', through: 'employeeId' },
  { name: 'LearningEvent', through: 'employeeId' },
];

export interface CatalogueTable {
  name: string;
  /** only writes to these columns count (none named: every write) */
  columns?: readonly string[];
}

export const CATALOGUE_TABLES: readonly CatalogueTable[] = [
  { name: 'Skill' },
  { name: 'SkillAlias' },
  { name: 'TSRSkillProfile' },
  { name: 'TSRSkill' },
  { name: 'LearningContent' },
  // Every answer recalibrates its question (difficultyLogit and the counts): those figures only move the
  // "about N more questions" forecasts, which are as of the person's last change or the bank's last edit.
  { name: 'BankQuestion', columns: ['key', 'skillId', 'difficulty', 'stem', 'optionA', 'optionB', 'optionC', 'optionD', 'correctOption', 'explanation', 'source', 'status'] },
];

/** Tables with a person's rows that no learner read shows: chat plumbing, deliveries and console sign-ins. */
export const UNSTAMPED_PERSON_TABLES: readonly string[] = ['ChatIdentity', 'ChatCard', 'Delivery', 'ConsoleSignIn', 'ConsoleSession', 'WebAccount'];
