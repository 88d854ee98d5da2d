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
  adaptive: z.boolean().describe('true when questions are chosen one at a time from the answers so far (chat); false for a set drawn at once'),
  totalQuestions: z.number().int().describe('questions asked so far (adaptive) or in the set (not adaptive)'),
  answeredCount: z.number().int(),
});
export type AssessmentView = z.infer<typeof assessmentViewSchema>;

/** What a new assessment would cost the person, before they agree to it. */
export const assessmentPreviewSchema = z.object({
  skills: z.number().int(),
  questions: z.number().int().describe('the most questions the sitting can take'),
  minutes: z.number().int().describe('a fair estimate of the most time it takes'),
});
export type AssessmentPreview = z.infer<typeof assessmentPreviewSchema>;

/** How far along a sitting is, true while its length is not fixed. */
export const sittingProgressSchema = z.object({
  asked: z.number().int().describe('questions asked so far, this one included'),
  atMost: z.number().int().describe('the most questions the sitting can take; it only shrinks as skills are settled'),
  exact: z.boolean().describe('true when the length is fixed (a set drawn at once): atMost is then the length'),
  skillsSettled: z.number().int().describe('skills that take no more questions: decided, at their cap or out of questions'),
  skills: z.number().int(),
});
export type SittingProgress = z.infer<typeof sittingProgressSchema>;

/** A question as a person sees it: never the key. */
export const questionViewSchema = z.object({
  sessionId: z.number().int(),
  questionId: z.number().int(),
  number: z.number().int().describe('1-based position, for "Question 3 of at most 20"'),
  total: z.number().int().describe('the length of a fixed set, or the most an adaptive sitting can take (progress.atMost)'),
  progress: sittingProgressSchema,
  skill: z.object({ id: z.number().int(), name: z.string() }),
  difficulty: difficultySchema,
  stem: z.string(),
  options: z.array(z.object({ key: optionKeySchema, text: z.string() })),
  selectedOption: optionKeySchema.nullable(),
  dontKnow: z.boolean().describe('true when it was answered "I don\'t know"'),
});
export type QuestionView = z.infer<typeof questionViewSchema>;

export const questionSetViewSchema = z.object({ assessment: assessmentViewSchema, questions: z.array(questionViewSchema) });
export type QuestionSetView = z.infer<typeof questionSetViewSchema>;

export const answerOutcomeSchema = z.object({
  recorded: z.boolean().describe('false when this question already had an answer: the first answer stands'),
  questionId: z.number().int(),
  sessionId: z.number().int(),
  selectedOption: optionKeySchema.nullable().describe('null for "I don\'t know"'),
  dontKnow: z.boolean(),
  answeredCount: z.number().int(),
  total: z.number().int().describe('as in the question view: the set\'s length, or the most an adaptive sitting can still take'),
  allAnswered: z.boolean(),
  next: questionViewSchema.nullable().describe('the next question to answer, or null when the sitting is over'),
});
export type AnswerOutcome = z.infer<typeof answerOutcomeSchema>;

export const verdictSchema = z.enum(['GAP', 'ON_TARGET', 'NOT_SURE']);
export type VerdictValue = z.infer<typeof verdictSchema>;

export const levelRangeSchema = z.object({ low: z.number().int(), high: z.number().int() }).describe('levels 1-5 holding the middle 80% of the estimate');

export const skillResultViewSchema = z.object({
  skillId: z.number().int(),
  name: z.string(),
  category: skillCategorySchema.nullable(),
  asked: z.number().int(),
  correct: z.number().int(),
  dontKnow: z.number().int().describe('answered "I don\'t know"'),
  score: z.number().int().describe('correct / asked x 100 (the original\'s score; the verdict comes from the estimate)'),
  targetLevel: z.number().int().nullable(),
  verdict: verdictSchema.nullable().describe('against the target level; null for a skill the role does not expect'),
  certainty: z.number().describe('how sure the verdict is, 0.5-1 (P of the more likely side of the target)'),
  level: levelRangeSchema,
  estimate: z.object({ mean: z.number(), sd: z.number() }).describe('ability on the logit scale; level L begins at L - 3'),
  moreQuestions: z.number().int().nullable().describe('for "not sure yet": about how many more answers would decide it'),
  exhausted: z.boolean().describe('for "not sure yet": the bank has no question on this skill left that the person has not seen, so no more can be asked yet'),
  isGap: z.boolean().describe('verdict is GAP (certain); an uncertain skill is never called a gap'),
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
    z.object({
      skillId: z.number().int(),
      name: z.string(),
      category: skillCategorySchema,
      score: z.number().int(),
      shortfall: z.number().int().describe('how far below the target, in tenths of a level (estimate mean to the target)'),
      targetLevel: z.number().int(),
      certainty: z.number(),
    }),
  ).describe('certain gaps: core first, biggest first'),
  notSure: z
    .array(
      z.object({
        skillId: z.number().int(),
        name: z.string(),
        moreQuestions: z.number().int(),
        exhausted: z.boolean().describe('no unseen question on this skill is left in the bank for this person yet'),
      }),
    )
    .describe('expected skills not decided yet'),
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
