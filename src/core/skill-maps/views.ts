import { z } from 'zod';
import { isoDateSchema, skillCategorySchema } from '../shared/types.js';

/**
 * What a skill map cell says about one person and one skill: the verdict against the role's target
 * (from the current estimate, which check-ins keep updating), not assessed yet, or not expected of the role.
 */
export const cellStateSchema = z.enum(['GAP', 'ON_TARGET', 'NOT_SURE', 'NOT_ASSESSED', 'NOT_EXPECTED']);
export type CellState = z.infer<typeof cellStateSchema>;

export const levelRangeSchema = z.object({ low: z.number().int(), high: z.number().int() }).describe('levels 1-5 holding the middle 80% of the estimate');

export const skillColumnSchema = z.object({
  skillId: z.number().int(),
  name: z.string(),
  category: skillCategorySchema.describe('CORE when any role shown expects it as core'),
});
export type SkillColumn = z.infer<typeof skillColumnSchema>;

export const skillCellSchema = z.object({
  skillId: z.number().int(),
  state: cellStateSchema,
  targetLevel: z.number().int().nullable().describe('null when the role does not expect the skill'),
  level: levelRangeSchema.nullable().describe('null when not measured, or where the person does not allow it to be shown'),
  certainty: z.number().nullable().describe('how likely the verdict is right, 0.5-1; null when not measured'),
});
export type SkillCell = z.infer<typeof skillCellSchema>;

export const teamHeatMapViewSchema = z.object({
  manager: z.object({ id: z.number().int(), name: z.string() }),
  generatedAt: isoDateSchema,
  skills: z.array(skillColumnSchema).describe("the union of the reports' roles' expected skills: those expected of the most reports first; among equals core first, one role's together, then by name"),
  rows: z
    .array(
      z.object({
        employeeId: z.number().int(),
        name: z.string(),
        roleName: z.string().nullable(),
        levelsHidden: z.boolean().describe('the person chose that their manager sees verdicts only: no level range or certainty in their cells'),
        cells: z.array(skillCellSchema).describe('one per column, in the order of `skills`'),
      }),
    )
    .describe('direct reports only, by name'),
});
export type TeamHeatMapView = z.infer<typeof teamHeatMapViewSchema>;

export const stateCountsSchema = z.object({
  gap: z.number().int(),
  onTarget: z.number().int(),
  notSure: z.number().int(),
  notAssessed: z.number().int(),
});
export type StateCounts = z.infer<typeof stateCountsSchema>;

export const orgHeatMapViewSchema = z.object({
  generatedAt: isoDateSchema,
  minGroupSize: z.number().int().describe('a group smaller than this is never shown'),
  skills: z.array(skillColumnSchema).describe("the shown roles' expected skills: core first; within each, those expected of the most people first, one role's together, then by name"),
  rows: z
    .array(
      z.object({
        roleId: z.number().int(),
        roleName: z.string(),
        people: z.number().int(),
        cells: z.array(z.object({ skillId: z.number().int(), counts: stateCountsSchema.nullable().describe('null when the role does not expect the skill') })),
      }),
    )
    .describe('roles with at least minGroupSize people, by name'),
  hiddenRoles: z.number().int().describe('roles with people, but fewer than minGroupSize: left out'),
});
export type OrgHeatMapView = z.infer<typeof orgHeatMapViewSchema>;

export const skillProfileViewSchema = z.object({
  employee: z.object({ id: z.number().int(), name: z.string(), roleName: z.string().nullable() }),
  generatedAt: isoDateSchema,
  skills: z
    .array(
      skillColumnSchema.extend(skillCellSchema.omit({ skillId: true }).shape).extend({
        moreQuestions: z.number().int().nullable().describe('for "not sure yet": about how many more answers would decide it; null otherwise'),
      }),
    )
    .describe("the role's expected skills (core first, then by name): the level range against the target, the verdict and its certainty"),
});
export type SkillProfileView = z.infer<typeof skillProfileViewSchema>;
