import type { LearningEventType } from '../learning/rules/learning-events.js';
import type { Tx } from '../ports/database.js';

export function recordEvent(
  tx: Tx,
  event: { employeeId: number; type: LearningEventType; sessionId?: number; contentId?: number; data?: Record<string, unknown>; at: Date },
) {
  return tx.learningEvent.create({
    data: {
      employeeId: event.employeeId,
      type: event.type,
      sessionId: event.sessionId ?? null,
      contentId: event.contentId ?? null,
      data: JSON.stringify(event.data ?? {}),
      createdAt: event.at,
    },
    select: { id: true },
  });
}
