import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import type { Tx } from '../ports/database.js';
import { assertId, requireEmployee } from '../shared/employees.js';
import { recordEvent } from '../shared/events.js';
import { getProgressBar } from './get-progress-bar.js';
import { LearningEventType } from './rules/learning-events.js';
import type { ContentProgressView } from './views.js';

/** The content item, which must be part of the employee's current path. */
export async function requirePathContent(deps: CoreDeps, employeeId: number, contentId: number) {
  await requireEmployee(deps.db, employeeId);
  assertId(contentId, 'content id');
  const content = await deps.db.learningContent.findUnique({ where: { id: contentId } });
  if (!content) throw new SkillcheckError('CONTENT_NOT_FOUND');
  const path = await deps.db.learningPath.findUnique({
    where: { currentSlot: employeeId },
    select: { id: true, createdAt: true, items: { select: { contentId: true } } },
  });
  if (!path) throw new SkillcheckError('NO_LEARNING_PATH');
  if (!path.items.some((item) => item.contentId === contentId)) throw new SkillcheckError('CONTENT_NOT_IN_PATH');
  return { content, path };
}

type PathContent = Awaited<ReturnType<typeof requirePathContent>>;

/** Records LEARNING_COMPLETED once, when the last item of the current path is done. */
export async function markPathCompletedIfDone(tx: Tx, employeeId: number, path: PathContent['path'], at: Date) {
  const done = await tx.learningProgress.count({
    where: { employeeId, status: 'DONE', contentId: { in: path.items.map((item) => item.contentId) } },
  });
  if (done < path.items.length) return;
  const already = await tx.learningEvent.count({
    where: { employeeId, type: LearningEventType.LEARNING_COMPLETED, createdAt: { gte: path.createdAt } },
  });
  if (already === 0) {
    await recordEvent(tx, { employeeId, type: LearningEventType.LEARNING_COMPLETED, data: { pathId: path.id, items: path.items.length }, at });
  }
}

export async function contentProgressView(
  deps: CoreDeps,
  employeeId: number,
  content: PathContent['content'],
  changed: boolean,
): Promise<ContentProgressView> {
  const row = await deps.db.learningProgress.findUniqueOrThrow({
    where: { employeeId_contentId: { employeeId, contentId: content.id } },
    select: { status: true },
  });
  return {
    contentId: content.id,
    title: content.title,
    url: content.url,
    status: row.status,
    changed,
    progress: await getProgressBar(deps, { employeeId }),
  };
}

export function ensureProgressRow(tx: Tx, employeeId: number, contentId: number) {
  return tx.learningProgress.upsert({
    where: { employeeId_contentId: { employeeId, contentId } },
    create: { employeeId, contentId },
    update: {},
  });
}

/** NOT_STARTED -> IN_PROGRESS; anything else is left as it is. True when it changed. */
export async function startIfNotStarted(tx: Tx, employeeId: number, contentId: number, now: Date, opened = false): Promise<boolean> {
  await ensureProgressRow(tx, employeeId, contentId);
  const started = await tx.learningProgress.updateMany({
    where: { employeeId, contentId, status: 'NOT_STARTED' },
    data: { status: 'IN_PROGRESS', startedAt: now, ...(opened ? { openedAt: now } : {}) },
  });
  return started.count > 0;
}
