import type { ErrorCode } from '../../core/errors.js';
import { waitInWords } from '../../core/limits/rules/wait.js';
import type { CommandHint } from '../screens/words.js';

export interface ErrorReply {
  /** what the person reads (`details`: the error's, such as the seconds to wait) */
  say: (command: CommandHint, details?: Record<string, unknown>) => string;
  /** the pressed card is out of date: it becomes read-only with this reason */
  closesCard?: string;
  /** expected refusals are routine, logged at info; only the unexpected is a warning */
  log: 'info' | 'warn';
}

/**
 * What a person reads for each error of the core, the same on every platform. Every code is here
 * (the type says so), so a new one cannot reach a person as a raw message by accident.
 */
export const errorReplies: Record<ErrorCode, ErrorReply> = {
  EMPLOYEE_NOT_FOUND: { say: () => 'Your employee record is no longer in Skillcheck. Ask your L&D admin to check it.', log: 'warn' },
  NO_ROLE: { say: () => 'No role is assigned to you yet, so there are no expected skills to compare with. Ask your manager or L&D admin to set your role.', log: 'info' },
  NOTHING_TO_ASSESS: { say: () => 'There are no skills to assess: your role expects none and you have not listed any. Ask your L&D admin to check your role.', log: 'info' },
  NO_OPEN_ASSESSMENT: { say: (c) => `You have no assessment in progress. ${c('start')} begins one.`, closesCard: 'This assessment is closed.', log: 'info' },
  QUESTIONS_NOT_READY: { say: () => 'Your questions are still being written. Try again in a moment.', log: 'info' },
  QUESTION_NOT_FOUND: { say: () => 'This card is out of date.', closesCard: 'This card is out of date.', log: 'info' },
  QUESTION_NOT_IN_SESSION: { say: (c) => `This is not your assessment, so nothing was recorded. ${c('start')} starts your own.`, log: 'info' },
  ASSESSMENT_CLOSED: { say: () => 'That assessment is already closed, so it takes no more answers.', closesCard: 'This assessment is closed, so this card takes no more answers.', log: 'info' },
  ASSESSMENT_ALREADY_SUBMITTED: { say: (c) => `That assessment is already scored. ${c('status')} shows your results.`, closesCard: 'This assessment is already scored.', log: 'info' },
  INVALID_OPTION: { say: () => 'This card is out of date.', closesCard: 'This card is out of date.', log: 'info' },
  INVALID_INPUT: { say: () => 'This card is out of date.', closesCard: 'This card is out of date.', log: 'info' },
  NO_COMPLETED_ASSESSMENT: { say: (c) => `Your learning path is built from your results, and you have none yet. ${c('start')} begins your assessment.`, log: 'info' },
  NO_LEARNING_PATH: { say: (c) => `You have no learning path yet. ${c('status')} shows how to build one.`, closesCard: 'This learning path is no longer current.', log: 'info' },
  CONTENT_NOT_FOUND: { say: () => 'That learning item no longer exists.', closesCard: 'This learning path is out of date.', log: 'info' },
  NOT_A_MANAGER: { say: () => 'The team digest is for managers, and nobody reports to you in Skillcheck. If that is wrong, ask your L&D admin.', log: 'info' },
  PERSON_NOT_VISIBLE: { say: () => 'You can see your own skills and those of the people who report directly to you, nobody else.', log: 'info' },
  CONTENT_NOT_IN_PATH: { say: (c) => `That item is not in your current learning path. ${c('path')} shows the current one.`, closesCard: 'This learning path was replaced by a newer one.', log: 'info' },
  CHECK_IN_NOT_FOUND: { say: () => 'This check-in is out of date.', closesCard: 'This check-in is out of date.', log: 'info' },
  CHECK_IN_NOT_YOURS: { say: () => 'This check-in was sent to someone else, so nothing was recorded.', log: 'info' },
  NOTHING_TO_REVIEW: { say: (c) => `There are no answers to review yet: you see them with the right ones once an assessment is scored. ${c('start')} begins or continues yours.`, log: 'info' },
  ASSESSMENT_NOT_FOUND: { say: (c) => `I could not find that assessment among yours. ${c('review')} shows the answers of your latest one.`, closesCard: 'This card is out of date.', log: 'info' },
  ASSESSMENT_NOT_SCORED: { say: (c) => `That assessment is not scored, so its right answers stay hidden. ${c('review')} shows the answers of your latest scored one.`, closesCard: 'This card is out of date.', log: 'info' },
  QUESTION_NOT_ANSWERED: { say: () => 'You can report a question once you have answered it and its assessment is scored.', log: 'info' },
  QUESTION_NOT_YOURS: { say: () => 'That question was not asked to you, so nothing was reported.', log: 'info' },
  QUESTION_NOT_IN_BANK: { say: () => 'That question is no longer in the question bank, so there is nothing to withhold. Thank you all the same.', closesCard: 'This question is no longer asked.', log: 'info' },
  QUESTION_INVALID: { say: () => 'This card is out of date.', log: 'warn' },
  SKILL_NOT_FOUND: { say: () => 'This card is out of date.', log: 'warn' },
  NOT_YOUR_REPORT: { say: () => 'You can nudge only your own direct reports, so nothing was sent.', log: 'warn' },
  NOTHING_TO_NUDGE: { say: () => 'They have finished every item of their learning path, so there is nothing to nudge them about: a word of thanks may suit better.', log: 'info' },
  REPORT_UNREACHABLE: { say: () => 'They have not talked to Skillcheck in chat yet, so I cannot write to them. A word from you in person works too.', log: 'info' },
  NUDGE_NOT_SENT: { say: () => 'I could not send the nudge just now. Please try again in a while.', log: 'warn' },
  REPORT_PAUSED: { say: () => 'They have paused their Skillcheck messages for now, so I sent nothing. A word from you in person works too.', log: 'info' },
  PAUSE_DATE_INVALID: { say: (command) => `I could not read that date. Try ${command('pause until 2027-01-15')} or ${command('pause until 15 January')}.`, log: 'info' },
  PAUSE_DATE_PAST: { say: () => 'A pause ends on a day after today: nothing was changed.', log: 'info' },
  PAUSE_DATE_TOO_FAR: { say: (command) => `A pause lasts at most a year. ${command('reminders off')} and ${command('checkins off')} stop them for good.`, log: 'info' },
  QUESTION_RETIRED: { say: () => 'That question is retired: nobody is asked it any more.', log: 'info' },
  SIGN_IN_LINK_UNKNOWN: { say: (c) => `That sign-in link is not valid. ${c('web')} sends you a new one.`, log: 'info' },
  SIGN_IN_LINK_USED: { say: (c) => `That sign-in link was already used. ${c('web')} sends you a new one.`, log: 'info' },
  SIGN_IN_LINK_EXPIRED: { say: (c) => `That sign-in link has expired. ${c('web')} sends you a new one.`, log: 'info' },
  CONSOLE_SESSION_NOT_FOUND: { say: () => 'That browser is already signed out.', log: 'info' },
  RATE_LIMITED: {
    say: (_c, details) => {
      const seconds = typeof details?.retryAfterSeconds === 'number' ? details.retryAfterSeconds : 60;
      return `That is a lot of requests in a short time, so I am taking a breather: please try again in ${waitInWords(seconds)}. Nothing you did so far is lost.`;
    },
    log: 'info',
  },
  // Roles are edited in the console and over REST only; chat never asks for these.
  ROLE_NOT_FOUND: { say: () => 'This card is out of date.', log: 'warn' },
  ROLE_SKILL_ALREADY_EXPECTED: { say: () => 'The role already expects that skill.', log: 'warn' },
  ROLE_SKILL_NOT_EXPECTED: { say: () => 'The role does not expect that skill.', log: 'warn' },
  ROLE_NEEDS_A_SKILL: { say: () => 'A role expects at least one skill.', log: 'warn' },
  TARGET_LEVEL_INVALID: { say: () => 'A target level is a whole number from 1 to 5.', log: 'warn' },
  // Web accounts are used over /api/auth/ and the command line only; chat never asks for these.
  SIGN_IN_FAILED: { say: () => 'This card is out of date.', log: 'warn' },
  SIGN_IN_LIMITED: { say: () => 'This card is out of date.', log: 'warn' },
  TOKEN_NOT_VALID: { say: () => 'This card is out of date.', log: 'warn' },
  ACCOUNTS_ADMIN_ONLY: { say: () => 'This card is out of date.', log: 'warn' },
  USERNAME_INVALID: { say: () => 'This card is out of date.', log: 'warn' },
  PASSWORD_TOO_WEAK: { say: () => 'This card is out of date.', log: 'warn' },
  USERNAME_TAKEN: { say: () => 'This card is out of date.', log: 'warn' },
  EMAIL_TAKEN: { say: () => 'This card is out of date.', log: 'warn' },
  ACCOUNT_NEEDS_EMPLOYEE: { say: () => 'This card is out of date.', log: 'warn' },
  EMPLOYEE_HAS_ACCOUNT: { say: () => 'This card is out of date.', log: 'warn' },
  ACCOUNT_NOT_FOUND: { say: () => 'This card is out of date.', log: 'warn' },
};
