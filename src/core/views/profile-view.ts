import type { SkillStanding } from '../domain/profile-comparison.js';
import type { EmployeeView } from './employee-view.js';

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
