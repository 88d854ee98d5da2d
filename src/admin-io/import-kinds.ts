import type { ImportBatch, ImportSection } from '../core/admin/views.js';

/** What an admin says a pasted file holds; `auto` lets the file say (its CSV header or its JSON sections). */
export const IMPORT_KINDS = {
  auto: 'Tell from the content',
  organisation: 'A whole organisation (JSON: any of skills, roles, content, employees, questionBank)',
  skills: 'Skills',
  roles: 'Roles and their expected skills',
  content: 'Learning content',
  employees: 'People',
  questionBank: 'Bank questions (JSON)',
} as const;
export type ImportKind = keyof typeof IMPORT_KINDS;

export const isImportKind = (value: unknown): value is ImportKind => typeof value === 'string' && Object.hasOwn(IMPORT_KINDS, value);

const SECTION_WORDS: Record<ImportSection, string> = { skills: 'skills', roles: 'roles', content: 'learning content', employees: 'people', questionBank: 'bank questions' };

/** Why a file does not hold the kind the admin chose, or null when it does (or when the file may hold any). */
export function kindProblem(batch: ImportBatch, kind: ImportKind): string | null {
  const held = (Object.keys(batch) as ImportSection[]).filter((section) => batch[section].length > 0);
  if (held.length === 0) return 'The file holds no rows.';
  if (kind === 'auto' || kind === 'organisation') return null;
  const others = held.filter((section) => section !== kind);
  if (others.length === 0) return null;
  return `You chose ${SECTION_WORDS[kind]}, but the file holds ${others.map((section) => SECTION_WORDS[section]).join(' and ')}. Choose what it holds, or "${IMPORT_KINDS.auto}".`;
}
