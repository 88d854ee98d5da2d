import { writeCsv } from './write-csv.js';
import type { TeamReportRow } from '../core/team/views.js';

export const TEAM_REPORT_COLUMNS = ['employee_number', 'name', 'email', 'role', 'step', 'overall_score', 'skill', 'category', 'score', 'is_gap', 'target_level', 'level_low', 'level_high', 'verdict', 'certainty', 'path_done', 'path_total', 'last_activity_at', 'stalled', 'levels_shared'] as const;

/** The team report as CSV, with its header row: the same file over REST, in the console and in chat (formula-leading cells neutralised). */
export function teamReportCsv(rows: TeamReportRow[]): string {
  return writeCsv([
    TEAM_REPORT_COLUMNS,
    ...rows.map((row) => [row.employeeNumber, row.name, row.email, row.role, row.step, row.overallScore, row.skill, row.category, row.score, row.isGap, row.targetLevel, row.levelLow, row.levelHigh, row.verdict, row.certainty, row.pathDone, row.pathTotal, row.lastActivityAt, row.stalled, row.levelsShared]),
  ]);
}
