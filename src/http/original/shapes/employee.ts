import type { DashboardView, DirectoryEntry, ProfileView } from '../../../core/profile/views.js';
import { originalLearningItems } from './learning.js';
import { workflowStatus } from './progress.js';

/**
 * Skillcheck keeps no department and no years of experience: these routes answer "" and 0 for them
 * (the original's own defaults), and what a client sends for them is not stored.
 */
export const NO_DEPARTMENT = '';
export const NO_EXPERIENCE_YEARS = 0;

/** GET /api/learner/employees/public/ */
export const publicEmployee = (entry: DirectoryEntry) => ({ id: entry.id, name: entry.name, tsr_role: entry.role ?? '' });

/** GET /api/learner/employees/ (admin) */
export const listedEmployee = (entry: DirectoryEntry) => ({ ...publicEmployee(entry), department: NO_DEPARTMENT, experience_years: NO_EXPERIENCE_YEARS });

/** The skills a person claimed (expected by their role or not), by name. */
export const claimedSkillNames = (profile: ProfileView): string[] =>
  [...profile.expectedSkills, ...profile.additional].filter((skill) => skill.claimedLevel !== null).map((skill) => skill.name);

/** GET /api/learner/employees/<id>/ */
export const employeeDetail = (profile: ProfileView) => ({
  id: profile.employee.id,
  name: profile.employee.name,
  email: profile.employee.email,
  tsr_role: profile.employee.role?.name ?? '',
  department: NO_DEPARTMENT,
  experience_years: NO_EXPERIENCE_YEARS,
  current_skills: claimedSkillNames(profile),
});

/** POST /api/learner/employees/create/ */
export const createdEmployee = (entry: DirectoryEntry) => publicEmployee(entry);

/** GET /api/learner/<id>/dashboard/ */
export const dashboardReply = (view: DashboardView) => ({
  employee: {
    name: view.profile.employee.name,
    tsr_role: view.profile.employee.role?.name ?? '',
    department: NO_DEPARTMENT,
    skills: claimedSkillNames(view.profile),
  },
  profile_summary: {
    strengths: view.profile.strengths.map((skill) => skill.name),
    weaknesses: view.profile.weaknesses.map((skill) => skill.name),
    summary: view.profile.summary,
  },
  learning_path: view.learningPath ? originalLearningItems(view.learningPath) : null,
  workflow_status: workflowStatus(view.progress),
});
