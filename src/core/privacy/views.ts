import { z } from 'zod';
import { verdictSchema } from '../assessment/views.js';
import { isoDateSchema, skillCategorySchema } from '../shared/types.js';
import { MANAGER_VIEWS } from './rules/manager-view.js';

export const managerViewSchema = z.enum(MANAGER_VIEWS).describe('VERDICTS: the manager sees verdicts only; LEVELS: levels and scores too');

/** A report's latest results as their manager reads them when the report chose VERDICTS: no score, level or certainty. */
export const verdictsOnlyViewSchema = z.object({
  sessionId: z.number().int(),
  completedAt: isoDateSchema,
  skills: z.array(
    z.object({
      skillId: z.number().int(),
      name: z.string(),
      category: skillCategorySchema.nullable(),
      targetLevel: z.number().int().nullable(),
      verdict: verdictSchema.nullable(),
      isGap: z.boolean(),
    }),
  ),
  gaps: z.array(z.object({ skillId: z.number().int(), name: z.string(), category: skillCategorySchema })).describe('certain gaps: core first'),
  notSure: z.array(z.object({ skillId: z.number().int(), name: z.string() })),
});
export type VerdictsOnlyView = z.infer<typeof verdictsOnlyViewSchema>;

/** A person's privacy choices, as their privacy card shows them. */
export const privacySettingsViewSchema = z.object({
  employeeId: z.number().int(),
  managerView: managerViewSchema.describe('what their manager sees now'),
  chosen: z.boolean().describe("false: the person made no choice, so the organisation's default applies"),
  organisationDefault: managerViewSchema,
  hasManager: z.boolean(),
  remindersEnabled: z.boolean(),
  checkInsEnabled: z.boolean(),
  pausedUntil: isoDateSchema.nullable().describe('reminders, check-ins and nudges paused until this time; null: not paused'),
  pausedUntilDay: z.string().nullable().describe("the day messages come again, in the person's time zone (YYYY-MM-DD)"),
  checkInsPausedUntilDay: z.string().nullable().describe('check-ins alone paused ("pause checkins") until another day than the pause above'),
});
export type PrivacySettingsView = z.infer<typeof privacySettingsViewSchema>;
