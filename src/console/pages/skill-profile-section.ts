import { skillProfileAlt } from '../../chat/screens/pictures.js';
import type { SkillProfileView } from '../../core/skill-maps/views.js';
import { escapeHtml } from '../../web/render/html.js';
import { levelWords, verdictHtml } from './words.js';

/**
 * A person's skill profile: the picture (a PNG of the same view, with the profile in words as its alt
 * text) and the same figures as a table, which screen readers and phones read best.
 */
export function skillProfileSection(view: SkillProfileView, options: { pictureUrl: string; heading: string; levelsHidden?: boolean }): string {
  if (view.skills.length === 0) {
    return `<section aria-labelledby="profile-heading"><h2 id="profile-heading">${escapeHtml(options.heading)}</h2><div class="panel"><p>No role with expected skills is set${view.employee.roleName ? '' : ' yet'}, so there is no profile to show. An L&amp;D admin sets roles.</p></div></section>`;
  }
  const rows = view.skills
    .map(
      (skill) =>
        `<tr><th scope="row">${escapeHtml(skill.name)}</th><td>${skill.category === 'CORE' ? 'core' : 'nice to have'}</td><td>${options.levelsHidden ? 'not shared' : skill.level ? levelWords(skill.level) : 'not measured'}</td><td>${skill.targetLevel === null ? '' : `level ${skill.targetLevel}`}</td><td>${verdictHtml({ state: skill.state, certainty: skill.certainty, moreQuestions: skill.moreQuestions })}</td></tr>`,
    )
    .join('');
  return `<section aria-labelledby="profile-heading">
<h2 id="profile-heading">${escapeHtml(options.heading)}</h2>
${options.levelsHidden ? '' : `<figure class="panel figure"><img class="picture" src="${escapeHtml(options.pictureUrl)}" alt="${escapeHtml(skillProfileAlt(view))}"></figure>\n`}<div class="table-wrap" role="region" aria-labelledby="profile-caption" tabindex="0"><table>
<caption id="profile-caption">${options.levelsHidden ? 'Each expected skill: the verdict against the role\'s target (levels are not shared, by their choice)' : "Each expected skill: the level measured so far (the middle 80% of the estimate) against the role's target"}</caption>
<thead><tr><th scope="col">Skill</th><th scope="col">Kind</th><th scope="col">Level now</th><th scope="col">Target</th><th scope="col">Verdict</th></tr></thead>
<tbody>${rows}</tbody></table></div>
</section>`;
}
