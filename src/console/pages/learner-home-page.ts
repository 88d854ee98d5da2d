import type { SittingsView } from '../../core/history/views.js';
import type { DashboardView } from '../../core/profile/views.js';
import type { SkillProfileView } from '../../core/skill-maps/views.js';
import { escapeHtml } from '../../web/render/html.js';
import { learningPathSection } from './learning-path-section.js';
import { consolePage, type PageContext } from './layout.js';
import { sittingsSection } from './sittings-section.js';
import { skillProfileSection } from './skill-profile-section.js';

export const LEARNER_PATHS = {
  skillProfilePng: '/app/me/skill-profile.png',
  sitting: (sessionId: number) => `/app/me/sittings/${sessionId}`,
} as const;

/** The learner's home: where they stand, the skill profile, the learning path and the earlier sittings. */
export function learnerHomePage(ctx: PageContext, data: { dashboard: DashboardView; profile: SkillProfileView; sittings: SittingsView }): string {
  const { profile, progress } = data.dashboard;
  const role = profile.employee.role ? escapeHtml(profile.employee.role.name) : 'no role yet';
  const main = `<h1>${escapeHtml(profile.employee.name)}</h1>
<div class="panel">
<p>Role: <strong>${role}</strong>. Now: ${escapeHtml(progress.currentStepLabel.toLowerCase())}.</p>
<p>${escapeHtml(profile.summary)}</p>
</div>
${skillProfileSection(data.profile, { pictureUrl: LEARNER_PATHS.skillProfilePng, heading: 'My skill profile' })}
${learningPathSection(data.dashboard.learningPath, { heading: 'My learning path', none: 'No learning path yet: it is built from an assessment, which you take with Skillcheck in chat.' })}
${sittingsSection(data.sittings, { heading: 'Earlier assessments', href: LEARNER_PATHS.sitting, none: 'No scored assessment yet.' })}`;
  return consolePage(ctx, { title: 'My skills', section: 'me', main });
}
