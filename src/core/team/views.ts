import type { ResultsView } from '../assessment/views.js';
import type { WorkflowStepKey } from '../learning/rules/progress-bar.js';
import type { ProgressBarView } from '../learning/views.js';
import type { EmployeeView } from '../profile/views.js';
import type { SkillCategory } from '../shared/types.js';

export interface TeamView {
  manager: EmployeeView;
  /** direct reports only */
  reports: { employee: EmployeeView; progress: ProgressBarView; latestResults: ResultsView | null }[];
}

export interface DigestReportView {
  employeeId: number;
  employeeNumber: string;
  name: string;
  email: string;
  roleName: string | null;
  /** the workflow step (or LEARNING_COMPLETED) and the progress bar's percentage */
  step: { key: WorkflowStepKey | 'LEARNING_COMPLETED'; label: string; percent: number };
  assessmentInProgress: boolean;
  latest: { overallScore: number; completedAt: string; skills: { name: string; category: SkillCategory | null; score: number; isGap: boolean }[] } | null;
  /** the three biggest gaps, core first */
  topGaps: { name: string; score: number }[];
  path: { done: number; total: number; percent: number } | null;
  lastActivityAt: string | null;
  /** something unfinished and no activity for REMINDER_AFTER_DAYS */
  stalled: boolean;
  /** what changed since the last digest this manager received */
  changes: string[];
}

export interface TeamDigestView {
  manager: { id: number; name: string; timezone: string | null };
  generatedAt: string;
  summary: {
    reports: number;
    assessed: number;
    /** average share of learning-path items done, over the reports that have a path */
    averageCompletion: number;
    stalled: number;
    /** the gaps most reports share */
    commonGaps: { name: string; count: number }[];
  };
  reports: DigestReportView[];
}

/** The figures a digest is compared against next time. */
export type DigestSnapshot = Record<string, { step: string; overall: number | null; done: number; total: number; gaps: string[] }>;
