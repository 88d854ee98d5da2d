import { resultsView } from '../assessment/get-results.js';
import type { ResultsView } from '../assessment/views.js';
import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { assertId, requireEmployee } from '../shared/employees.js';

/** One of a person's scored sittings, as its results were: per skill the verdict, certainty and level range. Another person's, or one not scored, is not found. */
export async function getSitting(deps: CoreDeps, input: { employeeId: number; sessionId: number }): Promise<ResultsView> {
  await requireEmployee(deps.db, input.employeeId);
  assertId(input.sessionId, 'assessment id');
  const session = await deps.db.assessmentSession.findFirst({ where: { id: input.sessionId, employeeId: input.employeeId, status: 'COMPLETED' }, select: { id: true } });
  if (!session) throw new SkillcheckError('ASSESSMENT_NOT_FOUND');
  return resultsView(deps, session.id);
}
