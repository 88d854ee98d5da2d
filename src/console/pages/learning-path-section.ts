import { contentTypeLabel, duration, plural, statusLabel } from '../../chat/format.js';
import type { LearningItemView, LearningPathView } from '../../core/learning/views.js';
import { escapeHtml, safeUrl } from '../../web/render/html.js';

const item = (entry: LearningItemView) => {
  const url = safeUrl(entry.url);
  const title = url ? `<a href="${escapeHtml(url)}">${escapeHtml(entry.title)}</a>` : escapeHtml(entry.title);
  const status = entry.status === 'DONE' ? 'done' : entry.status === 'IN_PROGRESS' ? 'in-progress' : 'not-started';
  return `<li>${title} <span class="muted">· ${escapeHtml(contentTypeLabel[entry.type])}, ${escapeHtml(duration(entry.minutes))}</span> <span class="status ${status}">${escapeHtml(statusLabel[entry.status])}</span>${entry.startHere ? ' <span class="tag">start here</span>' : ''}<br><span class="hint">${escapeHtml(entry.reason)}</span></li>`;
};

/** The learning path with its progress: items done of all, this week's items, then the rest, each with its link and status. */
export function learningPathSection(path: LearningPathView | null, options: { heading: string; none: string }): string {
  const head = `<h2 id="path-heading">${escapeHtml(options.heading)}</h2>`;
  if (!path) return `<section aria-labelledby="path-heading">${head}<div class="panel"><p>${escapeHtml(options.none)}</p></div></section>`;
  const items = path.groups.flatMap((group) => group.items);
  const week = (which: LearningItemView['week']) => items.filter((entry) => entry.week === which);
  const list = (heading: string, entries: LearningItemView[]) => (entries.length === 0 ? '' : `<h3>${escapeHtml(heading)}</h3><ul class="items">${entries.map(item).join('')}</ul>`);
  const { completion, gaps } = path;
  return `<section aria-labelledby="path-heading">${head}
<div class="panel">
<p><strong>${completion.done} of ${plural(completion.total, 'item')} done</strong> (${completion.percent}%)${completion.inProgress > 0 ? `, ${completion.inProgress} in progress` : ''}; ${escapeHtml(duration(path.time.leftMinutes))} left at ${path.time.hoursPerWeek} h a week.</p>
<progress max="${Math.max(1, completion.total)}" value="${completion.done}" aria-label="Learning path: ${completion.done} of ${completion.total} items done">${completion.percent}%</progress>
<p class="muted">Gaps closed by a later measurement: ${gaps.closed} of ${gaps.total}.${path.notSure.length > 0 ? ` Not decided yet (check-ins first): ${escapeHtml(path.notSure.map((skill) => skill.name).join(', '))}.` : ''}</p>
${list('This week', week('THIS_WEEK'))}${list('Later', week('LATER'))}${list('Done', week('DONE'))}
</div></section>`;
}
