import { z } from 'zod';
import { resultsViewSchema } from '../assessment/views.js';
import { progressBarViewSchema, workflowStepKeySchema } from '../learning/views.js';
import { employeeViewSchema } from '../profile/views.js';
import { contentTypeSchema, isoDateSchema, skillCategorySchema } from '../shared/types.js';
import { teamHeatMapViewSchema } from '../skill-maps/views.js';
import { ATTENTION_REASONS } from './rules/attention.js';
import { verdictsOnlyViewSchema } from '../privacy/views.js';

export const teamViewSchema = z.object({
  manager: employeeViewSchema,
  reports: z
    .array(
      z.object({
        employee: employeeViewSchema,
        progress: progressBarViewSchema,
        levelsHidden: z.boolean().describe('the person chose that their manager sees verdicts only: latestResults is null, latestVerdicts holds them'),
        latestResults: resultsViewSchema.nullable(),
        latestVerdicts: verdictsOnlyViewSchema.nullable().describe('set instead of latestResults where the person keeps their levels private'),
      }),
    )
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
    .object({ key: z.enum([...workflowStepKeySchema.options, 'LEARNING_COMPLETED']), label: z.string() })
    .describe('where the person is (LEARNING_COMPLETED: every path item done, which closes no gap by itself)'),
  attention: z
    .enum(ATTENTION_REASONS)
    .describe(
      'why the manager should look (STALLED: unfinished and idle REMINDER_AFTER_DAYS; NOT_STARTED: never assessed; GAPS_GROWING: more certain gaps than at the last digest; ASSESSMENT_UNFINISHED; NO_PATH: gaps and no learning path) or need not (DONE: every path item done; ON_TRACK)',
    ),
  needsAttention: z.boolean().describe('the reason asks the manager to act; such reports come first'),
  assessmentInProgress: z.boolean(),
  levelsHidden: z.boolean().describe('the person chose that their manager sees verdicts only: every score, level range and certainty here is null'),
  latest: z
    .object({
      overallScore: z.number().int().nullable().describe('null where the person keeps their levels private'),
      completedAt: isoDateSchema,
      skills: z.array(
        z.object({
          name: z.string(),
          category: skillCategorySchema.nullable(),
          score: z.number().int().nullable(),
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
  topGaps: z
    .array(z.object({ name: z.string(), score: z.number().int().nullable() }))
    .describe('the three biggest gaps, core first (where the person keeps their levels private: three gaps, core first, by name, without scores)'),
  path: pathCountsSchema.nullable(),
  gapsClosed: z
    .object({ closed: z.number().int(), total: z.number().int() })
    .nullable()
    .describe("the learning path's gaps closed by a later measurement (check-ins, a retake); null without a path"),
  lastActivityAt: isoDateSchema.nullable(),
  idleDays: z.number().int().nullable().describe('whole days since the last learning activity; null without any'),
  stalled: z.boolean().describe('something unfinished and no activity for REMINDER_AFTER_DAYS'),
  changes: z.array(z.string()).describe('what changed since the last digest this manager received'),
});
export type DigestReportView = z.infer<typeof digestReportViewSchema>;

export const teamDigestViewSchema = z.object({
  manager: z.object({ id: z.number().int(), name: z.string(), timezone: z.string().nullable() }),
  generatedAt: isoDateSchema,
  summary: z
    .object({
      people: z.number().int().describe('direct reports'),
      assessed: z.number().int().describe('direct reports with a scored assessment'),
      needAttention: z.number().int().describe('direct reports whose attention reason asks the manager to act'),
      certainGaps: z.number().int().describe('certain gaps of the latest assessments, added up over the team'),
      pathItems: z.object({ done: z.number().int(), total: z.number().int() }).describe('learning-path items done, over every path of the team'),
      commonGaps: z.array(z.object({ name: z.string(), count: z.number().int() })).describe('the gaps most reports share (empty when aggregatesHidden)'),
      aggregatesHidden: z
        .boolean()
        .describe('a team of fewer than 5 where someone keeps their levels private: figures over the team that could single them out are left out'),
    })
    .describe('figures over the whole team, never averages over part of it'),
  reports: z.array(digestReportViewSchema).describe('the people who need attention first (most urgent first), then by name'),
  heatMap: teamHeatMapViewSchema.describe("the direct reports x their expected skills, from the current estimates: what the digest's picture draws"),
});
export type TeamDigestView = z.infer<typeof teamDigestViewSchema>;

/** The figures a digest is compared against next time, by employee id. */
export const digestSnapshotSchema = z.record(
  z.string(),
  z.object({
    step: z.string(),
    overall: z.number().int().nullable().describe('null when not assessed, or when the person keeps their levels private (then assessedAt says whether)'),
    assessedAt: isoDateSchema.optional().describe('when the latest assessment was scored (absent in digests sent before it was kept)'),
    done: z.number().int(),
    total: z.number().int(),
    gaps: z.array(z.string()),
    closed: z.number().int().optional().describe('gaps of the path closed (absent in digests sent before it was kept)'),
    gapCount: z.number().int().optional().describe('certain gaps of the latest assessment (absent in digests sent before it was kept)'),
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
  levelsShared: z.boolean().describe('false: the person chose that their manager sees verdicts only, so score, levels and certainty are empty'),
});
export type TeamReportRow = z.infer<typeof teamReportRowSchema>;

/** A friendly nudge a manager sends one report: who asks, and the one next step to take. */
export const nudgeViewSchema = z.object({
  employeeId: z.number().int(),
  firstName: z.string(),
  managerName: z.string(),
  next: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('START_ASSESSMENT') }),
    z.object({ kind: z.literal('CONTINUE_ASSESSMENT') }),
    z.object({ kind: z.literal('BUILD_PATH'), sessionId: z.number().int() }),
    z.object({
      kind: z.literal('LEARNING_ITEM'),
      item: z.object({ contentId: z.number().int(), title: z.string(), type: contentTypeSchema, minutes: z.number().int(), url: z.string() }),
      path: z.object({ done: z.number().int(), total: z.number().int() }),
    }),
  ]),
});
export type NudgeView = z.infer<typeof nudgeViewSchema>;

/** What the manager is told after pressing Nudge. */
export const nudgeOutcomeSchema = z.object({
  name: z.string().describe("the report's first name"),
  sent: z.boolean().describe('false: they already got a nudge today, so nothing was sent'),
});
export type NudgeOutcome = z.infer<typeof nudgeOutcomeSchema>;
