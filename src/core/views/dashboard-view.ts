import type { AssessmentView, ResultsView } from './assessment-views.js';
import type { LearningPathView, ProgressBarView } from './learning-views.js';
import type { ProfileView } from './profile-view.js';

export interface DashboardView {
  profile: ProfileView;
  /** the open assessment, else the latest completed one, else null */
  assessment: AssessmentView | null;
  results: ResultsView | null;
  learningPath: LearningPathView | null;
  progress: ProgressBarView;
}
