import { storedVerdict } from '../../src/core/checkins/rules/choose-check-in.js';
import type { CheckInView } from '../../src/core/checkins/views.js';
import { shownLetter } from '../../src/core/measurement/items.js';
import { verdictFor, type Verdict } from '../../src/core/measurement/rules/verdict.js';
import { checkInRecorder } from '../../test-kit/check-in-recorder.js';
import type { OptionKey } from '../../src/core/shared/types.js';
import type { BenchCore } from './bench-core.js';

/** One check-in question as a simulated learner meets it. */
export interface CheckInPrompt {
  checkInId: number;
  employeeId: number;
  skillId: number;
  bankKey: string;
  /** the key, as the letter shown to the person */
  correctShown: OptionKey;
}

/** The check-in phase as the bench drives it, one simulated day at a time. */
export interface CheckInPhase {
  /** what implements the phase, said in the bench's output */
  readonly source: string;
  /** One day at `at`: every check-in the core asks that day, answered with `answer`. Returns how many each person answered. */
  runDay(at: Date, answer: (prompt: CheckInPrompt) => string): Promise<Map<number, number>>;
  /** The verdict of every expected skill with an estimate, and its certainty, as check-ins judge the stored estimate. */
  verdicts(employeeId: number, targets: ReadonlyMap<number, number>): Promise<Map<number, { verdict: Verdict; certainty: number }>>;
}

const DEFAULT_TIMEZONE = 'UTC';

/**
 * Check-ins through the core's use cases, as the scheduler and the chat drive them: deliverCheckIns
 * (the cron task's work: who is due today, in working hours on working days, scheduled with FSRS) sends
 * each person's first question of the day to a bench notifier that stands for the chat platforms; the
 * learner answers it (answerCheckIn) and asks for the next (nextCheckIn) until the day's cap or nothing
 * is due. Simulated learners answer every question they are sent, the same day.
 */
export function coreCheckIns(bench: BenchCore): CheckInPhase {
  const { notifier, sent } = checkInRecorder('bench');
  const promptOf = async (view: CheckInView): Promise<CheckInPrompt> => {
    const row = await bench.db.checkIn.findUniqueOrThrow({ where: { id: view.checkInId }, select: { skillId: true, optionOrder: true, question: { select: { key: true, correctOption: true } } } });
    return { checkInId: view.checkInId, employeeId: view.employeeId, skillId: row.skillId, bankKey: row.question.key, correctShown: shownLetter(row.optionOrder, row.question.correctOption) };
  };

  return {
    source:
      "the core's check-in use cases: deliverCheckIns (FSRS-scheduled, working hours on working days; a bench notifier stands for the chat platforms), then answerCheckIn and nextCheckIn up to CHECKIN_QUESTIONS_PER_DAY; simulated learners answer every question they are sent",

    async runDay(at, answer) {
      bench.clock.set(at);
      sent.length = 0;
      await bench.core.deliverCheckIns({ notifiers: [notifier], defaultTimezone: DEFAULT_TIMEZONE });
      const answered = new Map<number, number>();
      for (const first of [...sent]) {
        // Each person answers within minutes of the delivery, all on the same day.
        bench.clock.set(new Date(at.getTime() + 5 * 60_000));
        let view = first;
        for (;;) {
          const prompt = await promptOf(view);
          bench.clock.advance(60_000);
          const after = await bench.core.answerCheckIn({ employeeId: view.employeeId, checkInId: view.checkInId, option: answer(prompt), defaultTimezone: DEFAULT_TIMEZONE });
          answered.set(view.employeeId, (answered.get(view.employeeId) ?? 0) + 1);
          if (!after.next) break;
          bench.clock.advance(10_000);
          const next = await bench.core.nextCheckIn({ employeeId: view.employeeId, checkInId: view.checkInId, defaultTimezone: DEFAULT_TIMEZONE });
          if (next.checkInId === view.checkInId || next.answer) break;
          view = next;
        }
      }
      return answered;
    },

    async verdicts(employeeId, targets) {
      const estimates = await bench.db.skillEstimate.findMany({ where: { employeeId, skillId: { in: [...targets.keys()] } } });
      const certainty = bench.deps.settings.skillCertainty;
      return new Map(
        estimates.map((row) => {
          const estimate = { mean: row.mean, sd: row.sd };
          const targetLevel = targets.get(row.skillId)!;
          return [row.skillId, { verdict: storedVerdict({ estimate, answers: row.answers, targetLevel }, certainty), certainty: verdictFor(estimate, targetLevel, certainty).certainty }];
        }),
      );
    },
  };
}
