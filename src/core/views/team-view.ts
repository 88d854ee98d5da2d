import type { ResultsView } from './assessment-views.js';
import type { EmployeeView } from './employee-view.js';
import type { ProgressBarView } from './learning-views.js';

export interface TeamView {
  manager: EmployeeView;
  /** direct reports only */
  reports: { employee: EmployeeView; progress: ProgressBarView; latestResults: ResultsView | null }[];
}
