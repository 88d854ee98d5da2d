import { z } from 'zod';
import type { Core } from '../../core/create-core.js';
import { OPTION_KEYS, DIFFICULTIES } from '../../core/shared/types.js';
import { defineRoute, type Route } from './route.js';
import { bankQuestionListViewSchema, bankQuestionViewSchema, itemStatusSchema, reviewQueueViewSchema } from './view-schemas.js';

const tag = 'Question bank';
const keyParams = z.object({ key: z.string().trim().min(1).max(200).describe("the question's bank key") });
const optionText = z.string().trim().min(1).max(300);
const editBody = z
  .object({
    stem: z.string().trim().min(1).max(1000).optional(),
    options: z.object({ A: optionText, B: optionText, C: optionText, D: optionText }).partial().optional().describe('some or all options, by the bank\'s letters'),
    answer: z.enum(OPTION_KEYS).optional(),
    explanation: z.string().max(2000).optional(),
    difficulty: z.enum(DIFFICULTIES).optional(),
  })
  .strict()
  .refine((edit) => Object.values(edit).some((value) => value !== undefined), 'name at least one of stem, options, answer, explanation, difficulty');
/** The core records a change of the bank in the transaction of the change. */
const questionChange = { action: 'question.change' as const, inCore: true as const };
const one = (description: string) => ({ 200: { description, schema: bankQuestionViewSchema } });

/** The admin's review of the question bank: the queue of withheld questions, and approve, edit or retire. */
export function questionRoutes(core: Core): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: '/api/v1/admin/questions',
      operationId: 'listBankQuestions',
      summary: 'The question bank with each question\'s statistics; optionally one status and one skill',
      tag,
      query: z.object({ status: itemStatusSchema.optional(), skill: z.string().trim().min(1).max(100).optional().describe('a skill key') }),
      responses: { 200: { description: 'The questions, by skill and key', schema: bankQuestionListViewSchema } },
      audit: { action: 'question.read', subject: () => ({ label: 'question bank' }), detail: ({ query }) => ({ view: 'list', ...(query.status ? { status: query.status } : {}), ...(query.skill ? { skill: query.skill } : {}) }) },
      handle: async ({ query }) => ({ body: await core.listBankQuestions({ ...(query.status ? { status: query.status } : {}), ...(query.skill ? { skill: query.skill } : {}) }) }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/admin/questions/review',
      operationId: 'getReviewQueue',
      summary: 'The review queue: withheld questions with their reports, statistics, and how the stronger and weaker half of the people answered',
      description:
        'A question is withheld when a person reports it, or when its statistics look wrong (the stronger half of the people who answered it miss it more than the weaker half, or choose a distractor more often than the key).',
      tag,
      responses: { 200: { description: 'The queue, the longest waiting first', schema: reviewQueueViewSchema } },
      audit: { action: 'question.read', subject: () => ({ label: 'question bank' }), detail: () => ({ view: 'review queue' }) },
      handle: async () => ({ body: await core.getReviewQueue() }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/admin/questions/:key/approve',
      operationId: 'approveBankQuestion',
      summary: 'Put a withheld question back into circulation (ACTIVE); its reports are kept',
      tag,
      params: keyParams,
      body: z.object({}).loose().optional(),
      responses: one('The question, ACTIVE'),
      audit: questionChange,
      handle: async ({ params, actor }) => ({ body: await core.approveBankQuestion({ key: params.key, auditActor: actor }) }),
    }),
    defineRoute({
      method: 'patch',
      path: '/api/v1/admin/questions/:key',
      operationId: 'editBankQuestion',
      summary: 'Edit a question: stem, options, answer, explanation or difficulty label',
      description:
        'Validated as every bank question is (four distinct options, a key among them). A changed stem, option or answer makes it another question: its statistics start again ' +
        '(counts 0, difficulty back to its label\'s prior, its answer log deleted) and it goes back into circulation (ACTIVE). A changed explanation or label alone keeps both.',
      tag,
      params: keyParams,
      body: editBody,
      responses: one('The question as edited'),
      audit: questionChange,
      handle: async ({ params, body, actor }) => ({ body: await core.editBankQuestion({ key: params.key, changes: body, auditActor: actor }) }),
    }),
    defineRoute({
      method: 'post',
      path: '/api/v1/admin/questions/:key/retire',
      operationId: 'retireBankQuestion',
      summary: 'Retire a question: it is never asked again',
      tag,
      params: keyParams,
      body: z.object({}).loose().optional(),
      responses: one('The question, RETIRED'),
      audit: questionChange,
      handle: async ({ params, actor }) => ({ body: await core.retireBankQuestion({ key: params.key, auditActor: actor }) }),
    }),
  ];
}
