import { difficultyLabel } from '../format.js';
import { Action } from '../actions.js';
import { button, buttons, card, context, heading, progress, text, type Card } from '../card/card.js';
import { escape, escapeKeepingCode } from '../card/markup.js';
import type { QuestionView } from '../../core/assessment/views.js';
import { WHO_SEES } from './words.js';

/**
 * Four answer buttons share one row: Teams (and a narrow Slack or browser window) cuts a title longer
 * than about this many characters. Seen on a rendered Adaptive Card: "A. a and b on two l…".
 */
export const ANSWER_BUTTON_MAX = 14;

/**
 * A question: its number, skill and level, the stem, and one button per option. When any option is
 * too long for a button, every option is written out on the card and the buttons carry only letters,
 * so no platform ever shows a shortened answer.
 */
export function questionCard(question: QuestionView, notice?: string): Card {
  const answered = question.number - 1;
  const long = question.options.some((option) => `${option.key}. ${option.text}`.length > ANSWER_BUTTON_MAX);
  return card(`Question ${question.number} of ${question.total} (${question.skill.name}): ${question.stem}`, [
    heading(`Question ${question.number} of ${question.total}`),
    context(`${escape(question.skill.name)} · ${difficultyLabel[question.difficulty]}${notice ? ` · ${notice}` : ''}`),
    text(escapeKeepingCode(question.stem)),
    long && text(question.options.map((option) => `**${option.key}.** ${escapeKeepingCode(option.text)}`).join('\n')),
    buttons(...question.options.map((option) => button(long ? option.key : `${option.key}. ${option.text}`, Action.answer, `${question.questionId}:${option.key}`))),
    progress('Answered', (answered / question.total) * 100, `${question.total - answered} to go`),
    context(WHO_SEES),
  ]);
}
