import type { SkillCell, SkillProfileView } from '../../skill-maps/views.js';
import type { DigestReportView, TeamReportRow } from '../../team/views.js';
import type { ResultsView } from '../../assessment/views.js';
import type { ManagerView } from './manager-view.js';
import type { VerdictsOnlyView } from '../views.js';

/**
 * What a manager's views hold of one report who chose VERDICTS (see manager-view.ts): every score,
 * level range and certainty becomes null and the view says the levels are hidden by the person's choice,
 * so a card can say so rather than show an empty figure. A report who chose LEVELS is left as it is.
 */

/** The three gaps a digest names, without scores: core first, then by name (picking the "biggest" would tell their scores apart). */
function gapsByName(skills: NonNullable<DigestReportView['latest']>['skills']): DigestReportView['topGaps'] {
  return skills
    .filter((skill) => skill.isGap)
    .sort((a, b) => Number(b.category === 'CORE') - Number(a.category === 'CORE') || a.name.localeCompare(b.name))
    .slice(0, 3)
    .map((skill) => ({ name: skill.name, score: null }));
}

/** Words about a change that carry a score: said again without it. */
function changeWithoutScore(change: string): string {
  if (change.startsWith('completed an assessment (')) return 'completed an assessment';
  if (change.startsWith('reassessed: ')) return 'reassessed';
  return change;
}

export function redactDigestReport<R extends DigestReportView>(report: R, view: ManagerView): R {
  if (view === 'LEVELS') return { ...report, levelsHidden: false };
  return {
    ...report,
    levelsHidden: true,
    latest: report.latest && {
      ...report.latest,
      overallScore: null,
      skills: report.latest.skills.map((skill) => ({ ...skill, score: null, certainty: null, level: null })),
    },
    topGaps: report.latest ? gapsByName(report.latest.skills) : [],
    changes: report.changes.map(changeWithoutScore),
  };
}

export function redactTeamReportRow(row: TeamReportRow, view: ManagerView): TeamReportRow {
  if (view === 'LEVELS') return { ...row, levelsShared: true };
  return { ...row, overallScore: null, score: null, levelLow: null, levelHigh: null, certainty: null, levelsShared: false };
}

export function redactCells(cells: SkillCell[], view: ManagerView): SkillCell[] {
  if (view === 'LEVELS') return cells;
  return cells.map((cell) => ({ ...cell, level: null, certainty: null }));
}

/** A report's latest results as their manager reads them when the report chose VERDICTS: the verdict per skill, which gaps, no figure. */
export function verdictsOf(results: ResultsView): VerdictsOnlyView {
  return {
    sessionId: results.sessionId,
    completedAt: results.completedAt,
    skills: results.skills.map((skill) => ({ skillId: skill.skillId, name: skill.name, category: skill.category, targetLevel: skill.targetLevel, verdict: skill.verdict, isGap: skill.isGap })),
    gaps: results.gaps.map((gap) => ({ skillId: gap.skillId, name: gap.name, category: gap.category })),
    notSure: results.notSure.map((skill) => ({ skillId: skill.skillId, name: skill.name })),
  };
}

/** A report's skill profile for their manager when the report chose VERDICTS: each verdict, no level, certainty or answers still needed. */
export function redactSkillProfile(view: SkillProfileView): SkillProfileView {
  return { ...view, skills: view.skills.map((skill) => ({ ...skill, level: null, certainty: null, moreQuestions: null })) };
}
