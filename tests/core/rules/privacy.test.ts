import { describe, expect, it } from 'vitest';
import { effectiveView, levelsShown } from '../../../src/core/privacy/rules/manager-view.js';
import { MIN_TEAM_FOR_AGGREGATES, teamAggregatesShown } from '../../../src/core/privacy/rules/small-team.js';
import { isPaused, MAX_PAUSE_DAYS, pauseEndAfter, pauseEndOn, startOfLocalDay } from '../../../src/core/privacy/rules/pause.js';
import { redactCells, redactDigestReport, redactTeamReportRow, verdictsOf } from '../../../src/core/privacy/rules/redact.js';
import type { DigestReportView, TeamReportRow } from '../../../src/core/team/views.js';
import type { ResultsView } from '../../../src/core/assessment/views.js';

describe("what a manager sees: the person's choice, else the organisation's default", () => {
  it('a choice wins over the default; no choice takes the default, LEVELS when none is set', () => {
    expect(effectiveView('VERDICTS', 'LEVELS')).toBe('VERDICTS');
    expect(effectiveView('LEVELS', 'VERDICTS')).toBe('LEVELS');
    expect(effectiveView(null, 'VERDICTS')).toBe('VERDICTS');
    expect(effectiveView(null)).toBe('LEVELS');
    expect(levelsShown('LEVELS')).toBe(true);
    expect(levelsShown('VERDICTS')).toBe(false);
  });
});

describe('the small-team rule for figures over a team', () => {
  const team = (size: number, verdicts: number) => Array.from({ length: size }, (_, index) => (index < verdicts ? ('VERDICTS' as const) : ('LEVELS' as const)));

  it('a team of fewer than 5 with one person choosing verdicts only shows none; at 5 it shows them', () => {
    expect(MIN_TEAM_FOR_AGGREGATES).toBe(5);
    expect(teamAggregatesShown(team(4, 1))).toBe(false);
    expect(teamAggregatesShown(team(5, 1))).toBe(true);
    expect(teamAggregatesShown(team(2, 2))).toBe(false);
    expect(teamAggregatesShown(team(6, 6))).toBe(true);
  });

  it('a small team where everyone shares levels shows them; an empty team has nothing to show', () => {
    expect(teamAggregatesShown(team(1, 0))).toBe(true);
    expect(teamAggregatesShown(team(4, 0))).toBe(true);
    expect(teamAggregatesShown([])).toBe(false);
  });
});

describe('pausing messages', () => {
  const now = new Date('2026-11-30T10:00:00Z');

  it('a week or two from now; paused only while the end is ahead', () => {
    expect(pauseEndAfter('week', now).toISOString()).toBe('2026-12-07T10:00:00.000Z');
    expect(pauseEndAfter('twoWeeks', now).toISOString()).toBe('2026-12-14T10:00:00.000Z');
    expect(isPaused(new Date('2026-11-30T10:00:01Z'), now)).toBe(true);
    expect(isPaused(now, now)).toBe(false);
    expect(isPaused(null, now)).toBe(false);
  });

  it('until a day: from midnight of that day in the person’s time zone, across clock changes', () => {
    expect(startOfLocalDay('2027-01-15', 'UTC').toISOString()).toBe('2027-01-15T00:00:00.000Z');
    expect(startOfLocalDay('2027-01-15', 'Asia/Kolkata').toISOString()).toBe('2027-01-14T18:30:00.000Z');
    expect(startOfLocalDay('2027-07-01', 'Europe/London').toISOString()).toBe('2027-06-30T23:00:00.000Z');
    expect(startOfLocalDay('2027-03-28', 'Europe/London').toISOString()).toBe('2027-03-28T00:00:00.000Z'); // the day the clocks go forward
    expect(startOfLocalDay('2027-01-15', 'America/New_York').toISOString()).toBe('2027-01-15T05:00:00.000Z');
  });

  it('the day must be a real one, after today, and at most a year ahead', () => {
    expect(pauseEndOn('2026-12-01', 'UTC', '2026-11-30')).toEqual({ until: new Date('2026-12-01T00:00:00Z') });
    expect(pauseEndOn('2026-11-30', 'UTC', '2026-11-30')).toEqual({ problem: 'NOT_AFTER_TODAY' });
    expect(pauseEndOn('2026-11-01', 'UTC', '2026-11-30')).toEqual({ problem: 'NOT_AFTER_TODAY' });
    expect(pauseEndOn('2027-02-30', 'UTC', '2026-11-30')).toEqual({ problem: 'NOT_A_DATE' });
    expect(pauseEndOn('tomorrow', 'UTC', '2026-11-30')).toEqual({ problem: 'NOT_A_DATE' });
    const lastDay = new Date(Date.UTC(2026, 10, 30) + MAX_PAUSE_DAYS * 86_400_000).toISOString().slice(0, 10);
    expect(pauseEndOn(lastDay, 'UTC', '2026-11-30')).toHaveProperty('until');
    const dayAfter = new Date(Date.UTC(2026, 10, 30) + (MAX_PAUSE_DAYS + 1) * 86_400_000).toISOString().slice(0, 10);
    expect(pauseEndOn(dayAfter, 'UTC', '2026-11-30')).toEqual({ problem: 'TOO_FAR' });
  });
});

describe('what the views hold of a report who chose verdicts only', () => {
  const report: DigestReportView = {
    employeeId: 1,
    employeeNumber: 'E1',
    name: 'Priya Natarajan',
    email: 'priya@example.org',
    roleName: 'Developer',
    step: { key: 'ASSESSMENT_COMPLETED', label: 'Assessed: no learning path yet' },
    attention: 'NO_PATH',
    needsAttention: true,
    assessmentInProgress: false,
    levelsHidden: false,
    latest: {
      overallScore: 62,
      completedAt: '2026-11-20T10:00:00.000Z',
      skills: [
        { name: 'TypeScript', category: 'CORE', score: 90, isGap: false, targetLevel: 3, verdict: 'ON_TARGET', certainty: 0.97, level: { low: 3, high: 4 } },
        { name: 'SQL', category: 'CORE', score: 20, isGap: true, targetLevel: 3, verdict: 'GAP', certainty: 0.99, level: { low: 1, high: 2 } },
        { name: 'Docker', category: 'NICE_TO_HAVE', score: 10, isGap: true, targetLevel: 2, verdict: 'GAP', certainty: 0.95, level: { low: 1, high: 1 } },
        { name: 'Agile', category: 'CORE', score: 40, isGap: true, targetLevel: 3, verdict: 'GAP', certainty: 0.92, level: { low: 1, high: 3 } },
        { name: 'Kafka', category: 'CORE', score: 30, isGap: true, targetLevel: 3, verdict: 'GAP', certainty: 0.93, level: { low: 1, high: 3 } },
      ],
    },
    verdicts: { gaps: 4, onTarget: 1, notSure: 0 },
    topGaps: [
      { name: 'SQL', score: 20 },
      { name: 'Kafka', score: 30 },
      { name: 'Agile', score: 40 },
    ],
    path: null,
    gapsClosed: null,
    lastActivityAt: null,
    idleDays: null,
    stalled: false,
    changes: ['completed an assessment (62%)', 'reassessed: 50% → 62%', 'finished 2 learning items'],
  };

  it('the digest entry: verdicts and counts stay, every score, level and certainty goes, and the gaps named are picked by name', () => {
    const hidden = redactDigestReport(report, 'VERDICTS');
    expect(hidden.levelsHidden).toBe(true);
    expect(hidden.latest!.overallScore).toBeNull();
    expect(hidden.latest!.skills.map((skill) => [skill.name, skill.verdict, skill.isGap, skill.targetLevel])).toEqual(report.latest!.skills.map((skill) => [skill.name, skill.verdict, skill.isGap, skill.targetLevel]));
    expect(hidden.latest!.skills.every((skill) => skill.score === null && skill.level === null && skill.certainty === null)).toBe(true);
    expect(hidden.verdicts).toEqual(report.verdicts);
    expect(hidden.topGaps).toEqual([
      { name: 'Agile', score: null },
      { name: 'Kafka', score: null },
      { name: 'SQL', score: null },
    ]);
    expect(hidden.changes).toEqual(['completed an assessment', 'reassessed', 'finished 2 learning items']);
    expect(JSON.stringify(hidden)).not.toMatch(/62|0\.9\d/);
  });

  it('a report who shares levels is left as it is', () => {
    expect(redactDigestReport(report, 'LEVELS')).toEqual({ ...report, levelsHidden: false });
  });

  it('team report rows and heat map cells lose their figures, not their verdicts', () => {
    const row: TeamReportRow = {
      employeeNumber: 'E1', name: 'Priya', email: 'p@example.org', role: 'Developer', step: 'Assessed', overallScore: 62, skill: 'SQL', category: 'CORE', score: 20, isGap: true,
      targetLevel: 3, levelLow: 1, levelHigh: 2, verdict: 'GAP', certainty: 0.99, pathDone: 0, pathTotal: 0, lastActivityAt: '', stalled: false, levelsShared: true,
    };
    expect(redactTeamReportRow(row, 'VERDICTS')).toEqual({ ...row, overallScore: null, score: null, levelLow: null, levelHigh: null, certainty: null, levelsShared: false });
    expect(redactTeamReportRow(row, 'LEVELS')).toEqual(row);
    const cell = { skillId: 1, state: 'GAP' as const, targetLevel: 3, level: { low: 1, high: 2 }, certainty: 0.99 };
    expect(redactCells([cell], 'VERDICTS')).toEqual([{ ...cell, level: null, certainty: null }]);
    expect(redactCells([cell], 'LEVELS')).toEqual([cell]);
  });

  it("a report's results on the team: the verdicts, gaps and skills not decided yet, no figure", () => {
    const results = {
      sessionId: 7, employeeId: 1, completedAt: '2026-11-20T10:00:00.000Z', threshold: 70, overallScore: 62, unanswered: 0,
      skills: [{ skillId: 2, name: 'SQL', category: 'CORE', asked: 3, correct: 1, dontKnow: 0, score: 33, targetLevel: 3, verdict: 'GAP', certainty: 0.99, level: { low: 1, high: 2 }, estimate: { mean: -1, sd: 0.5 }, moreQuestions: null, exhausted: false, isGap: true }],
      gaps: [{ skillId: 2, name: 'SQL', category: 'CORE', score: 33, shortfall: 12, targetLevel: 3, certainty: 0.99 }],
      notSure: [{ skillId: 3, name: 'Go', moreQuestions: 2, exhausted: false }],
    } satisfies ResultsView;
    expect(verdictsOf(results)).toEqual({
      sessionId: 7,
      completedAt: '2026-11-20T10:00:00.000Z',
      skills: [{ skillId: 2, name: 'SQL', category: 'CORE', targetLevel: 3, verdict: 'GAP', isGap: true }],
      gaps: [{ skillId: 2, name: 'SQL', category: 'CORE' }],
      notSure: [{ skillId: 3, name: 'Go' }],
    });
  });
});
