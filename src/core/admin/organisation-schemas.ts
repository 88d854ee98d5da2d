import { z } from 'zod';
import { NotifyVia } from '../ports/database.js';
import { DIFFICULTIES, OPTION_KEYS } from '../shared/types.js';

/** Shapes of organisation data: one row of each kind, as the importer validates it (the demo seed uses them too). */
const key = z.string().trim().toLowerCase().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and hyphens');
const level = z.number().int().min(1).max(5);

export const skillSchema = z.object({
  key,
  name: z.string().trim().min(1).max(80),
  aliases: z.array(z.string().trim().min(1).max(80)).default([]),
  description: z.string().max(500).default(''),
});

export const roleSchema = z.object({
  key,
  name: z.string().trim().min(1).max(120),
  description: z.string().max(1000).default(''),
  skills: z
    .array(z.object({ skill: key, category: z.enum(['CORE', 'NICE_TO_HAVE']), targetLevel: level.default(3) }))
    .min(1)
    .refine((skills) => new Set(skills.map((entry) => entry.skill)).size === skills.length, 'a skill is listed twice'),
});

export const employeeSchema = z.object({
  employeeNumber: z.string().trim().min(1).max(64),
  name: z.string().trim().min(1).max(120),
  email: z.email().transform((email) => email.toLowerCase()),
  title: z.string().max(120).default(''),
  role: key.nullable().default(null),
  manager: z.string().nullable().default(null),
  timezone: z.string().nullable().default(null),
  /** where scheduled messages (digests, reminders) go: AUTO = the first platform that reaches them, BOTH = all of them, else one platform by name; absent = left as it is */
  notifyVia: z.enum(NotifyVia).optional(),
  /** a Skillcheck admin (the console's admin pages); absent = left as it is */
  isAdmin: z.boolean().optional(),
  /** the claimed skills; when given, they replace the employee's list; when absent, the list is left as it is */
  skills: z.array(z.object({ skill: key, level })).optional(),
});

export const organisationSchema = z.object({
  skills: z.array(skillSchema).default([]),
  roles: z.array(roleSchema).default([]),
  employees: z.array(employeeSchema).default([]),
});

export const contentSchema = z.object({
  key,
  skill: key,
  type: z.enum(['VIDEO', 'COURSE', 'ARTICLE']),
  title: z.string().trim().min(1).max(200),
  url: z.url({ protocol: /^https?$/ }),
  thumbnailUrl: z.url({ protocol: /^https?$/ }).nullable().default(null),
  minutes: z.number().int().min(1).max(10_000),
  difficulty: z.enum(DIFFICULTIES),
  source: z.string().max(120).default(''),
});

export const bankQuestionSchema = z.object({
  id: key,
  difficulty: z.enum(DIFFICULTIES),
  stem: z.string().trim().min(1).max(1000),
  options: z.object({ A: z.string().trim().min(1), B: z.string().trim().min(1), C: z.string().trim().min(1), D: z.string().trim().min(1) }),
  answer: z.enum(OPTION_KEYS),
  explanation: z.string().default(''),
  /** the question's calibrated difficulty on the ability scale (logits), when known; else the label's prior */
  calibratedDifficulty: z.number().min(-4).max(4).optional(),
});

export const bankFileSchema = z.object({ skill: key, questions: z.array(bankQuestionSchema) });

export type OrganisationData = z.infer<typeof organisationSchema>;
export type ContentData = z.infer<typeof contentSchema>;
export type BankFileData = z.infer<typeof bankFileSchema>;

export type SkillRow = z.infer<typeof skillSchema>;
export type RoleRow = z.infer<typeof roleSchema>;
export type EmployeeRow = z.infer<typeof employeeSchema>;
export type ContentRow = z.infer<typeof contentSchema>;
export type BankQuestionRow = z.infer<typeof bankQuestionSchema>;

/** The fields of a learning item that an import writes and an export reads back, besides its key and skill. */
export const contentFields = ['type', 'title', 'url', 'thumbnailUrl', 'minutes', 'difficulty', 'source'] as const;

export function contentValues<T extends Record<(typeof contentFields)[number], unknown>>(item: T): Pick<T, (typeof contentFields)[number]> {
  return Object.fromEntries(contentFields.map((field) => [field, item[field]])) as Pick<T, (typeof contentFields)[number]>;
}
