import { plural } from '../../chat/format.js';
import { headline, reportLines } from '../../chat/screens/digest.js';
import { teamHeatMapAlt } from '../../chat/screens/pictures.js';
import type { SkillCell, TeamHeatMapView } from '../../core/skill-maps/views.js';
import type { DigestReportView, TeamDigestView } from '../../core/team/views.js';
import { escapeHtml, markupHtml } from '../../web/render/html.js';
import { consolePage, type PageContext } from './layout.js';
import { levelWords, verdictHtml } from './words.js';

export const TEAM_PATHS = {
  heatMapPng: '/app/team/heat-map.png',
  reportCsv: '/app/team/report.csv',
  person: (employeeId: number) => `/app/team/${employeeId}`,
  personSkillProfilePng: (employeeId: number) => `/app/team/${employeeId}/skill-profile.png`,
  personSitting: (employeeId: number, sessionId: number) => `/app/team/${employeeId}/sittings/${sessionId}`,
} as const;

const cellHtml = (cell: SkillCell) => {
  if (cell.state === 'NOT_EXPECTED') return '<span class="muted" aria-hidden="true">–</span><span class="visually-hidden">not expected</span>';
  const where = cell.level ? `${levelWords(cell.level)}, target ${cell.targetLevel}` : `target ${cell.targetLevel}`;
  return `${verdictHtml({ state: cell.state, certainty: cell.certainty })}<br><span class="hint">${escapeHtml(where)}</span>`;
};

/** The heat map as a table: a row per direct report (linking to their page), a column per skill, each cell the verdict in words and the level range. */
function heatMapTable(view: TeamHeatMapView): string {
  const head = view.skills.map((skill) => `<th scope="col">${escapeHtml(skill.name)}${skill.category === 'CORE' ? '' : ' <span class="hint">(nice to have)</span>'}</th>`).join('');
  const rows = view.rows
    .map(
      (row) =>
        `<tr><th scope="row"><a href="${TEAM_PATHS.person(row.employeeId)}">${escapeHtml(row.name)}</a>${row.roleName ? `<br><span class="hint">${escapeHtml(row.roleName)}</span>` : ''}${row.levelsHidden ? '<br><span class="hint">verdicts only, by their choice</span>' : ''}</th>${row.cells.map((cell) => `<td>${cellHtml(cell)}</td>`).join('')}</tr>`,
    )
    .join('');
  return `<div class="table-wrap" role="region" aria-labelledby="heat-map-caption" tabindex="0"><table class="heat-map">
<caption id="heat-map-caption">Your direct reports by expected skill: each verdict against the role's target, with the level range</caption>
<thead><tr><th scope="col">Person</th>${head}</tr></thead>
<tbody>${rows}</tbody></table></div>`;
}

/** A report as the digest says it, one thing a line (the same words as in chat), their name linking to their page. */
function personItem(report: DigestReportView): string {
  const lines = reportLines(report).slice(1);
  return `<li><a href="${TEAM_PATHS.person(report.employeeId)}">${escapeHtml(report.name)}</a>: ${markupHtml(headline(report))}${lines.length > 0 ? `<ul>${lines.map((line) => `<li>${markupHtml(line)}</li>`).join('')}</ul>` : ''}</li>`;
}

/** The manager's team: the heat map (picture and table) and the digest's list, who needs attention first. */
export function teamPage(ctx: PageContext, data: { heatMap: TeamHeatMapView; digest: TeamDigestView }): string {
  const { heatMap, digest } = data;
  const attention = digest.reports.filter((report) => report.needsAttention);
  const others = digest.reports.filter((report) => !report.needsAttention);
  const { summary } = digest;
  const main = `<h1>My team</h1>
<div class="panel"><p><strong>${summary.needAttention} of ${escapeHtml(plural(summary.people, 'person', 'people'))} need your attention</strong>; ${summary.assessed} assessed, ${escapeHtml(plural(summary.certainGaps, 'certain gap'))} in all; learning-path items done: ${summary.pathItems.done} of ${summary.pathItems.total}.</p>
<div class="actions"><a class="button" href="${TEAM_PATHS.reportCsv}" download>Download the team report (CSV)</a></div></div>
<section aria-labelledby="heat-map-heading">
<h2 id="heat-map-heading">Team heat map</h2>
<figure class="panel figure wide-only"><img class="picture" src="${TEAM_PATHS.heatMapPng}" alt="${escapeHtml(teamHeatMapAlt(heatMap))} The table below gives every cell."></figure>
${heatMapTable(heatMap)}
</section>
<section aria-labelledby="people-heading">
<h2 id="people-heading">Who needs your attention</h2>
${attention.length > 0 ? `<ul class="people">${attention.map(personItem).join('')}</ul>` : '<p>Nobody right now: everyone is on track or done.</p>'}
${others.length > 0 ? `<h3>On track or done</h3><ul class="people">${others.map(personItem).join('')}</ul>` : ''}
</section>`;
  return consolePage(ctx, { title: 'My team', section: 'team', main });
}
