import { z } from 'zod';
import { levelRangeSchema } from '../assessment/views.js';
import { contentTypeSchema, difficultySchema, isoDateSchema, progressStatusSchema, skillCategorySchema } from '../shared/types.js';
import { WORKFLOW_STEPS } from './rules/progress-bar.js';

export const workflowStepKeySchema = z.enum(WORKFLOW_STEPS.map((step) => step.key));

export const weekPlanSchema = z
  .enum(['DONE', 'THIS_WEEK', 'LATER'])
  .describe('against the weekly time budget (LEARNING_HOURS_PER_WEEK): the items not done fill this week in path order, the first always; the rest is kept for later');

export const learningItemViewSchema = z.object({
  contentId: z.number().int(),
  position: z.number().int(),
  title: z.string(),
  type: contentTypeSchema,
  url: z.string(),
  thumbnailUrl: z.string().nullable(),
  minutes: z.number().int(),
  difficulty: difficultySchema,
  source: z.string(),
  reason: z.string().describe('why this item is on the path for this person, in words of its own'),
  status: progressStatusSchema,
  startHere: z.boolean().describe('the first item not done yet: where to start (or go on)'),
  week: weekPlanSchema,
});
export type LearningItemView = z.infer<typeof learningItemViewSchema>;

export const learningPathViewSchema = z.object({
  pathId: z.number().int(),
  employeeId: z.number().int(),
  sessionId: z.number().int(),
  generatedAt: isoDateSchema,
  threshold: z.number().int(),
  groups: z
    .array(
      z.object({
        skill: z.object({ id: z.number().int(), name: z.string() }),
        category: skillCategorySchema.nullable(),
        score: z.number().int(),
        targetLevel: z.number().int().nullable(),
        level: levelRangeSchema.nullable().describe('where the estimate was when the path was built; null for results scored before measurement'),
        certainty: z.number().nullable().describe('how sure the gap was, 0.5-1'),
        closed: z.boolean().describe('a later measurement (check-ins, a later sitting) shows the skill at its target: the gap is closed'),
        items: z.array(learningItemViewSchema),
      }),
    )
    .describe('items grouped by gap skill, in path order (core first, biggest gap first; easier items first within a skill)'),
  completion: z.object({ total: z.number().int(), done: z.number().int(), inProgress: z.number().int(), percent: z.number().int(), completed: z.boolean() }),
  time: z
    .object({
      totalMinutes: z.number().int().describe('all items'),
      leftMinutes: z.number().int().describe('items not done yet'),
      thisWeekMinutes: z.number().int().describe('items planned for this week'),
      laterMinutes: z.number().int().describe('items kept for later'),
      hoursPerWeek: z.number().describe('the weekly budget the path is fitted to (LEARNING_HOURS_PER_WEEK)'),
    })
    .describe('time the path takes, from each item\'s minutes'),
  gaps: z
    .object({
      total: z.number().int().describe("certain gaps in the path's results"),
      closed: z.number().int().describe('of those, closed by a later measurement; completing content does not close a gap'),
      percent: z.number().int(),
    })
    .describe('the share of gaps closed'),
  notSure: z
    .array(z.object({ skillId: z.number().int(), name: z.string() }))
    .describe("expected skills not decided yet (in the path's results and since): check-ins first, no content yet"),
});
export type LearningPathView = z.infer<typeof learningPathViewSchema>;

/** The workflow progress (rules/progress-bar.ts) of one employee, with the current step's label. */
export const progressBarViewSchema = z.object({
  employeeId: z.number().int(),
  steps: z.array(z.object({ key: workflowStepKeySchema, label: z.string(), done: z.boolean() })),
  completedSteps: z.number().int(),
  totalSteps: z.number().int(),
  percent: z.number().int(),
  currentStep: workflowStepKeySchema,
  currentStepLabel: z.string(),
  learning: z.object({
    total: z.number().int(),
    done: z.number().int(),
    inProgress: z.number().int(),
    notStarted: z.number().int(),
    percent: z.number().int(),
    completed: z.boolean(),
  }),
});
export type ProgressBarView = z.infer<typeof progressBarViewSchema>;

export const contentProgressViewSchema = z.object({
  contentId: z.number().int(),
  title: z.string(),
  url: z.string(),
  status: progressStatusSchema,
  changed: z.boolean().describe('false when the call changed nothing (e.g. start on a DONE item)'),
  progress: progressBarViewSchema,
});
export type ContentProgressView = z.infer<typeof contentProgressViewSchema>;
