import type { ContentType } from '../shared/types.js';

/** The employee behind a chat user: what the chat adapters need on every click, read in one statement. */
export interface ChatUserView {
  id: number;
  name: string;
  timezone: string | null;
}

export interface ReminderView {
  employeeId: number;
  firstName: string;
  idleDays: number;
  next: { contentId: number; title: string; type: ContentType; minutes: number; url: string; status: 'NOT_STARTED' | 'IN_PROGRESS' };
  path: { done: number; total: number; percent: number };
}
