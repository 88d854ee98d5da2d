import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { shownLetter, shownOptions } from '../measurement/items.js';
import { levelRange } from '../measurement/rules/levels.js';
import { answersToDecide, verdictFor } from '../measurement/rules/verdict.js';
import { assertId, requireEmployee } from '../shared/employees.js';
import { OPTION_KEYS, type OptionKey } from '../shared/types.js';
import { checkInSkills, checkInTieBreak, expectedSkills, loadCheckInPerson } from './check-in-people.js';
import { chooseCheckIn, storedVerdict } from './rules/choose-check-in.js';
import { whyNoNext } from './rules/who-gets-check-ins.js';
import type { CheckInEnd, CheckInView } from './views.js';

const checkInSelect = {
  id: true,
  employeeId: true,
  skillId: true,
  bankQuestionId: true,
  periodKey: true,
  position: true,
  optionOrder: true,
  answeredAt: true,
  selectedOption: true,
  dontKnow: true,
  isCorrect: true,
  skill: { select: { name: true } },
  question: { select: { difficulty: true, difficultyLogit: true, stem: true, optionA: true, optionB: true, optionC: true, optionD: true, correctOption: true, explanation: true } },
} as const;

/** A check-in of this person, or CHECK_IN_NOT_FOUND / CHECK_IN_NOT_YOURS. */
export async function requireCheckIn(deps: CoreDeps, employeeId: number, checkInId: number) {
  assertId(employeeId, 'employee id');
  assertId(checkInId, 'check-in id');
  const row = await deps.db.checkIn.findUnique({ where: { id: checkInId }, select: checkInSelect });
  if (!row || row.employeeId !== employeeId) {
    await requireEmployee(deps.db, employeeId);
    throw new SkillcheckError(row ? 'CHECK_IN_NOT_YOURS' : 'CHECK_IN_NOT_FOUND');
  }
  return row;
}

export type LoadedCheckIn = Awaited<ReturnType<typeof requireCheckIn>>;

/**
 * What a check-in shows now: the question (options in its shown order); once answered, whether it was
 * right, the right answer and its explanation, the skill's verdict, and whether a next question may
 * follow today (or why not).
 */
export async function checkInView(
  deps: CoreDeps,
  checkIn: LoadedCheckIn,
  options: { defaultTimezone: string; recorded?: boolean; gapClosed?: boolean },
): Promise<CheckInView> {
  const shown = shownOptions(checkIn.question, checkIn.optionOrder);
  const perDay = deps.settings.checkInQuestionsPerDay;
  const base = {
    checkInId: checkIn.id,
    employeeId: checkIn.employeeId,
    periodKey: checkIn.periodKey,
    position: checkIn.position,
    perDay,
    skill: { id: checkIn.skillId, name: checkIn.skill.name },
    difficulty: checkIn.question.difficulty,
    stem: checkIn.question.stem,
    options: OPTION_KEYS.map((key) => ({ key, text: shown[key] })),
  };
  if (!checkIn.answeredAt) return { ...base, answer: null, next: null, ended: null };

  const [standing, following] = await Promise.all([skillStanding(deps, checkIn), nextStep(deps, checkIn, options.defaultTimezone)]);
  return {
    ...base,
    answer: {
      recorded: options.recorded ?? false,
      selectedOption: (checkIn.selectedOption as OptionKey | null) ?? null,
      dontKnow: checkIn.dontKnow,
      isCorrect: checkIn.isCorrect ?? false,
      correctOption: shownLetter(checkIn.optionOrder, checkIn.question.correctOption),
      explanation: checkIn.question.explanation,
      gapClosed: options.gapClosed ?? false,
      standing,
    },
    ...following,
  };
}

/** The skill's verdict from its stored estimate, against the role's target. */
async function skillStanding(deps: CoreDeps, checkIn: LoadedCheckIn) {
  const [expected, estimate] = await Promise.all([
    expectedSkills(deps.db, checkIn.employeeId),
    deps.db.skillEstimate.findUnique({ where: { employeeId_skillId: { employeeId: checkIn.employeeId, skillId: checkIn.skillId } } }),
  ]);
  const targetLevel = expected.find((skill) => skill.skillId === checkIn.skillId)?.targetLevel;
  if (targetLevel === undefined || !estimate) return null;
  const certainty = deps.settings.skillCertainty;
  const verdict = storedVerdict({ estimate, answers: estimate.answers, targetLevel }, certainty);
  return {
    targetLevel,
    verdict,
    certainty: verdictFor(estimate, targetLevel, certainty).certainty,
    level: levelRange(estimate),
    moreQuestions: verdict === 'NOT_SURE' ? answersToDecide(estimate, targetLevel, certainty) : null,
  };
}

/** Whether a next question may follow an answered check-in today, or why not. */
async function nextStep(deps: CoreDeps, checkIn: LoadedCheckIn, defaultTimezone: string): Promise<{ next: CheckInView['next']; ended: CheckInEnd | null }> {
  const now = deps.now();
  const perDay = deps.settings.checkInQuestionsPerDay;
  const person = await loadCheckInPerson(deps.db, checkIn.employeeId, defaultTimezone, now);
  const end = whyNoNext(checkIn, { today: person.today, perDay }, person, now);
  if (end) return { next: null, ended: end };
  const next = { position: checkIn.position + 1, perDay };
  const asked = await deps.db.checkIn.findUnique({
    where: { employeeId_periodKey_position: { employeeId: checkIn.employeeId, periodKey: checkIn.periodKey, position: next.position } },
    select: { id: true },
  });
  if (asked) return { next, ended: null };
  const choice = chooseCheckIn(await checkInSkills(deps.db, checkIn.employeeId), { today: person.today, timeZone: person.timeZone }, deps.settings.skillCertainty, checkInTieBreak(checkIn.employeeId));
  return choice ? { next, ended: null } : { next: null, ended: 'nothingDue' };
}
