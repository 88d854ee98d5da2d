import { z } from 'zod';
import { difficultySchema, isoDateSchema, optionKeySchema } from '../shared/types.js';

/** One answered question of a scored sitting, with the right answer and why. */
export const reviewedAnswerViewSchema = z.object({
  questionId: z.number().int().describe('the assessment question (what "report this question" names)'),
  number: z.number().int().describe('its position in the sitting, 1-based'),
  skill: z.object({ id: z.number().int(), name: z.string() }),
  difficulty: difficultySchema,
  stem: z.string(),
  options: z.array(z.object({ key: optionKeySchema, text: z.string() })).describe('in the order and with the letters they were shown'),
  chosen: optionKeySchema.nullable().describe('the option the person chose; null for "I don\'t know"'),
  dontKnow: z.boolean(),
  isCorrect: z.boolean(),
  correctOption: optionKeySchema.describe('the right option, as shown'),
  correctText: z.string(),
  explanation: z.string(),
  bankKey: z.string().nullable().describe('the question bank key, for reports; null for an older AI question outside the bank'),
  reported: z.boolean().describe('true when this person reported it already'),
});
export type ReviewedAnswerView = z.infer<typeof reviewedAnswerViewSchema>;

/** A person's own answers to one scored sitting, in the order they were asked. */
export const answerReviewViewSchema = z.object({
  sessionId: z.number().int(),
  employeeId: z.number().int(),
  completedAt: isoDateSchema,
  answered: z.number().int(),
  right: z.number().int(),
  dontKnow: z.number().int(),
  unanswered: z.number().int().describe('questions left without an answer (not listed)'),
  answersRemoved: z.boolean().describe('the answers of this sitting are no longer kept (deleted after the retention period, RETENTION_DAYS); its results stay'),
  questions: z.array(reviewedAnswerViewSchema),
});
export type AnswerReviewView = z.infer<typeof answerReviewViewSchema>;
