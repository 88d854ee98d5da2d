import { z } from 'zod';
import type { Core } from '../../core/create-core.js';
import { historyRoutes } from './history-routes.js';
import { defineRoute, type Route } from './route.js';
import {
  answerReviewViewSchema,
  answerStepSchema,
  assessmentStepSchema,
  assessmentViewSchema,
  contentProgressViewSchema,
  dashboardViewSchema,
  learningPathViewSchema,
  progressBarViewSchema,
  questionReportOutcomeSchema,
  questionSetViewSchema,
  reportReasonSchema,
  resultsViewSchema,
} from './view-schemas.js';

const id = z.coerce.number().int().positive().max(2 ** 31 - 1);
const employeeParams = z.object({ employeeId: id });
const contentParams = z.object({ employeeId: id, contentId: id });
const noBody = z.object({}).loose().optional();
const answerValue = z.string().regex(/^\s*([A-Da-d]|DONT_KNOW|dont_know|\?)\s*$/, 'an answer is A, B, C or D, or DONT_KNOW');
const submitBody = z.object({
  answers: z
    .record(z.string().regex(/^\d+$/, 'question ids are whole numbers'), answerValue)
    .default({})
    .describe('question id -> chosen option (A-D, or DONT_KNOW); answers already recorded one by one stand'),
});
const answerBody = z.object({
  questionId: id.describe('the question being answered'),
  option: answerValue.describe('A-D, or DONT_KNOW for "I don\'t know" (recorded as such, never as a guess)'),
});

const tag = 'Learner';
const ok = (schema: z.ZodType, description: string) => ({ 200: { description, schema } });

/** Skillcheck's learner routes (under /api/v1; the original's shapes are in src/http/original), thin over the core. */
export function learnerRoutes(core: Core): Route[] {
  const base = '/api/v1/learner/:employeeId';
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
      path: `${base}/assessment/next`,
      operationId: 'nextQuestion',
      summary: 'The adaptive sitting (as in chat): begins the open assessment if it has not begun and returns the question it asks now, or the results when it is over',
      tag,
      params: employeeParams,
      body: noBody,
      responses: ok(assessmentStepSchema, 'The next question, or the results'),
      handle: async ({ params }) => ({ body: await core.continueAssessment({ employeeId: params.employeeId }) }),
    }),
    defineRoute({
      method: 'post',
      path: `${base}/assessment/answer`,
      operationId: 'answerQuestion',
      summary: 'Answer one question (once; a repeat is harmless); after the last one of a sitting, its results',
      tag,
      params: employeeParams,
      body: answerBody,
      responses: ok(answerStepSchema, 'The answer as recorded, the next question, and the results when the sitting is over'),
      handle: async ({ params, body }) => ({ body: await core.answerQuestion({ employeeId: params.employeeId, questionId: body.questionId, option: body.option }) }),
    }),
    defineRoute({
      method: 'post',
      path: `${base}/assessment/submit`,
      operationId: 'submitAssessment',
      summary: 'Submit the open assessment and measure it per skill (once): verdicts against the targets with their certainty; an unanswered question counts as "I don\'t know"',
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
      method: 'get',
      path: `${base}/results/answers`,
      operationId: 'getAnswerReview',
      summary: "The employee's answers to a scored assessment (the latest, or sessionId), each with the right answer and its explanation",
      description: 'Only the employee\'s own assessments, and only scored ones: while an assessment is open its answer key stays hidden (409 ASSESSMENT_NOT_SCORED).',
      tag,
      params: employeeParams,
      query: z.object({ sessionId: id.optional().describe('a scored assessment of this employee; the latest when absent') }),
      responses: ok(answerReviewViewSchema, 'Every answered question in the order asked'),
      handle: async ({ params, query }) => ({ body: await core.getAnswerReview({ employeeId: params.employeeId, ...(query.sessionId ? { sessionId: query.sessionId } : {}) }) }),
    }),
    defineRoute({
      method: 'post',
      path: `${base}/results/answers/:questionId/report`,
      operationId: 'reportQuestion',
      summary: 'Report a question the employee answered in a scored assessment: it is withheld from everyone until an admin reviews it',
      description: 'One report per person and question: reporting again answers 200 with recorded: false and changes nothing.',
      tag,
      params: z.object({ employeeId: id, questionId: id }),
      body: z.object({ reason: reportReasonSchema }),
      responses: {
        201: { description: 'Reported; the question is withheld', schema: questionReportOutcomeSchema },
        200: { description: 'Reported before by this person (recorded: false)', schema: questionReportOutcomeSchema },
      },
      handle: async ({ params, body }) => {
        const outcome = await core.reportQuestion({ employeeId: params.employeeId, question: { kind: 'sitting', id: params.questionId }, reason: body.reason });
        return { status: outcome.recorded ? 201 : 200, body: outcome };
      },
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
    ...historyRoutes(core),
  ];
}
