import { localDate } from '../../delivery/rules/schedule.js';
import type { Estimate } from '../../measurement/rules/estimate.js';
import { mostInformative } from '../../measurement/rules/next-question.js';
import { answersToDecide, verdictFor, type Verdict } from '../../measurement/rules/verdict.js';

/** One expected skill of a person as check-ins see it. */
export interface CheckInSkill {
  skillId: number;
  /** the role's order (core skills first), for ties */
  position: number;
  targetLevel: number;
  estimate: Estimate;
  /** answers the estimate rests on; none means it is only a self-rating */
  answers: number;
  /** when the skill's check-in card is due again; null when none is scheduled */
  due: Date | null;
  /** a current learning-path item of this skill is in progress or done */
  learningInProgress: boolean;
  /** unseen, usable questions of the skill */
  candidates: readonly { id: number; difficulty: number }[];
}

/** The verdict of a stored estimate; an estimate that rests on no answer is never decided. */
export function storedVerdict(skill: Pick<CheckInSkill, 'estimate' | 'answers' | 'targetLevel'>, certainty: number): Verdict {
  if (skill.answers === 0) return 'NOT_SURE';
  return verdictFor(skill.estimate, skill.targetLevel, certainty).verdict ?? 'NOT_SURE';
}

/**
 * Whether a skill takes check-ins at all: while its verdict is not decided, and while it is a gap that
 * the person is learning (so a check-in can show it closed). Completing content closes nothing by
 * itself; only answers move the estimate.
 */
export function takesCheckIns(skill: CheckInSkill, certainty: number): boolean {
  const verdict = storedVerdict(skill, certainty);
  return verdict === 'NOT_SURE' || (verdict === 'GAP' && skill.learningInProgress);
}

/**
 * Whether a skill is due for a check-in on the person's local day `today` (YYYY-MM-DD) in `timeZone`.
 * A due date counts for its whole local day, so FSRS's "in 3 days" is the third day, whatever the hour.
 * A gap whose learning began but that has no schedule (it was decided a gap before) is due at once.
 */
export function isDueOn(skill: CheckInSkill, today: string, timeZone: string, certainty: number): boolean {
  if (!takesCheckIns(skill, certainty)) return false;
  if (skill.due === null) return storedVerdict(skill, certainty) === 'GAP';
  return localDate(timeZone, skill.due) <= today;
}

/**
 * The check-in to ask now, or null when no due skill has an unseen question. A gap being learnt first
 * (the person is working on it and wants to see it move; its schedule brings it back at most once a
 * day), then undecided skills, the one that needs the fewest answers to be decided first (it gets
 * there soonest: measured to decide more skills in the same number of questions than asking the least
 * certain first); ties in the role's order. The question is the skill's most informative unseen one.
 */
export function chooseCheckIn(
  skills: readonly CheckInSkill[],
  day: { today: string; timeZone: string },
  certainty: number,
  tieBreak: (itemId: number) => number,
): { skillId: number; itemId: number } | null {
  const due = skills.filter((skill) => skill.candidates.length > 0 && isDueOn(skill, day.today, day.timeZone, certainty));
  const rank = (skill: CheckInSkill) => {
    const undecided = storedVerdict(skill, certainty) === 'NOT_SURE';
    return [undecided ? 1 : 0, undecided ? answersToDecide(skill.estimate, skill.targetLevel, certainty) : 0, skill.position];
  };
  const chosen = [...due].sort((a, b) => compare(rank(a), rank(b)))[0];
  if (!chosen) return null;
  return { skillId: chosen.skillId, itemId: mostInformative(chosen, chosen.candidates, tieBreak)! };
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

/**
 * What a check-in answer does to the skill's schedule: a decided verdict (on target, or a gap that is
 * not being learnt) ends its check-ins; otherwise it is due again when its card says.
 */
export function nextDue(verdict: Verdict, learningInProgress: boolean, cardDue: Date, now: Date): Date | null {
  if (verdict === 'ON_TARGET') return null;
  if (verdict === 'GAP' && !learningInProgress) return null;
  if (verdict === 'NOT_SURE') return new Date(Math.min(cardDue.getTime(), now.getTime() + UNDECIDED_INTERVAL_DAYS * 86_400_000));
  return cardDue;
}

/**
 * An undecided skill comes back within this many days, however often it was answered right: check-ins
 * are there to decide it. The measurement benchmark showed FSRS's spacing alone (up to a week) leaving
 * people with undecided skills without a check-in on one working day in three, and fewer skills decided
 * after two weeks. A miss still comes back sooner (FSRS: the next day); a gap being learnt keeps FSRS's
 * spacing, which is what helps people remember.
 */
export const UNDECIDED_INTERVAL_DAYS = 2;
