import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { LearningEventType } from '../learning/rules/learning-events.js';
import { isUniqueViolation } from '../shared/db-errors.js';
import { loadEmployee, type LoadedEmployee } from '../shared/employees.js';
import { recordEvent } from '../shared/events.js';
import { startingEstimate } from '../measurement/rules/estimate.js';
import { storedEstimates } from '../measurement/skill-estimates.js';
import { assessmentView, findOpenSession, sessionInclude } from './queries.js';
import type { AssessmentView } from './views.js';

/**
 * The skills an assessment covers: EVERY skill the role expects (core first, then nice-to-have,
 * higher target first, then by name), plus any claimed skill outside the role. (The original
 * assessed only claimed skills, so a missing skill could never show up as a gap.)
 */
export function assessmentPlan(employee: LoadedEmployee) {
  const expected = [...(employee.role?.skills ?? [])].sort(
    (a, b) =>
      (a.category === 'CORE' ? 0 : 1) - (b.category === 'CORE' ? 0 : 1) ||
      b.targetLevel - a.targetLevel ||
      a.skill.name.localeCompare(b.skill.name),
  );
  const expectedIds = new Set(expected.map((entry) => entry.skillId));
  const extra = employee.skills
    .filter((entry) => !expectedIds.has(entry.skillId))
    .sort((a, b) => a.skill.name.localeCompare(b.skill.name));
  return [
    ...expected.map((entry) => ({ skillId: entry.skillId, category: entry.category, targetLevel: entry.targetLevel })),
    ...extra.map((entry) => ({ skillId: entry.skillId, category: null, targetLevel: null })),
  ];
}

/**
 * Opens an assessment session, or returns the one already open (at most one per employee: the
 * unique `openSlot` key enforces it in the database, even for two processes at once).
 */
export async function startAssessment(deps: CoreDeps, input: { employeeId: number }): Promise<AssessmentView> {
  const employee = await loadEmployee(deps.db, input.employeeId);
  const open = await findOpenSession(deps.db, employee.id);
  if (open) return assessmentView(open, true);

  const plan = assessmentPlan(employee);
  if (plan.length === 0) throw new SkillcheckError(employee.role ? 'NOTHING_TO_ASSESS' : 'NO_ROLE');
  // Where each skill starts: earlier results (less certain with age), else the self-rating, else the population.
  const earlier = await storedEstimates(
    deps.db,
    employee.id,
    plan.map((skill) => skill.skillId),
  );
  const selfRating = new Map(employee.skills.map((entry) => [entry.skillId, entry.level]));
  const now = deps.now();
  const planned = plan.map((skill) => {
    const stored = earlier.get(skill.skillId);
    const prior = startingEstimate(
      { earlier: stored && stored.answers > 0 ? { mean: stored.mean, sd: stored.sd, at: stored.measuredAt } : undefined, selfRating: selfRating.get(skill.skillId) ?? null },
      now,
    );
    return { ...skill, priorMean: prior.mean, priorSd: prior.sd };
  });

  try {
    const session = await deps.db.$transaction(async (tx) => {
      const last = await tx.assessmentSession.aggregate({ where: { employeeId: employee.id }, _max: { attempt: true } });
      const created = await tx.assessmentSession.create({
        data: {
          employeeId: employee.id,
          openSlot: employee.id,
          attempt: (last._max.attempt ?? 0) + 1,
          questionsPerSkill: deps.settings.questionsPerSkill,
          startedAt: now,
          skills: { create: planned.map((skill, index) => ({ ...skill, position: index + 1 })) },
        },
        include: sessionInclude,
      });
      await recordEvent(tx, {
        employeeId: employee.id,
        type: LearningEventType.ASSESSMENT_STARTED,
        sessionId: created.id,
        data: { skills: plan.length, questionsPerSkill: deps.settings.questionsPerSkill },
        at: now,
      });
      return created;
    });
    // A new session has no questions or answers yet.
    return assessmentView({ ...session, counts: { questions: 0, answers: 0 } }, false);
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // Another request opened a session at the same moment: that one is the open session.
    const winner = await findOpenSession(deps.db, employee.id);
    if (!winner) throw error;
    return assessmentView(winner, true);
  }
}
