import { z } from 'zod';

export const OPTION_KEYS = ['A', 'B', 'C', 'D'] as const;
export const optionKeySchema = z.enum(OPTION_KEYS);
export type OptionKey = z.infer<typeof optionKeySchema>;
export const isOptionKey = (value: unknown): value is OptionKey => typeof value === 'string' && (OPTION_KEYS as readonly string[]).includes(value);

export const DIFFICULTIES = ['BEGINNER', 'INTERMEDIATE', 'ADVANCED'] as const;
export const difficultySchema = z.enum(DIFFICULTIES);
export type Difficulty = z.infer<typeof difficultySchema>;

export const skillCategorySchema = z.enum(['CORE', 'NICE_TO_HAVE']);
export type SkillCategory = z.infer<typeof skillCategorySchema>;

export const progressStatusSchema = z.enum(['NOT_STARTED', 'IN_PROGRESS', 'DONE']);
export type ProgressStatus = z.infer<typeof progressStatusSchema>;

export const contentTypeSchema = z.enum(['VIDEO', 'COURSE', 'ARTICLE']);
export type ContentType = z.infer<typeof contentTypeSchema>;

/** How every view model writes a moment: `Date.toISOString()`. */
export const isoDateSchema = z.string().describe('ISO 8601 timestamp');
