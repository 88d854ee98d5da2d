import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { requireEmployee } from '../shared/employees.js';
import type { LearningPathView } from './views.js';

export async function learningPathView(deps: CoreDeps, pathId: number): Promise<LearningPathView> {
  const path = await deps.db.learningPath.findUniqueOrThrow({
    where: { id: pathId },
    include: {
      items: { include: { content: true, skill: { select: { id: true, name: true } } }, orderBy: { position: 'asc' } },
      session: { include: { skills: { select: { skillId: true, category: true } } } },
    },
  });
  const progress = await deps.db.learningProgress.findMany({
    where: { employeeId: path.employeeId, contentId: { in: path.items.map((item) => item.contentId) } },
  });
  const statusOf = new Map(progress.map((row) => [row.contentId, row.status]));
  const categoryOf = new Map(path.session.skills.map((entry) => [entry.skillId, entry.category]));

  const groups: LearningPathView['groups'] = [];
  for (const item of path.items) {
    let group = groups.find((entry) => entry.skill.id === item.skillId);
    if (!group) {
      group = { skill: item.skill, category: categoryOf.get(item.skillId) ?? null, score: item.score, items: [] };
      groups.push(group);
    }
    group.items.push({
      contentId: item.contentId,
      position: item.position,
      title: item.content.title,
      type: item.content.type,
      url: item.content.url,
      thumbnailUrl: item.content.thumbnailUrl,
      minutes: item.content.minutes,
      difficulty: item.content.difficulty,
      source: item.content.source,
      reason: item.reason,
      status: statusOf.get(item.contentId) ?? 'NOT_STARTED',
    });
  }
  const all = groups.flatMap((group) => group.items);
  const done = all.filter((item) => item.status === 'DONE').length;
  return {
    pathId: path.id,
    employeeId: path.employeeId,
    sessionId: path.sessionId,
    generatedAt: path.createdAt.toISOString(),
    threshold: path.threshold,
    groups,
    completion: {
      total: all.length,
      done,
      inProgress: all.filter((item) => item.status === 'IN_PROGRESS').length,
      percent: all.length === 0 ? 0 : Math.round((done / all.length) * 100),
      completed: all.length > 0 && done === all.length,
    },
  };
}

export async function currentPathId(deps: CoreDeps, employeeId: number): Promise<number | null> {
  const path = await deps.db.learningPath.findUnique({ where: { currentSlot: employeeId }, select: { id: true } });
  return path?.id ?? null;
}

/** The employee's current learning path, or NO_LEARNING_PATH. */
export async function getLearningPath(deps: CoreDeps, input: { employeeId: number }): Promise<LearningPathView> {
  await requireEmployee(deps.db, input.employeeId);
  const pathId = await currentPathId(deps, input.employeeId);
  if (pathId === null) throw new SkillcheckError('NO_LEARNING_PATH');
  return learningPathView(deps, pathId);
}
