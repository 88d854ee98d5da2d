import { Action } from '../actions.js';
import { button, buttons, card, context, divider, fields, heading, text, type Card } from '../card/card.js';
import { escape } from '../card/markup.js';
import { plural } from '../format.js';
import type { ResultsView, SkillResultView } from '../../core/assessment/views.js';
import { WHO_SEES, type CommandHint } from './words.js';

const levelWords = (level: { low: number; high: number }) => (level.low === level.high ? `level ${level.low}` : `level ${level.low}-${level.high}`);
const sure = (certainty: number) => `${Math.min(99, Math.floor(certainty * 100))}% sure`;
const questionsWord = (count: number) => (count >= 20 ? 'many more questions' : `about ${plural(count, 'more question')}`);

/** One skill in a line: "level 2-3, target 4 · **gap**, 93% sure"; "not sure yet: about 2 more questions in your check-ins" (or "no more questions on this skill yet" when the bank has none left for the person). */
export function skillLine(skill: Pick<SkillResultView, 'targetLevel' | 'level' | 'verdict' | 'certainty' | 'moreQuestions'> & { exhausted?: boolean }): string {
  const where = skill.targetLevel === null ? levelWords(skill.level) : `${levelWords(skill.level)}, target ${skill.targetLevel}`;
  switch (skill.verdict) {
    case 'GAP':
      return `${where} · **gap**, ${sure(skill.certainty)}`;
    case 'ON_TARGET':
      return `${where} · on target, ${sure(skill.certainty)}`;
    case 'NOT_SURE':
      return skill.exhausted ? `${where} · not sure yet: no more questions on this skill yet` : `${where} · not sure yet: ${questionsWord(skill.moreQuestions ?? 1)} in your check-ins`;
    default:
      return `${where} · _not in your role_`;
  }
}

/** One line per skill: the level range against the target, and the verdict with its certainty. */
export const skillFields = (results: ResultsView) => fields(results.skills.map((skill) => [skill.name, skillLine(skill)]));

const counts = (results: ResultsView) => {
  const onTarget = results.skills.filter((skill) => skill.verdict === 'ON_TARGET').length;
  return { gaps: results.gaps.length, onTarget, notSure: results.notSure.length };
};

/** The verdicts in a sentence: certain gaps named, undecided skills said plainly. */
export function gapsSentence(results: ResultsView): string {
  const { gaps, notSure } = results;
  const parts: string[] = [];
  if (gaps.length > 0) parts.push(`**${plural(gaps.length, 'gap')}** against your role's targets: ${gaps.map((gap) => escape(gap.name)).join(', ')}.`);
  else if (notSure.length === 0) parts.push('No gaps: every expected skill is at or above its target. Well done!');
  else parts.push('No certain gaps so far.');
  if (notSure.length > 0) parts.push(`Not sure yet about ${notSure.map((skill) => escape(skill.name)).join(', ')}: short check-ins in the next days will tell.`);
  return parts.join(' ');
}

/** The headline: what was found, in counts. */
export const resultsHeadline = (results: ResultsView): string => {
  const { gaps, onTarget, notSure } = counts(results);
  return [plural(gaps, 'gap'), `${onTarget} on target`, notSure > 0 ? `${notSure} not sure yet` : null].filter(Boolean).join(', ');
};

/** The results of an assessment: per skill, the level against the target and the verdict with its certainty, and what to do next. */
export function resultsCard(results: ResultsView, options: { pathBuilt: boolean; command: CommandHint }): Card {
  const answered = results.skills.reduce((sum, skill) => sum + skill.asked, 0) - results.unanswered;
  const review = answered > 0 && button('Review my answers', Action.reviewAnswers, String(results.sessionId));
  const buildPath = !options.pathBuilt && results.gaps.length > 0;
  const next = options.pathBuilt
    ? context(`Your learning path is in its own card. ${options.command('path')} shows it again.`)
    : buildPath
      ? buttons(button('Build my learning path', Action.buildPath, String(results.sessionId), 'primary'), review)
      : context(`${options.command('retake')} checks you again whenever you like.`);
  return card(`Your results: ${resultsHeadline(results)}.`, [
    heading(`Your results: ${resultsHeadline(results)}`),
    skillFields(results),
    divider(),
    text(gapsSentence(results)),
    context('Levels run from 1 (aware) to 5 (expert); a range is where you most likely are. Sure means how likely the verdict is right, from your answers so far.'),
    next,
    !buildPath && buttons(review),
    context(WHO_SEES),
  ]);
}
