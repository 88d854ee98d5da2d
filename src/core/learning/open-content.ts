import type { CoreDeps } from '../context.js';
import { recordEvent } from '../shared/events.js';
import { contentProgressView, requirePathContent, startIfNotStarted } from './queries.js';
import { LearningEventType } from './rules/learning-events.js';
import type { ContentProgressView } from './views.js';

/** Opens a path item: NOT_STARTED becomes IN_PROGRESS (DONE stays DONE); returns the URL. Every open is recorded. */
export async function openContent(deps: CoreDeps, input: { employeeId: number; contentId: number }): Promise<ContentProgressView> {
  const { content } = await requirePathContent(deps, input.employeeId, input.contentId);
  let changed = false;
  await deps.db.$transaction(async (tx) => {
    const now = deps.now();
    changed = await startIfNotStarted(tx, input.employeeId, content.id, now, true);
    if (!changed) {
      await tx.learningProgress.update({
        where: { employeeId_contentId: { employeeId: input.employeeId, contentId: content.id } },
        data: { openedAt: now },
      });
    }
    await recordEvent(tx, { employeeId: input.employeeId, type: LearningEventType.CONTENT_OPENED, contentId: content.id, data: { url: content.url }, at: now });
  });
  return contentProgressView(deps, input.employeeId, content, changed);
}
