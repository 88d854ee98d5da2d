import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { LearningEventType } from '../learning/rules/learning-events.js';
import { requireEmployee } from '../shared/employees.js';
import { recordEvent } from '../shared/events.js';
import { assessmentView, findOpenSession } from './queries.js';
import type { AssessmentView } from './views.js';

/**
 * Stops the open assessment: CANCELLED, never scored, its answers kept for the record. Earlier
 * results and the learning path are untouched. Conditional on the session still being open, so a
 * cancel racing the last answer's submit leaves exactly one of the two outcomes.
 */
export async function cancelAssessment(deps: CoreDeps, input: { employeeId: number }): Promise<AssessmentView> {
  await requireEmployee(deps.db, input.employeeId);
  const open = await findOpenSession(deps.db, input.employeeId);
  if (!open) throw new SkillcheckError('NO_OPEN_ASSESSMENT');
  const now = deps.now();
  const cancelled = await deps.db.$transaction(async (tx) => {
    const changed = await tx.assessmentSession.updateMany({
      where: { id: open.id, status: { in: ['STARTED', 'IN_PROGRESS'] } },
      data: { status: 'CANCELLED', openSlot: null, cancelledAt: now },
    });
    if (changed.count === 0) return false;
    await recordEvent(tx, {
      employeeId: input.employeeId,
      type: LearningEventType.ASSESSMENT_CANCELLED,
      sessionId: open.id,
      data: { answered: open.counts.answers, questions: open.counts.questions },
      at: now,
    });
    return true;
  });
  if (!cancelled) throw new SkillcheckError('NO_OPEN_ASSESSMENT');
  return assessmentView({ ...open, status: 'CANCELLED', completedAt: null });
}
