import { z } from 'zod';
import { resultsViewSchema } from '../assessment/views.js';
import { progressBarViewSchema, workflowStepKeySchema } from '../learning/views.js';
import { employeeViewSchema } from '../profile/views.js';
import { isoDateSchema, skillCategorySchema } from '../shared/types.js';

export const teamViewSchema = z.object({
  manager: employeeViewSchema,
  reports: z
    .array(z.object({ employee: employeeViewSchema, progress: progressBarViewSchema, latestResults: resultsViewSchema.nullable() }))
    .describe('direct reports only'),
});
export type TeamView = z.infer<typeof teamViewSchema>;

const pathCountsSchema = z.object({
  done: z.number().int(),
  total: z.number().int(),
  percent: z.number().int(),
  leftMinutes: z.number().int().describe('minutes of the items not done yet'),
});

export const digestReportViewSchema = z.object({
  employeeId: z.number().int(),
  employeeNumber: z.string(),
  name: z.string(),
  email: z.string(),
  roleName: z.string().nullable(),
  step: z
    .object({ key: z.enum([...workflowStepKeySchema.options, 'LEARNING_COMPLETED']), label: z.string(), percent: z.number().int() })
    .describe("where the person is (LEARNING_COMPLETED: every path item done, which closes no gap by itself) and the original progress bar's percentage"),
  assessmentInProgress: z.boolean(),
  latest: z
    .object({
      overallScore: z.number().int(),
      completedAt: isoDateSchema,
      skills: z.array(
        z.object({
          name: z.string(),
          category: skillCategorySchema.nullable(),
          score: z.number().int(),
          isGap: z.boolean().describe('a certain gap against the target'),
          targetLevel: z.number().int().nullable(),
          verdict: z.enum(['GAP', 'ON_TARGET', 'NOT_SURE']).nullable(),
          certainty: z.number().nullable(),
          level: z.object({ low: z.number().int(), high: z.number().int() }).nullable().describe('levels 1-5 holding the middle 80% of the estimate'),
        }),
      ),
    })
    .nullable(),
  verdicts: z
    .object({ gaps: z.number().int(), onTarget: z.number().int(), notSure: z.number().int() })
    .nullable()
    .describe('expected skills of the latest scored assessment by verdict: certain gaps, on target, not sure yet'),
  topGaps: z.array(z.object({ name: z.string(), score: z.number().int() })).describe('the three biggest gaps, core first'),
  path: pathCountsSchema.nullable(),
  gapsClosed: z
    .object({ closed: z.number().int(), total: z.number().int() })
    .nullable()
    .describe("the learning path's gaps closed by a later measurement (check-ins, a retake); null without a path"),
  lastActivityAt: isoDateSchema.nullable(),
  stalled: z.boolean().describe('something unfinished and no activity for REMINDER_AFTER_DAYS'),
  changes: z.array(z.string()).describe('what changed since the last digest this manager received'),
});
export type DigestReportView = z.infer<typeof digestReportViewSchema>;

export const teamDigestViewSchema = z.object({
  manager: z.object({ id: z.number().int(), name: z.string(), timezone: z.string().nullable() }),
  generatedAt: isoDateSchema,
  summary: z.object({
    reports: z.number().int(),
    assessed: z.number().int(),
    averageCompletion: z.number().int().describe('average share of learning-path items done, over the reports that have a path'),
    stalled: z.number().int(),
    commonGaps: z.array(z.object({ name: z.string(), count: z.number().int() })).describe('the gaps most reports share'),
  }),
  reports: z.array(digestReportViewSchema),
});
export type TeamDigestView = z.infer<typeof teamDigestViewSchema>;

/** The figures a digest is compared against next time, by employee id. */
export const digestSnapshotSchema = z.record(
  z.string(),
  z.object({
    step: z.string(),
    overall: z.number().int().nullable(),
    done: z.number().int(),
    total: z.number().int(),
    gaps: z.array(z.string()),
    closed: z.number().int().optional().describe('gaps of the path closed (absent in digests sent before it was kept)'),
  }),
);
export type DigestSnapshot = z.infer<typeof digestSnapshotSchema>;

/** One row of the team report: per direct report and assessed skill (a report not assessed yet has one row without a skill). */
export const teamReportRowSchema = z.object({
  employeeNumber: z.string(),
  name: z.string(),
  email: z.string(),
  role: z.string(),
  step: z.string(),
  overallScore: z.number().int().nullable(),
  skill: z.string(),
  category: z.string(),
  score: z.number().int().nullable(),
  isGap: z.boolean().nullable(),
  targetLevel: z.number().int().nullable(),
  levelLow: z.number().int().nullable(),
  levelHigh: z.number().int().nullable(),
  verdict: z.string().nullable(),
  certainty: z.number().nullable().describe('0.5-1, two decimals'),
  pathDone: z.number().int(),
  pathTotal: z.number().int(),
  lastActivityAt: z.string(),
  stalled: z.boolean(),
});
export type TeamReportRow = z.infer<typeof teamReportRowSchema>;
