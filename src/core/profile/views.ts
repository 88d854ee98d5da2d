import { z } from 'zod';
import { assessmentViewSchema, resultsViewSchema, sittingProgressSchema } from '../assessment/views.js';
import { learningPathViewSchema, progressBarViewSchema } from '../learning/views.js';
import { skillCategorySchema } from '../shared/types.js';

export const employeeViewSchema = z.object({
  id: z.number().int(),
  employeeNumber: z.string(),
  name: z.string(),
  email: z.string(),
  title: z.string(),
  timezone: z.string().nullable(),
  role: z.object({ id: z.number().int(), key: z.string(), name: z.string() }).nullable(),
  manager: z.object({ id: z.number().int(), name: z.string() }).nullable(),
});
export type EmployeeView = z.infer<typeof employeeViewSchema>;

/** One skill as the profile comparison (rules/profile-comparison.ts) places it. */
export const skillStandingSchema = z.object({
  skillId: z.number().int(),
  name: z.string(),
  category: skillCategorySchema.nullable(),
  targetLevel: z.number().int().nullable(),
  claimedLevel: z.number().int().nullable(),
});
export type SkillStanding = z.infer<typeof skillStandingSchema>;

/** An expected skill as measured so far (sittings and check-ins): the stored estimate against the target. */
export const measuredSkillSchema = z.object({
  skillId: z.number().int(),
  name: z.string(),
  category: skillCategorySchema,
  targetLevel: z.number().int(),
  verdict: z.enum(['GAP', 'ON_TARGET', 'NOT_SURE']),
  certainty: z.number(),
  level: z.object({ low: z.number().int(), high: z.number().int() }),
  answers: z.number().int().describe('answers the estimate rests on'),
});
export type MeasuredSkill = z.infer<typeof measuredSkillSchema>;

export const profileViewSchema = z.object({
  employee: employeeViewSchema,
  summary: z.string().describe('from what was measured once there are answers; before that, from the claims'),
  measured: z.array(measuredSkillSchema).describe('expected skills with at least one answer, core first'),
  strengths: z.array(skillStandingSchema),
  weaknesses: z.array(skillStandingSchema),
  missing: z.array(skillStandingSchema),
  belowTarget: z.array(skillStandingSchema),
  additional: z.array(skillStandingSchema),
  expectedSkills: z.array(skillStandingSchema),
});
export type ProfileView = z.infer<typeof profileViewSchema>;

export const dashboardViewSchema = z.object({
  profile: profileViewSchema,
  assessment: assessmentViewSchema.nullable().describe('the open assessment, else the latest completed one, else null'),
  sitting: sittingProgressSchema.nullable().describe('how far along the open assessment is (questions asked, the most it can take, skills settled); null when none is open'),
  results: resultsViewSchema.nullable(),
  learningPath: learningPathViewSchema.nullable(),
  progress: progressBarViewSchema.describe("the original's four workflow steps, as GET .../progress-bar/ returns them"),
});
export type DashboardView = z.infer<typeof dashboardViewSchema>;

/** Where a person stands, without the profile summary: what chat needs to decide what a command means. */
export const standingViewSchema = z.object({
  open: z
    .object({ sessionId: z.number().int(), answered: z.number().int(), total: z.number().int() })
    .nullable()
    .describe('the assessment in progress, if any'),
  scoredSessionId: z.number().int().nullable().describe('the latest scored assessment, if any'),
  pathSessionId: z.number().int().nullable().describe('the session the current learning path was built from, if there is a path'),
});
export type StandingView = z.infer<typeof standingViewSchema>;

/** An employee as a directory lists them: enough to recognise and pick a person, no scores. */
export const directoryEntrySchema = z.object({
  id: z.number().int(),
  employeeNumber: z.string(),
  name: z.string(),
  title: z.string(),
  role: z.string().nullable(),
  reports: z.number().int().describe('how many people report to them (0 for anyone who is not a manager)'),
});
export type DirectoryEntry = z.infer<typeof directoryEntrySchema>;

export const directoryViewSchema = z.object({
  employees: z.array(directoryEntrySchema).describe('managers first, then by name'),
  total: z.number().int().describe('how many employees there are in all (the list may be cut)'),
});
export type DirectoryView = z.infer<typeof directoryViewSchema>;
