import type { DashboardView } from '../../core/profile/views.js';
import { escapeHtml } from '../../web/render/html.js';
import { consolePage, type PageContext } from './layout.js';

/** The learner's home: where they stand. (The full skill profile, path and history pages build on this.) */
export function homePage(ctx: PageContext, dashboard: DashboardView): string {
  const { profile, progress } = dashboard;
  const role = profile.employee.role ? escapeHtml(profile.employee.role.name) : 'no role yet';
  const main = `<h1>${escapeHtml(profile.employee.name)}</h1>
<div class="panel">
<p>Role: <strong>${role}</strong></p>
<p>${escapeHtml(progress.currentStepLabel)}: ${progress.percent}% of the way.</p>
</div>`;
  return consolePage(ctx, { title: 'My skills', section: 'me', main });
}
