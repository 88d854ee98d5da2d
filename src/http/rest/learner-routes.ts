import { z } from 'zod';
import type { Core } from '../../core/create-core.js';
import { defineRoute, type Route } from './route.js';
import {
  assessmentViewSchema,
  contentProgressViewSchema,
  dashboardViewSchema,
  learningPathViewSchema,
  progressBarViewSchema,
  questionSetViewSchema,
  resultsViewSchema,
} from './view-schemas.js';

const id = z.coerce.number().int().positive().max(2 ** 31 - 1);
const employeeParams = z.object({ employeeId: id });
const contentParams = z.object({ employeeId: id, contentId: id });
const noBody = z.object({}).loose().optional();
const submitBody = z.object({
  answers: z
    .record(z.string().regex(/^\d+$/, 'question ids are whole numbers'), z.string().regex(/^\s*[A-Da-d]\s*$/, 'an option is A, B, C or D'))
    .default({})
    .describe('question id -> chosen option (A-D); answers already recorded one by one stand'),
});

const tag = 'Learner';
const ok = (schema: z.ZodType, description: string) => ({ 200: { description, schema } });

/** The original backend's learner routes, thin over the core. */
export function learnerRoutes(core: Core): Route[] {
  const base = '/api/learner/:employeeId';
  return [
    defineRoute({
      method: 'get',
      path: `${base}/dashboard`,
      operationId: 'getDashboard',
      summary: 'Employee, profile comparison and summary, assessment state, latest results, learning path and progress bar',
      tag,
      params: employeeParams,
      responses: ok(dashboardViewSchema, 'The dashboard'),
      handle: async ({ params }) => ({ body: await core.getDashboard({ employeeId: params.employeeId }) }),
    }),
    defineRoute({
      method: 'post',
      path: `${base}/assessment/start`,
      operationId: 'startAssessment',
      summary: 'Open an assessment covering every expected skill of the role, or return the one already open',
      tag,
      params: employeeParams,
      body: noBody,
      responses: { 201: { description: 'A new session', schema: assessmentViewSchema }, 200: { description: 'The session already open (resumed: true)', schema: assessmentViewSchema } },
      handle: async ({ params }) => {
        const view = await core.startAssessment({ employeeId: params.employeeId });
        return { status: view.resumed ? 200 : 201, body: view };
      },
    }),
    defineRoute({
      method: 'post',
      path: `${base}/assessment/questions`,
      operationId: 'generateQuestions',
      summary: "The questions of the employee's open assessment (generated once, then cached); never the answer key",
      tag,
      params: employeeParams,
      body: noBody,
      responses: ok(questionSetViewSchema, 'The open assessment and its questions'),
      handle: async ({ params }) => ({ body: await core.generateQuestions({ employeeId: params.employeeId }) }),
    }),
    defineRoute({
      method: 'post',
      path: `${base}/assessment/submit`,
      operationId: 'submitAssessment',
      summary: 'Submit the open assessment and score it per skill (once); unanswered questions count as wrong',
      tag,
      params: employeeParams,
      body: submitBody,
      responses: ok(resultsViewSchema, 'The scores per skill, the gaps, and how many questions were left unanswered'),
      handle: async ({ params, body }) => ({ body: await core.submitAssessment({ employeeId: params.employeeId, answers: body.answers }) }),
    }),
    defineRoute({
      method: 'get',
      path: `${base}/results`,
      operationId: 'getResults',
      summary: 'The results of the latest scored assessment',
      tag,
      params: employeeParams,
      responses: ok(resultsViewSchema, 'The scores per skill and the gaps'),
      handle: async ({ params }) => ({ body: await core.getResults({ employeeId: params.employeeId }) }),
    }),
    defineRoute({
      method: 'post',
      path: `${base}/learning-path/generate`,
      operationId: 'generateLearningPath',
      summary: 'Build the learning path from the latest scored assessment (replaces the previous one)',
      tag,
      params: employeeParams,
      body: noBody,
      responses: { 201: { description: 'The new learning path', schema: learningPathViewSchema } },
      handle: async ({ params }) => ({ status: 201, body: await core.generateLearningPath({ employeeId: params.employeeId }) }),
    }),
    defineRoute({
      method: 'get',
      path: `${base}/learning-path`,
      operationId: 'getLearningPath',
      summary: 'The current learning path with the status of every item',
      tag,
      params: employeeParams,
      responses: ok(learningPathViewSchema, 'The learning path'),
      handle: async ({ params }) => ({ body: await core.getLearningPath({ employeeId: params.employeeId }) }),
    }),
    ...(['start', 'open', 'complete'] as const).map((action) =>
      defineRoute({
        method: 'post',
        path: `${base}/learning/:contentId/${action}`,
        operationId: `${action}Content`,
        summary: {
          start: 'Mark a path item IN_PROGRESS (an item already done stays DONE)',
          open: 'Open a path item: marks it IN_PROGRESS (DONE stays DONE), records the open and returns its URL',
          complete: 'Mark a path item DONE',
        }[action],
        tag,
        params: contentParams,
        body: noBody,
        responses: ok(contentProgressViewSchema, 'The item status and the progress bar'),
        handle: async ({ params }) => {
          const input = { employeeId: params.employeeId, contentId: params.contentId };
          const view = action === 'start' ? await core.startContent(input) : action === 'open' ? await core.openContent(input) : await core.completeContent(input);
          return { body: view };
        },
      }),
    ),
    defineRoute({
      method: 'get',
      path: `${base}/progress-bar`,
      operationId: 'getProgressBar',
      summary: "The workflow progress bar: the original's four steps, percentage, current step, and path completion",
      tag,
      params: employeeParams,
      responses: ok(progressBarViewSchema, 'The progress bar'),
      handle: async ({ params }) => ({ body: await core.getProgressBar({ employeeId: params.employeeId }) }),
    }),
  ];
}
