import type { CoreDeps } from '../context.js';
import { requireEmployee } from '../shared/employees.js';
import { completedAtOf, loadScoredSittings } from './queries.js';
import { countVerdicts, storedVerdict } from './rules/sitting-summary.js';
import type { SittingsView } from './views.js';

/** More than anyone sits in a year; older ones are still reachable by id. */
const SITTINGS_LISTED = 50;

/** A person's scored sittings, newest first: when, how many questions, and the verdicts it reached. */
export async function listSittings(deps: CoreDeps, input: { employeeId: number }): Promise<SittingsView> {
  await requireEmployee(deps.db, input.employeeId);
  const sittings = await loadScoredSittings(deps.db, input.employeeId, SITTINGS_LISTED);
  return {
    employeeId: input.employeeId,
    sittings: sittings.map((sitting) => {
      const expected = new Map(sitting.skills.map((entry) => [entry.skillId, entry.category !== null]));
      return {
        sessionId: sitting.id,
        attempt: sitting.attempt,
        completedAt: completedAtOf(sitting),
        skills: sitting.results.length,
        questions: sitting.results.reduce((sum, result) => sum + result.asked, 0),
        verdicts: countVerdicts(sitting.results.map((result) => storedVerdict(result, expected.get(result.skillId) ?? false))),
      };
    }),
  };
}
