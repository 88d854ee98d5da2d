export const OPTION_KEYS = ['A', 'B', 'C', 'D'] as const;
export type OptionKey = (typeof OPTION_KEYS)[number];
export const isOptionKey = (value: unknown): value is OptionKey => typeof value === 'string' && (OPTION_KEYS as readonly string[]).includes(value);

export const DIFFICULTIES = ['BEGINNER', 'INTERMEDIATE', 'ADVANCED'] as const;
export type Difficulty = (typeof DIFFICULTIES)[number];

export type SkillCategory = 'CORE' | 'NICE_TO_HAVE';
export type ProgressStatus = 'NOT_STARTED' | 'IN_PROGRESS' | 'DONE';
export type ContentType = 'VIDEO' | 'COURSE' | 'ARTICLE';
