import { z } from 'zod';

/**
 * The JSON shapes the REST API answers with. The view models are the core's own schemas (each stage's
 * views.ts), so the replies, the OpenAPI document generated from these, and the tests that check real
 * responses against them all describe the same thing. Only the error body belongs to HTTP.
 */
export { importReportSchema } from '../../core/admin/views.js';
export {
  answerStepSchema,
  assessmentStepSchema,
  assessmentViewSchema,
  questionSetViewSchema,
  questionViewSchema,
  resultsViewSchema,
} from '../../core/assessment/views.js';
export { answerReviewViewSchema } from '../../core/assessment/review-views.js';
export { sittingsViewSchema, skillTrendsViewSchema } from '../../core/history/views.js';
export { questionReportOutcomeSchema, reportReasonSchema } from '../../core/measurement/views.js';
export { bankQuestionListViewSchema, bankQuestionViewSchema, itemStatusSchema, reviewQueueViewSchema } from '../../core/admin/questions/views.js';
export { contentProgressViewSchema, learningItemViewSchema, learningPathViewSchema, progressBarViewSchema } from '../../core/learning/views.js';
export { dashboardViewSchema, employeeViewSchema, profileViewSchema } from '../../core/profile/views.js';
export { teamViewSchema } from '../../core/team/views.js';
export { roleListViewSchema, roleViewSchema } from '../../core/admin/roles/views.js';
export { orgHeatMapViewSchema, skillProfileViewSchema, teamHeatMapViewSchema } from '../../core/skill-maps/views.js';

export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), message: z.string(), details: z.unknown().optional() }),
});
