import type { SittingsView, SkillTrendsView } from '../../core/history/views.js';
import type { DashboardView } from '../../core/profile/views.js';
import type { SkillProfileView } from '../../core/skill-maps/views.js';
import { escapeHtml } from '../../web/render/html.js';
import { learningPathSection } from './learning-path-section.js';
import { consolePage, type PageContext } from './layout.js';
import { sittingsSection } from './sittings-section.js';
import { skillProfileSection } from './skill-profile-section.js';
import { TEAM_PATHS } from './team-page.js';
import { dayHtml, levelWords, stateOf, verdictHtml } from './words.js';

const TREND: Record<'BETTER' | 'WORSE' | 'SAME', { arrow: string; word: string; className: string }> = {
  BETTER: { arrow: '↑', word: 'better', className: 'on-target' },
  WORSE: { arrow: '↓', word: 'worse', className: 'gap' },
  SAME: { arrow: '→', word: 'the same', className: 'not-assessed' },
};

/** Per skill, each sitting's verdict and level, and the latest move with an arrow (the word says it too). */
function trendsSection(trends: SkillTrendsView): string {
  const head = '<h2 id="trends-heading">Trends since earlier assessments</h2>';
  if (trends.sittings.length === 0) return `<section aria-labelledby="trends-heading">${head}<div class="panel"><p>No scored assessment yet.</p></div></section>`;
  const columns = trends.sittings.map((sitting) => `<th scope="col">Assessment ${sitting.attempt}<br><span class="hint">${dayHtml(sitting.completedAt)}</span></th>`).join('');
  const rows = trends.skills
    .map((skill) => {
      const cells = skill.points
        .map((point) => (point ? `<td>${verdictHtml({ state: stateOf(point.verdict), certainty: point.certainty })}${point.level ? `<br><span class="hint">${levelWords(point.level)}</span>` : ''}</td>` : '<td><span class="muted">not measured</span></td>'))
        .join('');
      const trend = skill.trend ? TREND[skill.trend] : null;
      const trendCell = trend ? `<span class="trend ${trend.className}"><span aria-hidden="true">${trend.arrow}</span> ${trend.word}</span>` : '<span class="muted">one assessment so far</span>';
      return `<tr><th scope="row">${escapeHtml(skill.name)}${skill.targetLevel === null ? '' : `<br><span class="hint">target ${skill.targetLevel}</span>`}</th>${cells}<td>${trendCell}</td></tr>`;
    })
    .join('');
  return `<section aria-labelledby="trends-heading">${head}
<div class="table-wrap" role="region" aria-labelledby="trends-caption" tabindex="0"><table>
<caption id="trends-caption">Each skill's verdict and level at each assessment, oldest first, and how the latest moved against the one before</caption>
<thead><tr><th scope="col">Skill</th>${columns}<th scope="col">Latest move</th></tr></thead>
<tbody>${rows}</tbody></table></div></section>`;
}

/** A direct report's page for their manager: profile, verdicts, path progress, trends and sittings. */
export function reportPage(ctx: PageContext, data: { dashboard: DashboardView; profile: SkillProfileView; trends: SkillTrendsView; sittings: SittingsView }): string {
  const { employee, summary } = data.dashboard.profile;
  const { progress } = data.dashboard;
  const main = `<p><a href="${escapeHtml('/app/team')}">Back to my team</a></p>
<h1>${escapeHtml(employee.name)}</h1>
<div class="panel">
<p>${escapeHtml(employee.title || 'No title')}, role <strong>${employee.role ? escapeHtml(employee.role.name) : 'not set'}</strong>. Now: ${escapeHtml(progress.currentStepLabel.toLowerCase())}.</p>
<p>${escapeHtml(summary)}</p>
</div>
${skillProfileSection(data.profile, { pictureUrl: TEAM_PATHS.personSkillProfilePng(employee.id), heading: 'Skill profile' })}
${trendsSection(data.trends)}
${learningPathSection(data.dashboard.learningPath, { heading: 'Learning path', none: 'No learning path yet.' })}
${sittingsSection(data.sittings, { heading: 'Assessments', href: (sessionId) => TEAM_PATHS.personSitting(employee.id, sessionId), none: 'No scored assessment yet.' })}`;
  return consolePage(ctx, { title: employee.name, section: 'team', main });
}

/** A report who chose verdicts only, as their manager sees them: the verdict per skill and the learning path; no level, score, trend or assessment. */
export function reportVerdictsPage(ctx: PageContext, data: { dashboard: DashboardView; profile: SkillProfileView }): string {
  const { employee } = data.dashboard.profile;
  const { progress } = data.dashboard;
  const main = `<p><a href="${escapeHtml('/app/team')}">Back to my team</a></p>
<h1>${escapeHtml(employee.name)}</h1>
<div class="panel">
<p>${escapeHtml(employee.title || 'No title')}, role <strong>${employee.role ? escapeHtml(employee.role.name) : 'not set'}</strong>. Now: ${escapeHtml(progress.currentStepLabel.toLowerCase())}.</p>
<p>${escapeHtml(employee.name)} chose to share verdicts only with their manager: whether each skill is a gap, on target or not sure yet, and how their learning path is going. Their levels, scores and assessments are not shown.</p>
</div>
${skillProfileSection(data.profile, { pictureUrl: TEAM_PATHS.personSkillProfilePng(employee.id), heading: 'Skill profile', levelsHidden: true })}
${learningPathSection(data.dashboard.learningPath, { heading: 'Learning path', none: 'No learning path yet.' })}`;
  return consolePage(ctx, { title: employee.name, section: 'team', main });
}
