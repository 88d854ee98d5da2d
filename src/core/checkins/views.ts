import { z } from 'zod';
import { levelRangeSchema, verdictSchema } from '../assessment/views.js';
import { difficultySchema, isoDateSchema, optionKeySchema } from '../shared/types.js';

export const checkInEndSchema = z
  .enum(['dailyLimit', 'dayOver', 'off', 'paused', 'sittingOpen', 'nothingDue'])
  .describe("why no further question follows: the day's cap, an earlier day's card, check-ins off or paused, an assessment in progress, nothing else due");

/** Where a skill stands after a check-in: the same line as the results ("level 2-3, target 4 · gap, 93% sure"). */
export const checkInStandingSchema = z.object({
  targetLevel: z.number().int(),
  verdict: verdictSchema,
  certainty: z.number().describe('how sure the verdict is, 0.5-1'),
  level: levelRangeSchema,
  moreQuestions: z.number().int().nullable().describe('for "not sure yet": about how many more answers would decide it'),
});

/** One check-in question as its person sees it: never the key before it is answered. */
export const checkInViewSchema = z.object({
  checkInId: z.number().int(),
  employeeId: z.number().int(),
  periodKey: z.string().describe("the person's local date of the check-in, YYYY-MM-DD"),
  position: z.number().int().describe('1.. within the day'),
  perDay: z.number().int().describe('CHECKIN_QUESTIONS_PER_DAY'),
  skill: z.object({ id: z.number().int(), name: z.string() }),
  difficulty: difficultySchema,
  stem: z.string(),
  options: z.array(z.object({ key: optionKeySchema, text: z.string() })).describe('in the order shown (shuffled per check-in)'),
  answer: z
    .object({
      recorded: z.boolean().describe('false when it was answered before: the first answer stands'),
      selectedOption: optionKeySchema.nullable().describe('null for "I don\'t know"'),
      dontKnow: z.boolean(),
      isCorrect: z.boolean(),
      correctOption: optionKeySchema,
      explanation: z.string(),
      gapClosed: z.boolean().describe('this answer moved a gap of the latest results over its target (on target, certain)'),
      standing: checkInStandingSchema.nullable().describe("the skill's verdict now; null when the role no longer expects it"),
    })
    .nullable(),
  next: z.object({ position: z.number().int(), perDay: z.number().int() }).nullable().describe('the next question of the day, when one may follow'),
  ended: checkInEndSchema.nullable().describe('set on an answered check-in when no next question follows'),
});
export type CheckInView = z.infer<typeof checkInViewSchema>;
export type CheckInEnd = z.infer<typeof checkInEndSchema>;

/** A person's check-in setting after a change. */
export const checkInSettingsViewSchema = z.object({
  enabled: z.boolean(),
  pausedUntil: isoDateSchema.nullable(),
  pausedUntilDay: z.string().nullable().describe("the day the pause ends, in the person's time zone, YYYY-MM-DD"),
});
export type CheckInSettingsView = z.infer<typeof checkInSettingsViewSchema>;
