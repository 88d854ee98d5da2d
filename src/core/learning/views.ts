import { z } from 'zod';
import { contentTypeSchema, difficultySchema, isoDateSchema, progressStatusSchema, skillCategorySchema } from '../shared/types.js';
import { WORKFLOW_STEPS } from './rules/progress-bar.js';

export const workflowStepKeySchema = z.enum(WORKFLOW_STEPS.map((step) => step.key));

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
  reason: z.string(),
  status: progressStatusSchema,
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
        items: z.array(learningItemViewSchema),
      }),
    )
    .describe('items grouped by gap skill, in path order (core first, biggest gap first)'),
  completion: z.object({ total: z.number().int(), done: z.number().int(), inProgress: z.number().int(), percent: z.number().int(), completed: z.boolean() }),
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
