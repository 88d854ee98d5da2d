import type { AssessmentView, ResultsView } from '../assessment/views.js';
import type { LearningPathView, ProgressBarView } from '../learning/views.js';
import type { SkillStanding } from './rules/profile-comparison.js';

export interface EmployeeView {
  id: number;
  employeeNumber: string;
  name: string;
  email: string;
  title: string;
  timezone: string | null;
  role: { id: number; key: string; name: string } | null;
  manager: { id: number; name: string } | null;
}

export interface ProfileView {
  employee: EmployeeView;
  summary: string;
  strengths: SkillStanding[];
  weaknesses: SkillStanding[];
  missing: SkillStanding[];
  belowTarget: SkillStanding[];
  additional: SkillStanding[];
  expectedSkills: SkillStanding[];
}

export interface DashboardView {
  profile: ProfileView;
  /** the open assessment, else the latest completed one, else null */
  assessment: AssessmentView | null;
  results: ResultsView | null;
  learningPath: LearningPathView | null;
  progress: ProgressBarView;
}

/** An employee as a directory lists them: enough to recognise and pick a person, no scores. */
export interface DirectoryEntry {
  id: number;
  employeeNumber: string;
  name: string;
  title: string;
  role: string | null;
  /** how many people report to them (0 for anyone who is not a manager) */
  reports: number;
}

export interface DirectoryView {
  /** managers first, then by name */
  employees: DirectoryEntry[];
  /** how many employees there are in all (the list may be cut) */
  total: number;
}
