import type { Db } from '../ports/database.js';

/**
 * A person's scored sittings, newest first (at most `take`), each with its skills (category, target,
 * name) and its stored per-skill results.
 */
export function loadScoredSittings(db: Db, employeeId: number, take: number) {
  return db.assessmentSession.findMany({
    where: { employeeId, status: 'COMPLETED' },
    orderBy: [{ completedAt: 'desc' }, { id: 'desc' }],
    take,
    select: {
      id: true,
      attempt: true,
      completedAt: true,
      updatedAt: true,
      skills: { select: { skillId: true, category: true, targetLevel: true, skill: { select: { name: true } } }, orderBy: { position: 'asc' } },
      results: { select: { skillId: true, asked: true, verdict: true, certainty: true, mean: true, sd: true, targetLevel: true } },
    },
  });
}

export type ScoredSitting = Awaited<ReturnType<typeof loadScoredSittings>>[number];

/** When a sitting was scored (older rows may lack completedAt: their last update stands in). */
export const completedAtOf = (sitting: Pick<ScoredSitting, 'completedAt' | 'updatedAt'>): string => (sitting.completedAt ?? sitting.updatedAt).toISOString();
