import { createHash } from 'node:crypto';
import type { CoreDeps } from '../context.js';
import { LearningEventType } from '../learning/rules/learning-events.js';
import { employeeView, loadEmployee } from '../shared/employees.js';
import { recordEvent } from '../shared/events.js';
import { AI_WORKSPACE } from '../limits/rules/costly-actions.js';
import { waitForAllowance } from '../limits/take-allowance.js';
import { storedEstimates } from '../measurement/skill-estimates.js';
import { verdictFor } from '../measurement/rules/verdict.js';
import { compareProfile, measuredProfileSummary, templateProfileSummary } from './rules/profile-comparison.js';
import type { MeasuredSkill, ProfileView } from './views.js';

/** The key of a summary written while the AI's allowance was used up: never a fingerprint, so the next read asks the AI again. */
const LIMITED_SUMMARY_KEY = 'template-while-limited';

/**
 * Profile comparison (the original's ProfileAgent): strengths, weaknesses, missing expected skills
 * and a summary. Once something was measured, the summary speaks of the verdicts, not of the claims.
 * The summary is cached on the employee with a fingerprint of its inputs, so the AI is asked only when
 * the role, the claims or the measured verdicts change, never on every read.
 */
export async function getProfile(deps: CoreDeps, input: { employeeId: number }): Promise<ProfileView> {
  const employee = await loadEmployee(deps.db, input.employeeId);
  const expected = (employee.role?.skills ?? []).map((entry) => ({
    skillId: entry.skillId,
    name: entry.skill.name,
    category: entry.category,
    targetLevel: entry.targetLevel,
  }));
  const claimed = employee.skills.map((entry) => ({ skillId: entry.skillId, name: entry.skill.name, level: entry.level }));
  const comparison = compareProfile(expected, claimed);
  const roleName = employee.role?.name ?? null;
  const estimates = await storedEstimates(
    deps.db,
    employee.id,
    expected.map((skill) => skill.skillId),
  );
  const measured: MeasuredSkill[] = expected
    .flatMap((skill) => {
      const stored = estimates.get(skill.skillId);
      if (!stored || stored.answers === 0) return [];
      const judged = verdictFor({ mean: stored.mean, sd: stored.sd }, skill.targetLevel, deps.settings.skillCertainty);
      return [{ ...skill, verdict: judged.verdict!, certainty: judged.certainty, level: judged.level, answers: stored.answers }];
    })
    .sort((a, b) => (a.category === 'CORE' ? 0 : 1) - (b.category === 'CORE' ? 0 : 1) || a.name.localeCompare(b.name));

  const writerName = deps.summaryWriter?.name ?? 'template';
  // Sorted: relation rows come back in no guaranteed order (PostgreSQL varies it), and an unstable key
  // would rewrite the cached summary, and lock the employee's row, on every read.
  const bySkill = (a: { skillId: number }, b: { skillId: number }) => a.skillId - b.skillId;
  const fingerprint = createHash('sha256')
    .update(
      JSON.stringify([
        writerName,
        employee.name,
        roleName,
        [...expected].sort(bySkill),
        [...claimed].sort(bySkill),
        // what was measured, as far as a summary says it: the verdicts and level ranges
        [...measured].sort(bySkill).map((skill) => [skill.skillId, skill.verdict, skill.level.low, skill.level.high]),
      ]),
    )
    .digest('hex');
  let summary = employee.profileSummary;
  if (!summary || employee.profileSummaryKey !== fingerprint) {
    summary =
      measured.length > 0
        ? measuredProfileSummary(employee.name, roleName, expected.length, measured)
        : templateProfileSummary(employee.name, roleName, comparison);
    // With the AI's allowance used up the template stands in, and is not kept as the AI's summary: a later read asks again.
    const aiLimited = deps.summaryWriter ? (await waitForAllowance(deps, 'aiSummary', { employeeId: employee.id, workspace: AI_WORKSPACE })) !== null : false;
    if (aiLimited) deps.logger.info({ employeeId: employee.id, writer: deps.summaryWriter?.name }, 'AI profile summary limited; using the template');
    else if (deps.summaryWriter) {
      try {
        const written = (await deps.summaryWriter.write({ employeeName: employee.name, roleName, comparison, measured })).trim();
        if (written) summary = written;
      } catch (error) {
        deps.logger.warn({ err: error, writer: deps.summaryWriter.name }, 'profile summary writer failed; using the template');
      }
    }
    const firstLoad = employee.profileSummaryKey === null;
    const text = summary;
    await deps.db.$transaction(async (tx) => {
      await tx.employee.update({ where: { id: employee.id }, data: { profileSummary: text, profileSummaryKey: aiLimited ? LIMITED_SUMMARY_KEY : fingerprint } });
      if (firstLoad) {
        await recordEvent(tx, {
          employeeId: employee.id,
          type: LearningEventType.PROFILE_LOADED,
          data: { strengths: comparison.strengths.length, weaknesses: comparison.weaknesses.length },
          at: deps.now(),
        });
      }
    });
  }

  const expectedSkills = [...comparison.strengths, ...comparison.weaknesses].sort(
    (a, b) => (a.category === 'CORE' ? 0 : 1) - (b.category === 'CORE' ? 0 : 1) || a.name.localeCompare(b.name),
  );
  return {
    employee: employeeView(employee),
    summary,
    measured,
    strengths: comparison.strengths,
    weaknesses: comparison.weaknesses,
    missing: comparison.missing,
    belowTarget: comparison.belowTarget,
    additional: comparison.additional,
    expectedSkills,
  };
}
