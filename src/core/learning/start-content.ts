import type { CoreDeps } from '../context.js';
import { recordEvent } from '../shared/events.js';
import { contentProgressView, requirePathContent, startIfNotStarted } from './queries.js';
import { LearningEventType } from './rules/learning-events.js';
import type { ContentProgressView } from './views.js';

/** Starts a path item: NOT_STARTED becomes IN_PROGRESS; an item in progress or done is left as it is. */
export async function startContent(deps: CoreDeps, input: { employeeId: number; contentId: number }): Promise<ContentProgressView> {
  const { content } = await requirePathContent(deps, input.employeeId, input.contentId);
  let changed = false;
  await deps.db.$transaction(async (tx) => {
    const now = deps.now();
    changed = await startIfNotStarted(tx, input.employeeId, content.id, now);
    if (changed) await recordEvent(tx, { employeeId: input.employeeId, type: LearningEventType.CONTENT_STARTED, contentId: content.id, at: now });
  });
  return contentProgressView(deps, input.employeeId, content, changed);
}
