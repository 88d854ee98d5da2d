import type { ContentType, Difficulty, ProgressStatus, SkillCategory } from '../shared/types.js';
import type { WorkflowProgress, WorkflowStepKey } from './rules/progress-bar.js';

export interface LearningItemView {
  contentId: number;
  position: number;
  title: string;
  type: ContentType;
  url: string;
  thumbnailUrl: string | null;
  minutes: number;
  difficulty: Difficulty;
  source: string;
  reason: string;
  status: ProgressStatus;
}

export interface LearningPathView {
  pathId: number;
  employeeId: number;
  sessionId: number;
  generatedAt: string;
  threshold: number;
  /** items grouped by gap skill, in path order (core first, biggest gap first) */
  groups: { skill: { id: number; name: string }; category: SkillCategory | null; score: number; items: LearningItemView[] }[];
  completion: { total: number; done: number; inProgress: number; percent: number; completed: boolean };
}

export interface ProgressBarView extends WorkflowProgress {
  employeeId: number;
  currentStepLabel: string;
  currentStep: WorkflowStepKey;
}

export interface ContentProgressView {
  contentId: number;
  title: string;
  url: string;
  status: ProgressStatus;
  /** false when the call changed nothing (e.g. start on a DONE item) */
  changed: boolean;
  progress: ProgressBarView;
}
