import type { ResultsView } from '../../core/assessment/views.js';
import { escapeHtml } from '../../web/render/html.js';
import { consolePage, type PageContext, type Section } from './layout.js';
import { dayHtml, levelWords, stateOf, verdictCounts, verdictHtml } from './words.js';

/** One scored sitting as it was: per skill the level range against the target, the verdict with its certainty, and the answers. */
export function sittingPage(ctx: PageContext, results: ResultsView, options: { whose: string; section: Section; back: { href: string; label: string } }): string {
  const onTarget = results.skills.filter((skill) => skill.verdict === 'ON_TARGET').length;
  const rows = results.skills
    .map((skill) => {
      const answers = `${skill.correct} right of ${skill.asked}${skill.dontKnow > 0 ? `, ${skill.dontKnow} “I don't know”` : ''}`;
      return `<tr><th scope="row">${escapeHtml(skill.name)}</th><td>${levelWords(skill.level)}</td><td>${skill.targetLevel === null ? 'not in the role' : `level ${skill.targetLevel}`}</td><td>${verdictHtml({ state: stateOf(skill.verdict), certainty: skill.certainty, moreQuestions: skill.moreQuestions, exhausted: skill.exhausted })}</td><td>${escapeHtml(answers)}</td></tr>`;
    })
    .join('');
  const title = `${options.whose} assessment of ${results.completedAt.slice(0, 10)}`;
  const main = `<p><a href="${escapeHtml(options.back.href)}">${escapeHtml(options.back.label)}</a></p>
<h1>${escapeHtml(options.whose)} assessment of ${dayHtml(results.completedAt)}</h1>
<div class="panel"><p><strong>${escapeHtml(verdictCounts({ gaps: results.gaps.length, onTarget, notSure: results.notSure.length }))}</strong>. These are the verdicts as this assessment left them; check-ins and later assessments have measured since.</p></div>
<div class="table-wrap" role="region" aria-labelledby="sitting-caption" tabindex="0"><table>
<caption id="sitting-caption">Each skill of this assessment: the level range against the target, the verdict and the answers</caption>
<thead><tr><th scope="col">Skill</th><th scope="col">Level then</th><th scope="col">Target</th><th scope="col">Verdict</th><th scope="col">Answers</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
  return consolePage(ctx, { title, section: options.section, main });
}
