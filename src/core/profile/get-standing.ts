import { latestCompletedSessionId } from '../assessment/get-results.js';
import { findOpenSession } from '../assessment/queries.js';
import type { CoreDeps } from '../context.js';
import { requireEmployee } from '../shared/employees.js';
import type { StandingView } from './views.js';

/**
 * Where a person stands, in a few indexed reads and without the profile summary: what chat needs to
 * decide what a command means (continue, begin, or ask before a retake).
 */
export async function getStanding(deps: CoreDeps, input: { employeeId: number }): Promise<StandingView> {
  await requireEmployee(deps.db, input.employeeId);
  // "Latest scored" is the results' own definition, so a retake question and the results shown never disagree.
  const [open, scoredSessionId, path] = await Promise.all([
    findOpenSession(deps.db, input.employeeId),
    latestCompletedSessionId(deps, input.employeeId),
    deps.db.learningPath.findUnique({ where: { currentSlot: input.employeeId }, select: { sessionId: true } }),
  ]);
  return {
    open: open ? { sessionId: open.id, answered: open.counts.answers, total: open.counts.questions } : null,
    scoredSessionId,
    pathSessionId: path?.sessionId ?? null,
  };
}
