/**
 * Errors of the workflow core. `code` is stable (clients and tests rely on it), `message` is fit to
 * show to the person, `kind` tells adapters which family it belongs to (an HTTP adapter maps it to
 * a status). Internal details never go into `message`.
 */
export type ErrorKind = 'not_found' | 'invalid' | 'conflict' | 'forbidden' | 'unavailable' | 'limited';

export const errorCatalogue = {
  EMPLOYEE_NOT_FOUND: { kind: 'not_found', message: 'We could not find that employee.' },
  NO_ROLE: { kind: 'conflict', message: 'No role is assigned to you yet, so there are no expected skills to compare with. Ask your manager or L&D admin to set your role.' },
  NOTHING_TO_ASSESS: { kind: 'conflict', message: 'There are no skills to assess: your role expects none and you have not listed any.' },
  NO_OPEN_ASSESSMENT: { kind: 'conflict', message: 'You have no assessment in progress. Start one first.' },
  QUESTIONS_NOT_READY: { kind: 'conflict', message: 'The questions of your assessment are not ready yet. Try again in a moment.' },
  QUESTION_NOT_FOUND: { kind: 'not_found', message: 'That question does not exist.' },
  QUESTION_NOT_IN_SESSION: { kind: 'forbidden', message: 'That question does not belong to your current assessment.' },
  ASSESSMENT_CLOSED: { kind: 'conflict', message: 'That assessment is already closed, so answers can no longer be changed.' },
  ASSESSMENT_ALREADY_SUBMITTED: { kind: 'conflict', message: 'This assessment has already been submitted and scored.' },
  INVALID_OPTION: { kind: 'invalid', message: 'Please choose one of the options A, B, C or D, or "I don\'t know".' },
  INVALID_INPUT: { kind: 'invalid', message: 'Some of the values sent are not valid.' },
  NO_COMPLETED_ASSESSMENT: { kind: 'conflict', message: 'Complete an assessment first: the learning path is built from its results.' },
  NO_LEARNING_PATH: { kind: 'conflict', message: 'You have no learning path yet. Generate one after your assessment.' },
  CONTENT_NOT_FOUND: { kind: 'not_found', message: 'That learning item does not exist.' },
  NOT_A_MANAGER: { kind: 'forbidden', message: 'Only managers get a team digest, and nobody reports to you in Skillcheck.' },
  PERSON_NOT_VISIBLE: { kind: 'forbidden', message: 'You can see your own skills and those of the people who report directly to you, nobody else.' },
  CONTENT_NOT_IN_PATH: { kind: 'conflict', message: 'That learning item is not part of your current learning path.' },
  CHECK_IN_NOT_FOUND: { kind: 'not_found', message: 'That check-in question does not exist.' },
  CHECK_IN_NOT_YOURS: { kind: 'forbidden', message: 'That check-in question was sent to someone else.' },
  NOTHING_TO_REVIEW: { kind: 'conflict', message: 'There are no answers to review yet: they are shown with the right ones once an assessment is scored.' },
  ASSESSMENT_NOT_FOUND: { kind: 'not_found', message: 'We could not find that assessment among yours.' },
  ASSESSMENT_NOT_SCORED: { kind: 'conflict', message: 'Answers can be reviewed once their assessment is scored: the right answers stay hidden until then.' },
  QUESTION_NOT_ANSWERED: { kind: 'conflict', message: 'A question can be reported once you have answered it (in an assessment, once that is scored).' },
  QUESTION_NOT_YOURS: { kind: 'forbidden', message: 'That question was not asked to you, so you cannot report it.' },
  QUESTION_NOT_IN_BANK: { kind: 'conflict', message: 'That question is no longer in the question bank, so there is nothing to withhold.' },
  QUESTION_INVALID: { kind: 'invalid', message: 'That question would not be valid.' },
  SKILL_NOT_FOUND: { kind: 'not_found', message: 'We could not find that skill.' },
  NOT_YOUR_REPORT: { kind: 'forbidden', message: 'You can nudge only your own direct reports.' },
  NOTHING_TO_NUDGE: { kind: 'conflict', message: 'That person has finished everything on their learning path, so there is nothing to nudge them about.' },
  REPORT_UNREACHABLE: { kind: 'conflict', message: 'That person has not talked to Skillcheck in chat yet, so it cannot write to them.' },
  NUDGE_NOT_SENT: { kind: 'unavailable', message: 'The nudge could not be sent just now. Please try again in a while.' },
  REPORT_PAUSED: { kind: 'conflict', message: 'That person has paused their Skillcheck messages for now, so no nudge was sent.' },
  PAUSE_DATE_INVALID: { kind: 'invalid', message: 'That is not a date I can read. Write it like 2027-01-15 or 15 January 2027.' },
  PAUSE_DATE_PAST: { kind: 'invalid', message: 'A pause ends on a day after today.' },
  PAUSE_DATE_TOO_FAR: { kind: 'invalid', message: 'A pause lasts at most a year. To stop reminders or check-ins for good, switch them off.' },
  QUESTION_RETIRED: { kind: 'conflict', message: 'That question is retired: it is never asked again, so it cannot be approved or edited.' },
  SIGN_IN_LINK_UNKNOWN: { kind: 'not_found', message: 'This sign-in link is not valid. Ask Skillcheck in chat for a new one.' },
  SIGN_IN_LINK_USED: { kind: 'conflict', message: 'This sign-in link was already used: each link works once. Ask Skillcheck in chat for a new one.' },
  SIGN_IN_LINK_EXPIRED: { kind: 'conflict', message: 'This sign-in link has expired. Ask Skillcheck in chat for a new one.' },
  ROLE_NOT_FOUND: { kind: 'not_found', message: 'We could not find that role.' },
  ROLE_SKILL_ALREADY_EXPECTED: { kind: 'conflict', message: 'The role already expects that skill: change its target level instead.' },
  ROLE_SKILL_NOT_EXPECTED: { kind: 'not_found', message: 'The role does not expect that skill.' },
  ROLE_NEEDS_A_SKILL: { kind: 'conflict', message: 'A role expects at least one skill: add another before removing this one.' },
  TARGET_LEVEL_INVALID: { kind: 'invalid', message: 'A target level is a whole number from 1 (aware) to 5 (expert).' },
  SIGN_IN_FAILED: { kind: 'forbidden', message: 'No active account found with the given credentials' },
  SIGN_IN_LIMITED: { kind: 'unavailable', message: 'Too many sign-in attempts. Please wait a while before trying again.' },
  TOKEN_NOT_VALID: { kind: 'forbidden', message: 'Token is invalid or expired' },
  ACCOUNTS_ADMIN_ONLY: { kind: 'forbidden', message: 'Only an admin can create or disable web accounts.' },
  USERNAME_INVALID: { kind: 'invalid', message: 'That username cannot be used.' },
  PASSWORD_TOO_WEAK: { kind: 'invalid', message: 'That password is too easy to guess.' },
  USERNAME_TAKEN: { kind: 'conflict', message: 'An account with that username already exists.' },
  EMAIL_TAKEN: { kind: 'conflict', message: 'An account with that e-mail address already exists.' },
  ACCOUNT_NEEDS_EMPLOYEE: { kind: 'invalid', message: 'An EMPLOYEE account belongs to one employee: say which one.' },
  EMPLOYEE_HAS_ACCOUNT: { kind: 'conflict', message: 'That employee already has an EMPLOYEE account.' },
  ACCOUNT_NOT_FOUND: { kind: 'not_found', message: 'We could not find that web account.' },
  CONSOLE_SESSION_NOT_FOUND: { kind: 'not_found', message: 'That signed-in browser is not one of yours, or it is already signed out.' },
  RATE_LIMITED: { kind: 'limited', message: 'That was asked for too often in a short time. Please wait a little and try again.' },
} as const satisfies Record<string, { kind: ErrorKind; message: string }>;

export type ErrorCode = keyof typeof errorCatalogue;

export class SkillcheckError extends Error {
  override name = 'SkillcheckError';
  readonly kind: ErrorKind;

  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message ?? errorCatalogue[code].message);
    this.kind = errorCatalogue[code].kind;
  }
}

export const isSkillcheckError = (error: unknown): error is SkillcheckError => error instanceof SkillcheckError;
