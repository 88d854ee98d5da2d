import { findGaps } from '../assessment/rules/gaps.js';
import { cutFor, levelRange } from '../measurement/rules/levels.js';
import type { Db, Tx } from '../ports/database.js';
import type { PathGap } from './rules/path-builder.js';

/**
 * What a learning path is built from, read from one scored session: its certain gaps in path order
 * (core first, biggest first) with where the estimate was, the expected skills it left undecided, and
 * when it was scored (a measurement after that can close a gap).
 */
export async function pathResults(db: Db | Tx, sessionId: number, legacyThreshold: number) {
  const [session, sessionSkills, results] = await Promise.all([
    db.assessmentSession.findUniqueOrThrow({ where: { id: sessionId }, select: { completedAt: true, updatedAt: true } }),
    db.assessmentSessionSkill.findMany({ where: { sessionId }, orderBy: { position: 'asc' }, include: { skill: { select: { name: true } } } }),
    db.assessmentResult.findMany({ where: { sessionId } }),
  ]);
  const planOf = new Map(sessionSkills.map((entry) => [entry.skillId, entry]));
  const resultOf = new Map(results.map((result) => [result.skillId, result]));
  const rows = results.map((result) => ({
    skillId: result.skillId,
    name: planOf.get(result.skillId)?.skill.name ?? String(result.skillId),
    category: planOf.get(result.skillId)?.category ?? null,
    score: result.score,
    verdict: result.verdict,
    mean: result.mean,
    targetLevel: result.targetLevel,
    certainty: result.certainty,
  }));
  const gaps: PathGap[] = findGaps(rows, legacyThreshold).map((gap) => {
    const sd = resultOf.get(gap.skillId)?.sd ?? null;
    const measured = gap.verdict !== null && gap.mean !== null && sd !== null;
    return {
      skillId: gap.skillId,
      name: gap.name,
      category: gap.category,
      targetLevel: gap.targetLevel,
      shortfall: gap.shortfall,
      // A gap scored before measurement has no estimate: it stands as far below the cut as its shortfall says.
      mean: gap.mean ?? cutFor(gap.targetLevel) - gap.shortfall / 10,
      level: measured ? levelRange({ mean: gap.mean!, sd: sd! }) : null,
      certainty: measured ? gap.certainty : null,
      score: gap.score,
    };
  });
  const notSure = sessionSkills.flatMap((entry) => {
    const result = resultOf.get(entry.skillId);
    return entry.category !== null && result?.verdict === 'NOT_SURE' && result.targetLevel !== null
      ? [{ skillId: entry.skillId, name: entry.skill.name, targetLevel: result.targetLevel }]
      : [];
  });
  return { scoredAt: session.completedAt ?? session.updatedAt, gaps, notSure };
}
