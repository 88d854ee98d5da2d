import { z } from 'zod';
import { skillCategorySchema } from '../../shared/types.js';

const skillRefSchema = z.object({ key: z.string(), name: z.string() });

/** A role as an admin edits it: its expected skills, core first, and how many people hold it. */
export const roleViewSchema = z.object({
  key: z.string(),
  name: z.string(),
  description: z.string(),
  people: z.number().int().describe('employees who hold the role'),
  skills: z
    .array(z.object({ skill: skillRefSchema, category: skillCategorySchema, targetLevel: z.number().int().min(1).max(5).describe('expected level, 1 (aware) .. 5 (expert)') }))
    .describe('the expected skills, core first, then by name'),
});
export type RoleView = z.infer<typeof roleViewSchema>;

export const roleListViewSchema = z.object({
  roles: z.array(roleViewSchema).describe('by name'),
  skills: z.array(skillRefSchema).describe('every skill of the catalogue (what a role can be given), by name'),
});
export type RoleListView = z.infer<typeof roleListViewSchema>;
