import { z } from 'zod';

export const reportReasonSchema = z.enum(['WRONG_KEY', 'UNCLEAR', 'OUTDATED']).describe('WRONG_KEY: the marked answer is wrong; UNCLEAR: the question is unclear; OUTDATED: it is out of date');

/** What reporting a question did. */
export const questionReportOutcomeSchema = z.object({
  recorded: z.boolean().describe('false when this person had reported this question already: one report per person and question'),
  withheld: z.boolean().describe('true when the question is out of circulation now (in review or retired)'),
});
export type QuestionReportOutcome = z.infer<typeof questionReportOutcomeSchema>;
