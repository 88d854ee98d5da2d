import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { requireEmployee } from '../shared/employees.js';
import { sessionCounts } from './queries.js';
import { findGaps } from './rules/gaps.js';
import { scorePercent } from './rules/scoring.js';
import type { ResultsView } from './views.js';

/** Results of one scored session: per-skill scores, in plan order, with the gaps named. */
export async function resultsView(deps: CoreDeps, sessionId: number): Promise<ResultsView> {
  return buildResultsView(await loadScoredSession(deps, sessionId), deps.settings.gapThreshold);
}

/** A scored session with what its results view needs, and what an assessment view needs. */
export async function loadScoredSession(deps: CoreDeps, sessionId: number) {
  const [session, counts] = await Promise.all([
    deps.db.assessmentSession.findUniqueOrThrow({
      where: { id: sessionId },
      include: { skills: { include: { skill: { select: { id: true, name: true } } }, orderBy: { position: 'asc' } }, results: true },
    }),
    sessionCounts(deps.db, sessionId),
  ]);
  return { ...session, counts };
}

export function buildResultsView(session: Awaited<ReturnType<typeof loadScoredSession>>, threshold: number): ResultsView {
  const resultBySkill = new Map(session.results.map((result) => [result.skillId, result]));
  const rows = session.skills
    .filter((entry) => resultBySkill.has(entry.skillId))
    .map((entry) => {
      const result = resultBySkill.get(entry.skillId)!;
      return { skillId: entry.skillId, name: entry.skill.name, category: entry.category, asked: result.asked, correct: result.correct, score: result.score };
    });
  const gaps = findGaps(rows, threshold);
  const gapIds = new Set(gaps.map((gap) => gap.skillId));
  const asked = rows.reduce((sum, row) => sum + row.asked, 0);
  const correct = rows.reduce((sum, row) => sum + row.correct, 0);
  return {
    sessionId: session.id,
    employeeId: session.employeeId,
    completedAt: (session.completedAt ?? session.updatedAt).toISOString(),
    threshold,
    overallScore: scorePercent(correct, asked),
    unanswered: session.counts.questions - session.counts.answers,
    skills: rows.map((row) => ({ ...row, isGap: gapIds.has(row.skillId) })),
    gaps: gaps.map((gap) => ({ skillId: gap.skillId, name: gap.name, category: gap.category, score: gap.score, shortfall: gap.shortfall })),
  };
}

export async function latestCompletedSessionId(deps: CoreDeps, employeeId: number): Promise<number | null> {
  const latest = await deps.db.assessmentSession.findFirst({
    where: { employeeId, status: 'COMPLETED' },
    orderBy: [{ completedAt: 'desc' }, { id: 'desc' }],
    select: { id: true },
  });
  return latest?.id ?? null;
}

/** The results of the employee's latest scored assessment, or NO_COMPLETED_ASSESSMENT. */
export async function getResults(deps: CoreDeps, input: { employeeId: number }): Promise<ResultsView> {
  await requireEmployee(deps.db, input.employeeId);
  const sessionId = await latestCompletedSessionId(deps, input.employeeId);
  if (sessionId === null) throw new SkillcheckError('NO_COMPLETED_ASSESSMENT');
  return resultsView(deps, sessionId);
}
