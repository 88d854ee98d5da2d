import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { requireEmployee } from '../shared/employees.js';
import { sessionCounts } from './queries.js';
import { findGaps } from './rules/gaps.js';
import { scorePercent } from './rules/scoring.js';
import { POPULATION } from '../measurement/rules/estimate.js';
import { levelRange } from '../measurement/rules/levels.js';
import { answersToDecide } from '../measurement/rules/verdict.js';
import { unseenItems } from '../measurement/items.js';
import type { ResultsView, VerdictValue } from './views.js';

/** Results of one scored session: per skill, in plan order, the verdict against the target with its certainty and level range; gaps and undecided skills named. */
export async function resultsView(deps: CoreDeps, sessionId: number): Promise<ResultsView> {
  return buildResultsView(await loadScoredSession(deps, sessionId), deps.settings);
}

/**
 * A scored session with what its results view needs, and what an assessment view needs: also which of
 * its undecided skills have no unseen question left for the person (read only when one is undecided).
 */
export async function loadScoredSession(deps: CoreDeps, sessionId: number) {
  const [session, counts] = await Promise.all([
    deps.db.assessmentSession.findUniqueOrThrow({
      where: { id: sessionId },
      include: { skills: { include: { skill: { select: { id: true, name: true } } }, orderBy: { position: 'asc' } }, results: true },
    }),
    sessionCounts(deps.db, sessionId),
  ]);
  const undecided = session.results.filter((result) => result.verdict === 'NOT_SURE').map((result) => result.skillId);
  const unseen = undecided.length > 0 ? await unseenItems(deps.db, session.employeeId, undecided) : new Map<number, unknown[]>();
  const exhausted = new Set(undecided.filter((skillId) => (unseen.get(skillId)?.length ?? 0) === 0));
  return { ...session, counts, exhausted };
}

export function buildResultsView(session: Awaited<ReturnType<typeof loadScoredSession>>, settings: { gapThreshold: number; skillCertainty: number }): ResultsView {
  const resultBySkill = new Map(session.results.map((result) => [result.skillId, result]));
  const rows = session.skills
    .filter((entry) => resultBySkill.has(entry.skillId))
    .map((entry) => {
      const result = resultBySkill.get(entry.skillId)!;
      const estimate = result.mean !== null && result.sd !== null ? { mean: result.mean, sd: result.sd } : { ...POPULATION };
      const targetLevel = result.targetLevel ?? entry.targetLevel;
      const verdict = (result.verdict as VerdictValue | null) ?? (entry.category !== null && result.mean === null ? 'NOT_SURE' : null);
      return {
        skillId: entry.skillId,
        name: entry.skill.name,
        category: entry.category,
        asked: result.asked,
        correct: result.correct,
        dontKnow: result.dontKnow,
        score: result.score,
        targetLevel,
        verdict,
        certainty: result.certainty ?? 0.5,
        level: levelRange(estimate),
        estimate,
        moreQuestions: verdict === 'NOT_SURE' && targetLevel !== null ? answersToDecide(estimate, targetLevel, settings.skillCertainty) : null,
        exhausted: verdict === 'NOT_SURE' && session.exhausted.has(entry.skillId),
        mean: result.mean,
      };
    });
  const gaps = findGaps(
    rows.map((row) => ({ ...row, verdict: row.verdict === 'NOT_SURE' && row.mean === null ? null : row.verdict })),
    settings.gapThreshold,
  );
  const gapIds = new Set(gaps.map((gap) => gap.skillId));
  const asked = rows.reduce((sum, row) => sum + row.asked, 0);
  const correct = rows.reduce((sum, row) => sum + row.correct, 0);
  return {
    sessionId: session.id,
    employeeId: session.employeeId,
    completedAt: (session.completedAt ?? session.updatedAt).toISOString(),
    threshold: settings.gapThreshold,
    overallScore: scorePercent(correct, asked),
    // Once the retention purge has deleted a sitting's answers (fewer kept than were scored right), how many were
    // left unanswered is no longer known: none is claimed.
    unanswered: session.counts.answers < correct ? 0 : session.counts.questions - session.counts.answers,
    skills: rows.map(({ mean: _mean, ...row }) => ({ ...row, isGap: gapIds.has(row.skillId) })),
    gaps: gaps.map((gap) => ({
      skillId: gap.skillId,
      name: gap.name,
      category: gap.category,
      score: gap.score,
      shortfall: gap.shortfall,
      targetLevel: gap.targetLevel,
      certainty: gap.certainty ?? 0.5,
    })),
    notSure: rows.flatMap((row) =>
      row.verdict === 'NOT_SURE' && row.moreQuestions !== null ? [{ skillId: row.skillId, name: row.name, moreQuestions: row.moreQuestions, exhausted: row.exhausted }] : [],
    ),
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
