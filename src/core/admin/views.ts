import { z } from 'zod';

export const IMPORT_SECTIONS = ['skills', 'roles', 'content', 'employees', 'questionBank'] as const;
export const importSectionSchema = z.enum(IMPORT_SECTIONS);
export type ImportSection = z.infer<typeof importSectionSchema>;

/** One row of an import, with where it came from ("employees.csv line 4", "roles[2]") for the report. */
export const importRowSchema = z.object({ source: z.string(), data: z.unknown() });
export type ImportRow = z.infer<typeof importRowSchema>;

export const importBatchSchema = z.record(importSectionSchema, z.array(importRowSchema));
export type ImportBatch = z.infer<typeof importBatchSchema>;

export const emptyBatch = (): ImportBatch => ({ skills: [], roles: [], content: [], employees: [], questionBank: [] });

const sectionCounts = z.object({ received: z.number().int(), created: z.number().int(), updated: z.number().int(), unchanged: z.number().int() });

export const importRowOutcomeSchema = z
  .enum(['created', 'updated', 'unchanged', 'valid'])
  .describe('what the row does (or, in a dry run, would do); valid: it passed its checks, but rejected rows hold the import back, so nothing of it was worked out further');
export type ImportRowOutcome = z.infer<typeof importRowOutcomeSchema>;

export const importReportSchema = z.object({
  ok: z.boolean().describe('false when any row was rejected: then nothing was written'),
  dryRun: z.boolean(),
  counts: z.object({ skills: sectionCounts, roles: sectionCounts, content: sectionCounts, employees: sectionCounts, questionBank: sectionCounts }),
  rows: z
    .array(z.object({ section: importSectionSchema, source: z.string(), key: z.string(), outcome: importRowOutcomeSchema }))
    .describe('every row that was not rejected, in the order of the file, with what it does'),
  rejected: z.array(z.object({ section: importSectionSchema, source: z.string(), key: z.string().nullable(), reason: z.string() })),
});
export type ImportReport = z.infer<typeof importReportSchema>;

/** The admin's figures across the organisation (the original's analytics page). */
export const analyticsViewSchema = z.object({
  totalEmployees: z.number().int(),
  assessmentsCompleted: z.number().int().describe('scored assessments, every sitting of every person'),
  learningStatus: z
    .object({ NOT_STARTED: z.number().int(), IN_PROGRESS: z.number().int(), DONE: z.number().int() })
    .describe("the items of everyone's current learning path by status"),
  topSkillGaps: z
    .array(z.object({ skill: z.string(), count: z.number().int().describe('people with a certain gap in it') }))
    .describe("skills with the most certain gaps in people's latest scored sittings, most first (at most 5)"),
});
export type AnalyticsView = z.infer<typeof analyticsViewSchema>;
