import type { ContentType, Difficulty, ProgressStatus } from '../core/shared/types.js';

/** Text helpers shared by the chat renderers (Slack and Teams render the same view models). */
/** Cuts text to `max` characters with a visible ellipsis; one-line text (labels) also folds its white space. */
export function truncate(text: string, max: number, options: { multiline?: boolean } = {}): string {
  const clean = options.multiline ? text.trim() : text.replace(/\s+/g, ' ').trim();
  return clean.length <= max ? clean : `${clean.slice(0, Math.max(0, max - 1)).trimEnd()}…`;
}

/** A text progress bar: ten cells, filled by percent. */
export function bar(percent: number, width = 10): string {
  const filled = Math.round((Math.max(0, Math.min(100, percent)) / 100) * width);
  return '█'.repeat(filled) + '░'.repeat(width - filled);
}

export function duration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

export const contentTypeLabel: Record<ContentType, string> = { VIDEO: 'Video', COURSE: 'Course', ARTICLE: 'Article' };
export const difficultyLabel: Record<Difficulty, string> = { BEGINNER: 'Beginner', INTERMEDIATE: 'Intermediate', ADVANCED: 'Advanced' };
export const statusLabel: Record<ProgressStatus, string> = { NOT_STARTED: 'Not started', IN_PROGRESS: 'In progress', DONE: 'Done' };
export const statusIcon: Record<ProgressStatus, string> = { NOT_STARTED: '○', IN_PROGRESS: '◐', DONE: '●' };

/** "1 gap", "4 gaps": a count and its noun, said once. */
export const plural = (count: number, noun: string, many = `${noun}s`) => `${count} ${count === 1 ? noun : many}`;

export const firstName = (name: string) => name.split(' ')[0] ?? name;
