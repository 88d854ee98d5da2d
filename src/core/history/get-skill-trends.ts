import { levelRange } from '../measurement/rules/levels.js';
import type { CoreDeps } from '../context.js';
import { requireEmployee } from '../shared/employees.js';
import { completedAtOf, loadScoredSittings } from './queries.js';
import { storedVerdict } from './rules/sitting-summary.js';
import { latestTrend } from './rules/trend.js';
import type { SkillTrendsView } from './views.js';

/** The latest sittings compared side by side. */
const SITTINGS_COMPARED = 6;

type TrendSkill = SkillTrendsView['skills'][number];

/**
 * Per skill, what each of a person's latest scored sittings measured (verdict, certainty, level range)
 * and whether the latest moved better, worse or stayed the same against the one before it.
 */
export async function getSkillTrends(deps: CoreDeps, input: { employeeId: number }): Promise<SkillTrendsView> {
  await requireEmployee(deps.db, input.employeeId);
  const sittings = (await loadScoredSittings(deps.db, input.employeeId, SITTINGS_COMPARED)).reverse();
  const skills = new Map<number, TrendSkill & { means: Array<number | null> }>();
  sittings.forEach((sitting, index) => {
    const planned = new Map(sitting.skills.map((entry) => [entry.skillId, entry]));
    for (const result of sitting.results) {
      const entry = planned.get(result.skillId);
      const skill: TrendSkill & { means: Array<number | null> } = skills.get(result.skillId) ?? { skillId: result.skillId, name: entry?.skill.name ?? '', category: null, targetLevel: null, points: sittings.map(() => null), trend: null, means: sittings.map(() => null) };
      const measured = result.mean !== null && result.sd !== null;
      skill.points[index] = {
        verdict: storedVerdict(result, (entry?.category ?? null) !== null),
        certainty: result.certainty,
        level: measured ? levelRange({ mean: result.mean!, sd: result.sd! }) : null,
      };
      skill.means[index] = result.mean;
      skill.name = entry?.skill.name ?? skill.name;
      skill.category = entry?.category ?? null;
      skill.targetLevel = result.targetLevel ?? entry?.targetLevel ?? null;
      skills.set(result.skillId, skill);
    }
  });
  const ordered = [...skills.values()].sort(
    (a, b) => (a.category === 'CORE' ? 0 : a.category ? 1 : 2) - (b.category === 'CORE' ? 0 : b.category ? 1 : 2) || a.name.localeCompare(b.name) || a.skillId - b.skillId,
  );
  return {
    employeeId: input.employeeId,
    sittings: sittings.map((sitting) => ({ sessionId: sitting.id, attempt: sitting.attempt, completedAt: completedAtOf(sitting) })),
    skills: ordered.map(({ means, ...skill }) => {
      const points = skill.points.flatMap((point, index) => (point ? [{ verdict: point.verdict, mean: means[index] ?? null }] : []));
      return { ...skill, trend: latestTrend(points) };
    }),
  };
}
