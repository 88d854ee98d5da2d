import { z } from 'zod';
import { levelRangeSchema, verdictSchema } from '../assessment/views.js';
import { isoDateSchema, skillCategorySchema } from '../shared/types.js';

const verdictCountsSchema = z.object({
  gaps: z.number().int().describe('certain gaps'),
  onTarget: z.number().int(),
  notSure: z.number().int().describe('expected skills not decided by that sitting'),
});

/** One scored sitting in a person's history. */
export const sittingSummarySchema = z.object({
  sessionId: z.number().int(),
  attempt: z.number().int().describe('the n-th assessment of this person'),
  completedAt: isoDateSchema,
  skills: z.number().int().describe('skills the sitting measured'),
  questions: z.number().int().describe('questions asked'),
  verdicts: verdictCountsSchema.describe("the sitting's expected skills by verdict"),
});
export type SittingSummary = z.infer<typeof sittingSummarySchema>;

export const sittingsViewSchema = z.object({
  employeeId: z.number().int(),
  sittings: z.array(sittingSummarySchema).describe('scored sittings, newest first'),
});
export type SittingsView = z.infer<typeof sittingsViewSchema>;

export const trendSchema = z.enum(['BETTER', 'WORSE', 'SAME']);

export const skillTrendsViewSchema = z.object({
  employeeId: z.number().int(),
  sittings: z
    .array(z.object({ sessionId: z.number().int(), attempt: z.number().int(), completedAt: isoDateSchema }))
    .describe('the scored sittings compared, oldest first (the latest few)'),
  skills: z
    .array(
      z.object({
        skillId: z.number().int(),
        name: z.string(),
        category: skillCategorySchema.nullable().describe('in the latest sitting that measured it; null for a claimed skill outside the role'),
        targetLevel: z.number().int().nullable().describe('in the latest sitting that measured it'),
        points: z
          .array(
            z
              .object({ verdict: verdictSchema.nullable(), certainty: z.number().nullable(), level: levelRangeSchema.nullable().describe('null for results scored before measurement') })
              .nullable(),
          )
          .describe('one per sitting, in the order of `sittings`; null where that sitting did not measure the skill'),
        trend: trendSchema.nullable().describe('from the sitting before the latest that measured the skill to that latest one; null with fewer than two'),
      }),
    )
    .describe('every skill the compared sittings measured: expected core skills first, then by name'),
});
export type SkillTrendsView = z.infer<typeof skillTrendsViewSchema>;
