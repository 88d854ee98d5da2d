import { z } from 'zod';
import { difficultySchema, isoDateSchema, optionKeySchema } from '../../shared/types.js';

export const itemStatusSchema = z.enum(['ACTIVE', 'REVIEW', 'RETIRED']).describe('ACTIVE is asked; REVIEW is withheld until an admin decides; RETIRED is never asked again');
export type ItemStatusValue = z.infer<typeof itemStatusSchema>;

const options = z.object({ A: z.string(), B: z.string(), C: z.string(), D: z.string() });

export const questionStatisticsSchema = z.object({
  answerCount: z.number().int(),
  rightCount: z.number().int(),
  dontKnowCount: z.number().int().describe('answered "I don\'t know"'),
  rightShare: z.number().nullable().describe('rightCount / answerCount; null before the first answer'),
  difficultyLogit: z.number().describe('calibrated difficulty on the ability scale (level L begins at L - 3); starts at the label\'s prior'),
});

/** A bank question as an admin sees it: the key, where it stands, and how it has been answered. */
export const bankQuestionViewSchema = z.object({
  key: z.string(),
  skill: z.object({ id: z.number().int(), key: z.string(), name: z.string() }),
  difficulty: difficultySchema.describe('the label it was written for'),
  source: z.enum(['AI', 'BANK']),
  status: itemStatusSchema,
  reviewReason: z.string().nullable().describe('why it was withheld'),
  stem: z.string(),
  options: options.describe('by the bank\'s letters (people see them shuffled)'),
  answer: optionKeySchema,
  explanation: z.string(),
  statistics: questionStatisticsSchema,
  updatedAt: isoDateSchema,
});
export type BankQuestionView = z.infer<typeof bankQuestionViewSchema>;

export const bankQuestionListViewSchema = z.object({ questions: z.array(bankQuestionViewSchema) });
export type BankQuestionListView = z.infer<typeof bankQuestionListViewSchema>;

export const questionReportViewSchema = z.object({
  by: z.enum(['person', 'statistics']),
  employee: z.object({ id: z.number().int(), name: z.string() }).nullable().describe('who reported it; null for the statistics'),
  code: z.string().nullable().describe('WRONG_KEY, UNCLEAR or OUTDATED from a person; STRONG_MISS_MORE or DISTRACTOR_BEATS_KEY from the statistics'),
  reason: z.string(),
  reportedAt: isoDateSchema,
});
export type QuestionReportView = z.infer<typeof questionReportViewSchema>;

export const abilityHalfSchema = z.object({
  answers: z.number().int(),
  right: z.number().int(),
  dontKnow: z.number().int(),
  rightShare: z.number().nullable(),
  chosen: z.object({ A: z.number().int(), B: z.number().int(), C: z.number().int(), D: z.number().int() }).describe('times each option was chosen, by the bank\'s letters'),
});

export const reviewQueueItemSchema = bankQuestionViewSchema.extend({
  reports: z.array(questionReportViewSchema).describe('oldest first'),
  halves: z
    .object({ weak: abilityHalfSchema, strong: abilityHalfSchema })
    .nullable()
    .describe('how the weaker and the stronger half of the people who answered it did (split at the median ability before answering); null with fewer than two answers'),
});
export type ReviewQueueItem = z.infer<typeof reviewQueueItemSchema>;

export const reviewQueueViewSchema = z.object({ questions: z.array(reviewQueueItemSchema).describe('withheld questions, the longest waiting first') });
export type ReviewQueueView = z.infer<typeof reviewQueueViewSchema>;
