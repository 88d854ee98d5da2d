import { cachedLearnerRead } from '../reads/learner-read-cache.js';
import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { requireEmployee } from '../shared/employees.js';
import { storedEstimates } from '../measurement/skill-estimates.js';
import { verdictFor } from '../measurement/rules/verdict.js';
import { pathResults } from './path-results.js';
import { closedGaps } from './rules/gaps-closed.js';
import { planWeek, type WeekPlan } from './rules/weekly-plan.js';
import type { LearningPathView } from './views.js';

/**
 * A learning path as people read it: items grouped by gap in path order, each with its status, whether
 * it is where to start, and whether it fits this week's time (LEARNING_HOURS_PER_WEEK) or is kept for
 * later; the time it takes and has left; the share of its gaps closed by later measurement; and the
 * skills still not decided, which get check-ins before any content.
 */
export async function learningPathView(deps: CoreDeps, pathId: number): Promise<LearningPathView> {
  const path = await deps.db.learningPath.findUniqueOrThrow({
    where: { id: pathId },
    include: {
      items: { include: { content: true, skill: { select: { id: true, name: true } } }, orderBy: { position: 'asc' } },
      session: { include: { skills: { select: { skillId: true, category: true } } } },
    },
  });
  const [results, progress] = await Promise.all([
    pathResults(deps.db, path.sessionId, path.threshold),
    deps.db.learningProgress.findMany({ where: { employeeId: path.employeeId, contentId: { in: path.items.map((item) => item.contentId) } } }),
  ]);
  const estimates = await storedEstimates(deps.db, path.employeeId, [...results.gaps, ...results.notSure].map((skill) => skill.skillId));
  const measuredSince = [...estimates.values()].filter((row) => row.answers > 0 && row.measuredAt.getTime() > results.scoredAt.getTime());
  const required = deps.settings.skillCertainty;
  const closed = closedGaps(results.gaps, measuredSince, { since: results.scoredAt, required });
  const decidedSince = new Set(
    results.notSure.flatMap((skill) => {
      const row = measuredSince.find((entry) => entry.skillId === skill.skillId);
      return row && verdictFor(row, skill.targetLevel, required).verdict !== 'NOT_SURE' ? [skill.skillId] : [];
    }),
  );

  const statusOf = new Map(progress.map((row) => [row.contentId, row.status]));
  const categoryOf = new Map(path.session.skills.map((entry) => [entry.skillId, entry.category]));
  const gapOf = new Map(results.gaps.map((gap) => [gap.skillId, gap]));
  const statuses = path.items.map((item) => statusOf.get(item.contentId) ?? 'NOT_STARTED');
  const weeks = planWeek(
    path.items.map((item, index) => ({ minutes: item.content.minutes, done: statuses[index] === 'DONE' })),
    Math.round(deps.settings.learningHoursPerWeek * 60),
  );
  const startHere = statuses.findIndex((status) => status !== 'DONE');

  const groups: LearningPathView['groups'] = [];
  path.items.forEach((item, index) => {
    let group = groups.find((entry) => entry.skill.id === item.skillId);
    if (!group) {
      const gap = gapOf.get(item.skillId);
      group = {
        skill: item.skill,
        category: categoryOf.get(item.skillId) ?? null,
        score: item.score,
        targetLevel: gap?.targetLevel ?? null,
        level: gap?.level ?? null,
        certainty: gap?.certainty ?? null,
        closed: closed.has(item.skillId),
        items: [],
      };
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
      status: statuses[index]!,
      startHere: index === startHere,
      week: weeks[index]!,
    });
  });
  const all = groups.flatMap((group) => group.items);
  const done = all.filter((item) => item.status === 'DONE').length;
  const minutes = (week?: WeekPlan) => all.filter((item) => (week ? item.week === week : item.week !== 'DONE')).reduce((sum, item) => sum + item.minutes, 0);
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
    time: {
      totalMinutes: all.reduce((sum, item) => sum + item.minutes, 0),
      leftMinutes: minutes(),
      thisWeekMinutes: minutes('THIS_WEEK'),
      laterMinutes: minutes('LATER'),
      hoursPerWeek: deps.settings.learningHoursPerWeek,
    },
    gaps: {
      total: results.gaps.length,
      closed: closed.size,
      percent: results.gaps.length === 0 ? 0 : Math.round((closed.size / results.gaps.length) * 100),
    },
    notSure: results.notSure.filter((skill) => !decidedSince.has(skill.skillId)).map(({ skillId, name }) => ({ skillId, name })),
  };
}

export async function currentPathId(deps: CoreDeps, employeeId: number): Promise<number | null> {
  const path = await deps.db.learningPath.findUnique({ where: { currentSlot: employeeId }, select: { id: true } });
  return path?.id ?? null;
}

/** The employee's current learning path, or NO_LEARNING_PATH. */
export async function getLearningPath(deps: CoreDeps, input: { employeeId: number }): Promise<LearningPathView> {
  return cachedLearnerRead(deps, 'learning-path', input.employeeId, () => computeLearningPath(deps, input));
}

async function computeLearningPath(deps: CoreDeps, input: { employeeId: number }): Promise<LearningPathView> {
  await requireEmployee(deps.db, input.employeeId);
  const pathId = await currentPathId(deps, input.employeeId);
  if (pathId === null) throw new SkillcheckError('NO_LEARNING_PATH');
  return learningPathView(deps, pathId);
}
