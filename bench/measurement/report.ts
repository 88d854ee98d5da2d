import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Figures } from './figures.js';
import { DESIGNS, TARGETS, type MeasurementReport } from './simulate.js';

const pct = (value: number | null) => (value === null ? '-' : `${(value * 100).toFixed(1)}%`);
const num = (value: number) => value.toFixed(2);

const mark = (ok: boolean | null) => (ok === null ? '' : ok ? ' ok' : ' MISSED');

/** The table the bench prints: every design's figures, first sitting and after the check-in days, beside the targets. */
export function reportTable(report: MeasurementReport): string {
  const lines: string[] = [];
  const header = ['design', 'when', 'decided', 'decided right', 'false gaps', 'missed gaps', 'questions/skill'];
  const rows: string[][] = [];
  for (const [design, figures] of Object.entries(report.designs)) {
    const baseline = design === DESIGNS.fixed;
    const row = (when: string, f: Figures, after: boolean) => [
      design,
      when,
      pct(f.decidedShare) + (after && !baseline ? mark(f.decidedShare >= TARGETS.after14DaysDecidedShare.atLeast) : ''),
      pct(f.decidedRight) + (baseline || f.decidedRight === null ? '' : mark(f.decidedRight >= TARGETS.decidedRight.atLeast)),
      pct(f.falseGapShare) + (baseline ? '' : mark(f.falseGapShare <= TARGETS.falseGapShare.atMost)),
      pct(f.missedGapShare),
      num(f.questionsPerSkill) + (!after && !baseline ? mark(f.questionsPerSkill <= TARGETS.questionsPerSkill.atMost) : ''),
    ];
    rows.push(row('first sitting', figures, false));
    const days = `after ${report.checkInDays} days`;
    rows.push(row(baseline ? `${days} (no check-ins)` : `${days} (${report.checkInWorkingDays} working)`, figures.after14Days, true));
  }
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => cells.map((cell, column) => (column < 2 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
  lines.push(`Measurement bench: ${report.learners} simulated learners on ${report.roles.join(', ')} (${report.expectedSkills} expected skills), seed ${report.seed}`);
  lines.push(`settings: SKILL_CERTAINTY ${report.settings.skillCertainty}, SKILL_MAX_QUESTIONS ${report.settings.skillMaxQuestions}, ASSESSMENT_MAX_QUESTIONS ${report.settings.assessmentMaxQuestions}, CHECKIN_QUESTIONS_PER_DAY ${report.settings.checkInQuestionsPerDay}`);
  lines.push('');
  lines.push(line(header));
  lines.push(widths.map((width) => '-'.repeat(width)).join('  '));
  for (const row of rows) lines.push(line(row));
  lines.push('');
  lines.push(`targets: ${Object.values(TARGETS).map((target) => target.text).join('; ')}`);
  lines.push('shares are over all expected skills, except "decided right" (over the certain verdicts); questions/skill after the days counts sitting and check-in questions');
  lines.push(`${DESIGNS.fixed}: ${report.designs[DESIGNS.fixed]!.note}`);
  lines.push(`check-ins: ${report.checkIns}`);
  lines.push(`calibration: ${report.calibration}`);
  return lines.join('\n');
}

export function writeReport(report: MeasurementReport, file: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(report, null, 2) + '\n');
}
