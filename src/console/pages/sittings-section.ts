import { plural } from '../../chat/format.js';
import type { SittingsView } from '../../core/history/views.js';
import { escapeHtml } from '../../web/render/html.js';
import { dayHtml, verdictCounts } from './words.js';

/** Earlier sittings: when, how many questions, the verdicts reached, and a link to each one's detail. */
export function sittingsSection(view: SittingsView, options: { heading: string; href: (sessionId: number) => string; none: string }): string {
  const head = `<h2 id="sittings-heading">${escapeHtml(options.heading)}</h2>`;
  if (view.sittings.length === 0) return `<section aria-labelledby="sittings-heading">${head}<div class="panel"><p>${escapeHtml(options.none)}</p></div></section>`;
  const rows = view.sittings
    .map(
      (sitting) =>
        `<tr><th scope="row"><a href="${escapeHtml(options.href(sitting.sessionId))}">Assessment ${sitting.attempt}</a></th><td>${dayHtml(sitting.completedAt)}</td><td class="num">${sitting.questions}</td><td>${escapeHtml(plural(sitting.skills, 'skill'))}: ${escapeHtml(verdictCounts(sitting.verdicts))}</td></tr>`,
    )
    .join('');
  return `<section aria-labelledby="sittings-heading">${head}
<div class="table-wrap" role="region" aria-labelledby="sittings-caption" tabindex="0"><table>
<caption id="sittings-caption">Scored assessments, newest first</caption>
<thead><tr><th scope="col">Assessment</th><th scope="col">Scored on</th><th scope="col" class="num">Questions</th><th scope="col">Verdicts</th></tr></thead>
<tbody>${rows}</tbody></table></div></section>`;
}
