import { difficultyLabel } from '../../chat/format.js';
import type { QuestionView } from '../../core/views/assessment-views.js';
import { BUTTON_TITLE_MAX, card, escapeMarkdown, execute, heading, small, text, type AdaptiveCard } from './cards.js';
import { Verb } from './verbs.js';

/** A question: number and total, skill, the question, one button per option (answering replaces the card). */
export function questionCard(question: QuestionView, notice?: string): AdaptiveCard {
  const long = question.options.some((option) => `${option.key}. ${option.text}`.length > BUTTON_TITLE_MAX);
  const answered = question.number - 1;
  return card(
    [
      heading(`Question ${question.number} of ${question.total}`),
      small(`${question.skill.name} · ${difficultyLabel[question.difficulty]}`),
      text(escapeMarkdown(question.stem), { spacing: 'Medium' }),
      ...(long ? question.options.map((option) => text(`**${option.key}.** ${escapeMarkdown(option.text)}`, { spacing: 'Small' })) : []),
      small(`${notice ? `${notice} ` : ''}${answered} answered, ${question.total - answered} to go. Your answers are private to you and your manager.`),
    ],
    question.options.map((option) => execute(`${option.key}. ${option.text}`, Verb.answer, { s: question.sessionId, q: question.questionId, o: option.key })),
  );
}
