import { z } from 'zod';
import { difficultySchema, isoDateSchema, optionKeySchema, skillCategorySchema } from '../shared/types.js';

export const assessmentStatusSchema = z.enum(['STARTED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED']);
export type AssessmentStatus = z.infer<typeof assessmentStatusSchema>;

export const assessmentViewSchema = z.object({
  sessionId: z.number().int(),
  employeeId: z.number().int(),
  status: assessmentStatusSchema,
  attempt: z.number().int(),
  resumed: z.boolean().describe('true when start found a session already open and returned it'),
  startedAt: isoDateSchema,
  questionsGeneratedAt: isoDateSchema.nullable(),
  completedAt: isoDateSchema.nullable(),
  skills: z.array(z.object({ skillId: z.number().int(), name: z.string(), category: skillCategorySchema.nullable() })),
  questionsPerSkill: z.number().int(),
  totalQuestions: z.number().int(),
  answeredCount: z.number().int(),
});
export type AssessmentView = z.infer<typeof assessmentViewSchema>;

/** What a new assessment would cost the person, before they agree to it. */
export const assessmentPreviewSchema = z.object({
  skills: z.number().int(),
  questions: z.number().int(),
  minutes: z.number().int().describe('a fair estimate of the time it takes'),
});
export type AssessmentPreview = z.infer<typeof assessmentPreviewSchema>;

/** A question as a person sees it: never the key. */
export const questionViewSchema = z.object({
  sessionId: z.number().int(),
  questionId: z.number().int(),
  number: z.number().int().describe('1-based position, for "Question 3 of 24"'),
  total: z.number().int(),
  skill: z.object({ id: z.number().int(), name: z.string() }),
  difficulty: difficultySchema,
  stem: z.string(),
  options: z.array(z.object({ key: optionKeySchema, text: z.string() })),
  selectedOption: optionKeySchema.nullable(),
});
export type QuestionView = z.infer<typeof questionViewSchema>;

export const questionSetViewSchema = z.object({ assessment: assessmentViewSchema, questions: z.array(questionViewSchema) });
export type QuestionSetView = z.infer<typeof questionSetViewSchema>;

export const answerOutcomeSchema = z.object({
  recorded: z.boolean().describe('false when this question already had an answer: the first answer stands'),
  questionId: z.number().int(),
  sessionId: z.number().int(),
  selectedOption: optionKeySchema,
  answeredCount: z.number().int(),
  total: z.number().int(),
  allAnswered: z.boolean(),
  next: questionViewSchema.nullable().describe('the first unanswered question, or null when every question has an answer'),
});
export type AnswerOutcome = z.infer<typeof answerOutcomeSchema>;

export const skillResultViewSchema = z.object({
  skillId: z.number().int(),
  name: z.string(),
  category: skillCategorySchema.nullable(),
  asked: z.number().int(),
  correct: z.number().int(),
  score: z.number().int(),
  isGap: z.boolean(),
});
export type SkillResultView = z.infer<typeof skillResultViewSchema>;

export const resultsViewSchema = z.object({
  sessionId: z.number().int(),
  employeeId: z.number().int(),
  completedAt: isoDateSchema,
  threshold: z.number().int(),
  overallScore: z.number().int().describe('all questions together, correct / asked x 100'),
  unanswered: z.number().int().describe('questions of the assessment left without an answer; each counted as wrong'),
  skills: z.array(skillResultViewSchema),
  gaps: z.array(
    z.object({ skillId: z.number().int(), name: z.string(), category: skillCategorySchema, score: z.number().int(), shortfall: z.number().int() }),
  ),
});
export type ResultsView = z.infer<typeof resultsViewSchema>;

/** One click in chat: the answer, and the results when it was the last one. */
export const answerStepSchema = z.object({
  outcome: answerOutcomeSchema,
  results: resultsViewSchema.nullable().describe('set when this answer was the last one: the assessment is submitted and scored'),
});
export type AnswerStep = z.infer<typeof answerStepSchema>;

/** Where "begin or resume" in chat lands: the next question, or the results when nothing is left to answer. */
export const assessmentStepSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('question'), assessment: assessmentViewSchema, question: questionViewSchema }),
  z.object({ kind: z.literal('results'), results: resultsViewSchema }),
]);
export type AssessmentStep = z.infer<typeof assessmentStepSchema>;
