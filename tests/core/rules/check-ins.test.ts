import { describe, expect, it } from 'vitest';
import { chooseCheckIn, isDueOn, nextDue, storedVerdict, takesCheckIns, type CheckInSkill } from '../../../src/core/checkins/rules/choose-check-in.js';
import { MAX_INTERVAL_DAYS, ratingFor, readCard, scheduleAfterAnswer } from '../../../src/core/checkins/rules/schedule-card.js';
import { dayStartWaits, pausedUntilAfterPause, personBlocked, whyNoNext } from '../../../src/core/checkins/rules/who-gets-check-ins.js';
import { localDate } from '../../../src/core/delivery/rules/schedule.js';
import { mostInformative } from '../../../src/core/measurement/rules/next-question.js';
import { answersToDecide } from '../../../src/core/measurement/rules/verdict.js';
import { Rating } from 'ts-fsrs';

const at = (iso: string) => new Date(iso);
const DAY = 86_400_000;
const days = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / DAY);

describe('the check-in card schedule (FSRS)', () => {
  const monday = at('2026-11-23T10:00:00Z');

  it('rates a right answer Good, a wrong one and "I don\'t know" Again', () => {
    expect(ratingFor('right')).toBe(Rating.Good);
    expect(ratingFor('wrong')).toBe(Rating.Again);
    expect(ratingFor('dontKnow')).toBe(Rating.Again);
  });

  it('brings a missed skill back sooner than a known one, in whole days', () => {
    const right = scheduleAfterAnswer(null, 'right', monday);
    const wrong = scheduleAfterAnswer(null, 'wrong', monday);
    expect(days(monday, wrong.due)).toBe(1);
    expect(days(monday, right.due)).toBeGreaterThan(days(monday, wrong.due));
    for (const due of [right.due, wrong.due]) expect(due.getUTCHours()).toBe(10); // whole days: no short-term steps
  });

  it('spaces a skill further with every right answer, and a miss after them shortens it again', () => {
    const first = scheduleAfterAnswer(null, 'right', monday);
    const second = scheduleAfterAnswer(first.card, 'right', first.due);
    expect(days(first.due, second.due)).toBeGreaterThan(days(monday, first.due));
    const missed = scheduleAfterAnswer(first.card, 'dontKnow', first.due);
    expect(missed.due.getTime()).toBeLessThan(second.due.getTime());
  });

  it('brings a skill that takes check-ins back within a week, however often it was right', () => {
    let schedule = scheduleAfterAnswer(null, 'right', monday);
    for (let answer = 0; answer < 6; answer++) {
      const next = scheduleAfterAnswer(schedule.card, 'right', schedule.due);
      expect(days(schedule.due, next.due)).toBeLessThanOrEqual(MAX_INTERVAL_DAYS);
      schedule = next;
    }
    expect(days(monday, scheduleAfterAnswer(null, 'right', monday).due)).toBeLessThan(MAX_INTERVAL_DAYS);
  });

  it('reads a stored card back, and starts a new one from nothing or from something unreadable', () => {
    const { card } = scheduleAfterAnswer(null, 'right', monday);
    expect(readCard(card, monday).reps).toBe(1);
    expect(readCard(card, monday).due).toBeInstanceOf(Date);
    expect(readCard(null, monday).reps).toBe(0);
    expect(readCard('{not json', monday).reps).toBe(0);
  });
});

const skill = (overrides: Partial<CheckInSkill> & { skillId: number }): CheckInSkill => ({
  position: overrides.skillId,
  targetLevel: 3,
  estimate: { mean: 0, sd: 0.8 },
  answers: 3,
  due: at('2026-11-23T08:00:00Z'),
  learningInProgress: false,
  candidates: [
    { id: overrides.skillId * 100 + 1, difficulty: -1 },
    { id: overrides.skillId * 100 + 2, difficulty: 0 },
    { id: overrides.skillId * 100 + 3, difficulty: 1 },
  ],
  ...overrides,
});
const byId = (id: number) => id;
const MONDAY = { today: '2026-11-23', timeZone: 'UTC' };

describe('which skills take check-ins', () => {
  it('undecided skills do; decided ones do not, except a gap being learnt', () => {
    const notSure = skill({ skillId: 1, estimate: { mean: 0.1, sd: 0.8 } });
    const onTarget = skill({ skillId: 2, estimate: { mean: 2, sd: 0.4 } });
    const gap = skill({ skillId: 3, estimate: { mean: -2, sd: 0.4 } });
    expect([notSure, onTarget, gap].map((entry) => storedVerdict(entry, 0.9))).toEqual(['NOT_SURE', 'ON_TARGET', 'GAP']);
    expect(takesCheckIns(notSure, 0.9)).toBe(true);
    expect(takesCheckIns(onTarget, 0.9)).toBe(false);
    expect(takesCheckIns(gap, 0.9)).toBe(false);
    expect(takesCheckIns({ ...gap, learningInProgress: true }, 0.9)).toBe(true);
  });

  it('an estimate that rests on no answer is never decided', () => {
    expect(storedVerdict(skill({ skillId: 1, estimate: { mean: 2, sd: 0.4 }, answers: 0 }), 0.9)).toBe('NOT_SURE');
  });

  it('a due date counts for its whole local day, in the person\'s time zone', () => {
    const laterToday = skill({ skillId: 1, due: at('2026-11-23T16:30:00Z') });
    expect(isDueOn(laterToday, '2026-11-23', 'UTC', 0.9)).toBe(true);
    expect(isDueOn(skill({ skillId: 1, due: at('2026-11-24T07:00:00Z') }), '2026-11-23', 'UTC', 0.9)).toBe(false);
    // 16:30 UTC on the 23rd is already the 24th in Tokyo.
    expect(isDueOn(laterToday, '2026-11-23', 'Asia/Tokyo', 0.9)).toBe(false);
    expect(isDueOn(laterToday, '2026-11-24', 'Asia/Tokyo', 0.9)).toBe(true);
  });

  it('without a schedule: a gap being learnt is due at once; an undecided skill waits for one', () => {
    expect(isDueOn(skill({ skillId: 1, due: null, estimate: { mean: -2, sd: 0.4 }, learningInProgress: true }), '2026-11-23', 'UTC', 0.9)).toBe(true);
    expect(isDueOn(skill({ skillId: 1, due: null }), '2026-11-23', 'UTC', 0.9)).toBe(false);
  });

  it('a decided verdict ends the schedule, except a gap being learnt; an undecided skill comes back within two days', () => {
    const now = at('2026-11-23T10:00:00Z');
    const due = at('2026-11-26T10:00:00Z');
    expect(nextDue('ON_TARGET', true, due, now)).toBeNull();
    expect(nextDue('GAP', false, due, now)).toBeNull();
    expect(nextDue('GAP', true, due, now)).toEqual(due);
    expect(nextDue('NOT_SURE', false, due, now)).toEqual(at('2026-11-25T10:00:00Z'));
    const soon = at('2026-11-24T10:00:00Z');
    expect(nextDue('NOT_SURE', false, soon, now)).toEqual(soon); // a miss comes back sooner still
  });
});

describe('choosing the check-in', () => {
  it('asks the undecided skill that needs the fewest answers to be decided', () => {
    const near = skill({ skillId: 1, estimate: { mean: 0.05, sd: 0.9 } }); // right at the cut: many answers
    const far = skill({ skillId: 2, estimate: { mean: 1, sd: 0.85 } }); // a little more evidence decides it
    expect(answersToDecide(far.estimate, 3, 0.9)).toBeLessThan(answersToDecide(near.estimate, 3, 0.9));
    expect(chooseCheckIn([near, far], MONDAY, 0.9, byId)?.skillId).toBe(2);
  });

  it('puts a gap being learnt before undecided skills, and leaves out skills not due or without unseen questions', () => {
    const learning = skill({ skillId: 1, estimate: { mean: -2, sd: 0.4 }, learningInProgress: true });
    const undecided = skill({ skillId: 2, estimate: { mean: 0.3, sd: 0.8 } });
    expect(chooseCheckIn([learning, undecided], MONDAY, 0.9, byId)?.skillId).toBe(1);
    expect(chooseCheckIn([{ ...learning, candidates: [] }, undecided], MONDAY, 0.9, byId)?.skillId).toBe(2);
    expect(chooseCheckIn([{ ...learning, due: at('2026-11-25T09:00:00Z') }, undecided], MONDAY, 0.9, byId)?.skillId).toBe(2);
    expect(chooseCheckIn([{ ...learning, learningInProgress: false }, { ...undecided, due: at('2026-11-25T09:00:00Z') }], MONDAY, 0.9, byId)).toBeNull();
    expect(chooseCheckIn([], MONDAY, 0.9, byId)).toBeNull();
  });

  it('asks the most informative unseen question for the chosen skill', () => {
    const strong = skill({ skillId: 1, estimate: { mean: 0.9, sd: 0.6 }, targetLevel: 4 });
    expect(chooseCheckIn([strong], MONDAY, 0.9, byId)).toEqual({ skillId: 1, itemId: 103 }); // the hard one, near the estimate
    const weak = skill({ skillId: 1, estimate: { mean: -0.9, sd: 0.6 }, targetLevel: 2 });
    expect(chooseCheckIn([weak], MONDAY, 0.9, byId)).toEqual({ skillId: 1, itemId: 101 });
  });

  it('breaks ties between equally good questions by the tie-break, and has nothing to pick from nothing', () => {
    const twins = [
      { id: 7, difficulty: 0 },
      { id: 8, difficulty: 0 },
    ];
    expect(mostInformative({ estimate: { mean: 0, sd: 1 }, targetLevel: 3 }, twins, (id) => id)).toBe(7);
    expect(mostInformative({ estimate: { mean: 0, sd: 1 }, targetLevel: 3 }, twins, (id) => -id)).toBe(8);
    expect(mostInformative({ estimate: { mean: 0, sd: 1 }, targetLevel: 3 }, [], (id) => id)).toBeNull();
  });
});

describe('who gets check-ins', () => {
  const now = at('2026-11-23T10:00:00Z');
  const on = { checkInsEnabled: true, checkInsPausedUntil: null, sittingOpen: false };

  it('nobody with check-ins off, paused until a later time, or in the middle of an assessment', () => {
    expect(personBlocked(on, now)).toBeNull();
    expect(personBlocked({ ...on, checkInsEnabled: false }, now)).toBe('off');
    expect(personBlocked({ ...on, checkInsPausedUntil: pausedUntilAfterPause(now) }, now)).toBe('paused');
    expect(personBlocked({ ...on, checkInsPausedUntil: now }, at('2026-11-23T10:00:01Z'))).toBeNull(); // the pause is over
    expect(personBlocked({ ...on, sittingOpen: true }, now)).toBe('sittingOpen');
    expect(days(now, pausedUntilAfterPause(now))).toBe(7);
  });

  it('a next question only below the daily cap, on the same day, for someone who gets check-ins', () => {
    const day = { today: '2026-11-23', perDay: 3 };
    expect(whyNoNext({ position: 1, periodKey: '2026-11-23' }, day, on, now)).toBeNull();
    expect(whyNoNext({ position: 3, periodKey: '2026-11-23' }, day, on, now)).toBe('dailyLimit');
    expect(whyNoNext({ position: 1, periodKey: '2026-11-20' }, day, on, now)).toBe('dayOver');
    expect(whyNoNext({ position: 1, periodKey: '2026-11-23' }, day, { ...on, checkInsEnabled: false }, now)).toBe('off');
  });

  it('the day starts without a check-in after a sitting that day, or while the last one waits for an answer (a week at most)', () => {
    const base = { lastUnansweredSentAt: null, lastSittingDay: null, today: '2026-11-23' };
    expect(dayStartWaits(base, now)).toBe(false);
    expect(dayStartWaits({ ...base, lastSittingDay: '2026-11-23' }, now)).toBe(true);
    expect(dayStartWaits({ ...base, lastSittingDay: '2026-11-20' }, now)).toBe(false);
    expect(dayStartWaits({ ...base, lastUnansweredSentAt: at('2026-11-20T09:00:00Z') }, now)).toBe(true);
    expect(dayStartWaits({ ...base, lastUnansweredSentAt: at('2026-11-16T09:00:00Z') }, now)).toBe(false);
  });

  it('a day is the local date in the person\'s time zone', () => {
    expect(localDate('UTC', at('2026-11-23T23:30:00Z'))).toBe('2026-11-23');
    expect(localDate('Asia/Kolkata', at('2026-11-23T23:30:00Z'))).toBe('2026-11-24');
    expect(localDate('America/Los_Angeles', at('2026-11-23T05:00:00Z'))).toBe('2026-11-22');
  });
});
