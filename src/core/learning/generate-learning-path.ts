import { latestCompletedSessionId } from '../assessment/get-results.js';
import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import { loadEmployee } from '../shared/employees.js';
import { recordEvent } from '../shared/events.js';
import { learningPathView } from './get-learning-path.js';
import { pathResults } from './path-results.js';
import { LearningEventType } from './rules/learning-events.js';
import { buildLearningPath } from './rules/path-builder.js';
import type { LearningPathView } from './views.js';

/**
 * Builds the learning path from the latest scored assessment: for every certain gap (never a skill not
 * decided yet: that one gets check-ins first), core first and biggest first, the content that fits it
 * from where the estimate is up to the target, as much as its shortfall asks for, each item with a
 * reason of its own (rules/path-builder.ts). The path is a snapshot; generating again replaces it.
 * Progress on content survives: an item done before stays done.
 */
export async function generateLearningPath(deps: CoreDeps, input: { employeeId: number }): Promise<LearningPathView> {
  const employee = await loadEmployee(deps.db, input.employeeId);
  const sessionId = await latestCompletedSessionId(deps, employee.id);
  if (sessionId === null) throw new SkillcheckError('NO_COMPLETED_ASSESSMENT');

  const threshold = deps.settings.gapThreshold;
  const { gaps } = await pathResults(deps.db, sessionId, threshold);
  const catalogue = await deps.db.learningContent.findMany({ where: { skillId: { in: gaps.map((gap) => gap.skillId) } } });
  const items = buildLearningPath(
    gaps,
    catalogue.map((content) => ({
      contentId: content.id,
      skillId: content.skillId,
      title: content.title,
      type: content.type,
      difficulty: content.difficulty,
      minutes: content.minutes,
      source: content.source,
    })),
    { maxPerGap: deps.settings.maxItemsPerGap, roleName: employee.role?.name ?? null },
  );

  let pathId: number;
  try {
    pathId = await deps.db.$transaction(async (tx) => {
      const now = deps.now();
      await tx.learningPath.updateMany({ where: { currentSlot: employee.id }, data: { currentSlot: null } });
      const path = await tx.learningPath.create({
        data: {
          employeeId: employee.id,
          sessionId,
          currentSlot: employee.id,
          threshold,
          createdAt: now,
          items: { create: items.map((item, index) => ({ ...item, position: index + 1 })) },
        },
      });
      for (const item of items) {
        await tx.learningProgress.upsert({
          where: { employeeId_contentId: { employeeId: employee.id, contentId: item.contentId } },
          create: { employeeId: employee.id, contentId: item.contentId },
          update: {},
        });
      }
      await recordEvent(tx, {
        employeeId: employee.id,
        type: LearningEventType.LEARNING_PATH_GENERATED,
        sessionId,
        data: { pathId: path.id, gaps: gaps.length, items: items.length },
        at: now,
      });
      return path.id;
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Generated concurrently: the other request's path is the current one.
    const current = await deps.db.learningPath.findUnique({ where: { currentSlot: employee.id }, select: { id: true } });
    if (!current) throw error;
    pathId = current.id;
  }
  return learningPathView(deps, pathId);
}
