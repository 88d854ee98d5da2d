import type { CoreDeps } from '../context.js';
import { recordEvent } from '../shared/events.js';
import { contentProgressView, ensureProgressRow, markPathCompletedIfDone, requirePathContent } from './queries.js';
import { LearningEventType } from './rules/learning-events.js';
import type { ContentProgressView } from './views.js';

/** Completes a path item (from NOT_STARTED or IN_PROGRESS; DONE is final). The last one completes the path. */
export async function completeContent(deps: CoreDeps, input: { employeeId: number; contentId: number }): Promise<ContentProgressView> {
  const { content, path } = await requirePathContent(deps, input.employeeId, input.contentId);
  let changed = false;
  await deps.db.$transaction(async (tx) => {
    const now = deps.now();
    const row = await ensureProgressRow(tx, input.employeeId, content.id);
    const done = await tx.learningProgress.updateMany({
      where: { employeeId: input.employeeId, contentId: content.id, status: { not: 'DONE' } },
      data: { status: 'DONE', completedAt: now, startedAt: row.startedAt ?? now },
    });
    changed = done.count > 0;
    if (changed) {
      await recordEvent(tx, { employeeId: input.employeeId, type: LearningEventType.CONTENT_COMPLETED, contentId: content.id, at: now });
      await markPathCompletedIfDone(tx, input.employeeId, path, now);
    }
  });
  return contentProgressView(deps, input.employeeId, content, changed);
}
