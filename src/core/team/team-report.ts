import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { requireEmployee } from '../shared/employees.js';
import { loadReportFigures, type ReportFigures } from './queries.js';
import { organisationDefault } from '../privacy/queries.js';
import { effectiveView } from '../privacy/rules/manager-view.js';
import { redactTeamReportRow } from '../privacy/rules/redact.js';
import type { TeamReportRow } from './views.js';

/** One row per direct report and assessed skill (a report not assessed yet gets one row without a skill): the verdict against the target with its certainty and level range, beside the original's score. A report who chose VERDICTS has verdicts without score, levels or certainty. */
export async function getTeamReport(deps: CoreDeps, input: { managerId: number; stallDays: number }): Promise<TeamReportRow[]> {
  await requireEmployee(deps.db, input.managerId);
  const count = await deps.db.employee.count({ where: { managerId: input.managerId } });
  if (count === 0) throw new SkillcheckError('NOT_A_MANAGER');
  const figures = await loadReportFigures(deps.db, { managerIds: [input.managerId], gapThreshold: deps.settings.gapThreshold, skillCertainty: deps.settings.skillCertainty, stallDays: input.stallDays, now: deps.now() });
  return figures.flatMap((report): TeamReportRow[] => rowsOf(report).map((row) => redactTeamReportRow(row, effectiveView(report.managerView, organisationDefault(deps.settings)))));
}

/** A report's rows, everything shown (the choice is applied after). */
function rowsOf(report: ReportFigures): TeamReportRow[] {
  const base = {
    employeeNumber: report.employeeNumber,
    name: report.name,
    email: report.email,
    role: report.roleName ?? '',
    step: report.step.label,
    overallScore: report.latest?.overallScore ?? null,
    pathDone: report.path?.done ?? 0,
    pathTotal: report.path?.total ?? 0,
    lastActivityAt: report.lastActivityAt ?? '',
    stalled: report.stalled,
    levelsShared: true,
  };
  const skills = report.latest?.skills ?? [];
  const none = { targetLevel: null, levelLow: null, levelHigh: null, verdict: null, certainty: null };
  if (skills.length === 0) return [{ ...base, skill: '', category: '', score: null, isGap: null, ...none }];
  return skills.map((skill) => ({
    ...base,
    skill: skill.name,
    category: skill.category ?? 'CLAIMED',
    score: skill.score,
    isGap: skill.isGap,
    targetLevel: skill.targetLevel,
    levelLow: skill.level?.low ?? null,
    levelHigh: skill.level?.high ?? null,
    verdict: skill.verdict,
    certainty: skill.certainty === null ? null : Math.round(skill.certainty * 100) / 100,
  }));
}
