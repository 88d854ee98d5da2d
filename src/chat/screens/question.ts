import { difficultyLabel } from '../format.js';
import { Action } from '../actions.js';
import { button, buttons, card, context, heading, progress, text, type Card } from '../card/card.js';
import { escape, escapeKeepingCode } from '../card/markup.js';
import type { QuestionView } from '../../core/assessment/views.js';
import { DONT_KNOW } from '../../core/shared/options.js';
import { WHO_SEES } from './words.js';

/**
 * Four answer buttons share one row: Teams (and a narrow Slack or browser window) cuts a title longer
 * than about this many characters. Seen on a rendered Adaptive Card: "A. a and b on two l…".
 */
export const ANSWER_BUTTON_MAX = 14;

export const DONT_KNOW_LABEL = "I don't know";

/** "Question 3 of 24" for a fixed set; "Question 3 of at most 20" while the length depends on the answers. */
export const questionTitle = (question: QuestionView): string =>
  question.progress.exact ? `Question ${question.number} of ${question.total}` : `Question ${question.number} of at most ${question.total}`;

/** How far along, in words that stay true when the length is not fixed. */
function progressDetail(question: QuestionView): string {
  const { progress: p } = question;
  const left = Math.max(0, p.atMost - question.number + 1);
  if (p.exact) return `${left} to go`;
  return `${p.skillsSettled} of ${p.skills} skills settled · at most ${left} to go`;
}

/**
 * A question: its number, skill and level, the stem, one button per option and an "I don't know"
 * button (an honest answer, recorded as such, better than a guess). When any option is too long for a
 * button, every option is written out on the card and the buttons carry only letters, so no platform
 * ever shows a shortened answer.
 */
export function questionCard(question: QuestionView, notice?: string): Card {
  const answered = question.number - 1;
  const long = question.options.some((option) => `${option.key}. ${option.text}`.length > ANSWER_BUTTON_MAX);
  return card(`${questionTitle(question)} (${question.skill.name}): ${question.stem}`, [
    heading(questionTitle(question)),
    context(`${escape(question.skill.name)} · ${difficultyLabel[question.difficulty]}${notice ? ` · ${notice}` : ''}`),
    text(escapeKeepingCode(question.stem)),
    long && text(question.options.map((option) => `**${option.key}.** ${escapeKeepingCode(option.text)}`).join('\n')),
    buttons(...question.options.map((option) => button(long ? option.key : `${option.key}. ${option.text}`, Action.answer, `${question.questionId}:${option.key}`))),
    buttons(button(DONT_KNOW_LABEL, Action.answer, `${question.questionId}:${DONT_KNOW}`)),
    progress('Answered', (answered / Math.max(1, question.total)) * 100, progressDetail(question)),
    context(`Not sure? "${DONT_KNOW_LABEL}" is better than a guess: it tells me where to help. ${WHO_SEES}`),
  ]);
}

/** What the person just answered, for the next card's line: "✓ B recorded". */
export const answeredNotice = (outcome: { recorded: boolean; selectedOption: string | null; dontKnow: boolean }): string => {
  const what = outcome.dontKnow ? `"${DONT_KNOW_LABEL}"` : (outcome.selectedOption ?? '');
  return outcome.recorded ? `✓ ${what} recorded` : `You had already answered ${what}`;
};
