import { orgHeatMapAlt } from '../../chat/screens/pictures.js';
import type { OrgHeatMapView, StateCounts } from '../../core/skill-maps/views.js';
import { pictureSvg } from '../../pictures/render-picture.js';
import { h, table } from './admin-html.js';
import { ADMIN_PATHS } from './admin-paths.js';

const countWords = (counts: StateCounts) => `${counts.gap} gap, ${counts.onTarget} on target, ${counts.notSure} not sure, ${counts.notAssessed} not assessed`;

/**
 * The organisation heat map: the picture (drawn by the server from the same view model), and the same
 * counts as a table for screen readers and for reading exact numbers. Roles of fewer people than the
 * view's minimum are never shown; the page says how many were left out.
 */
export function orgHeatMapSection(view: OrgHeatMapView): string {
  const hidden =
    view.hiddenRoles > 0
      ? `<p class="muted" id="heat-map-hidden">${view.hiddenRoles === 1 ? '1 role has' : `${view.hiddenRoles} roles have`} fewer than ${view.minGroupSize} people and ${view.hiddenRoles === 1 ? 'is' : 'are'} not shown, so that nobody can be singled out.</p>`
      : '';
  if (view.rows.length === 0) {
    return `<section aria-labelledby="heat-map"><h2 id="heat-map">Skills across the organisation</h2><p>No role has ${view.minGroupSize} people or more yet, so there is nothing to show.</p>${hidden}</section>`;
  }
  const { width, height } = pictureSvg({ kind: 'org-heat-map', view });
  const rows = view.skills.map((skill, index) => {
    const cells = view.rows.map((role) => {
      const counts = role.cells[index]?.counts ?? null;
      return `<td>${counts ? h(countWords(counts)) : '<span class="muted">not expected</span>'}</td>`;
    });
    return `<tr><th scope="row">${h(skill.name)}${skill.category === 'CORE' ? '' : ' <span class="hint">(nice to have)</span>'}</th>${cells.join('')}</tr>`;
  });
  return `<section aria-labelledby="heat-map"><h2 id="heat-map">Skills across the organisation</h2>
<p class="muted">How many people of each role are at a gap, on target, not sure yet or not assessed, for every skill the role expects.</p>
<div class="panel"><img class="picture" src="${ADMIN_PATHS.heatMap}" width="${width}" height="${height}" alt="${h(orgHeatMapAlt(view))}"></div>
${hidden}
${table({ caption: 'The same counts as a table', head: ['Skill', ...view.rows.map((role) => `${h(role.roleName)} <span class="hint">(${role.people} people)</span>`)], rows })}
</section>`;
}
