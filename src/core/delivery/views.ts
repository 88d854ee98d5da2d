import { z } from 'zod';
import { contentTypeSchema, progressStatusSchema } from '../shared/types.js';

/** The employee behind a chat user: what the chat adapters need on every click, read in one statement. */
export const chatUserViewSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  timezone: z.string().nullable(),
});
export type ChatUserView = z.infer<typeof chatUserViewSchema>;

/** A nudge to a learner who stalled: the item to go on with and how far the path is. */
export const reminderViewSchema = z.object({
  employeeId: z.number().int(),
  firstName: z.string(),
  idleDays: z.number().int(),
  next: z.object({
    contentId: z.number().int(),
    title: z.string(),
    type: contentTypeSchema,
    minutes: z.number().int(),
    url: z.string(),
    status: progressStatusSchema.exclude(['DONE']),
  }),
  path: z.object({ done: z.number().int(), total: z.number().int(), percent: z.number().int() }),
});
export type ReminderView = z.infer<typeof reminderViewSchema>;

/** What one run of scheduled deliveries did. */
export const deliveryReportSchema = z.object({
  claimed: z.number().int(),
  sent: z.number().int(),
  retrying: z.number().int(),
  failed: z.number().int(),
});
export type DeliveryReport = z.infer<typeof deliveryReportSchema>;
