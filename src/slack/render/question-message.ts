import { difficultyLabel } from '../../chat/format.js';
import type { QuestionView } from '../../core/views/assessment-views.js';
import { ActionId, type AnswerValue } from './action-ids.js';
import { actions, button, context, escape, LIMITS, message, section, type SlackMessage } from './blocks.js';

/** A question card: number and total, skill, the question, one button per option. */
export function questionMessage(question: QuestionView, notice?: string): SlackMessage {
  const value = JSON.stringify({ s: question.sessionId, q: question.questionId } satisfies AnswerValue);
  const long = question.options.some((option) => `${option.key}. ${option.text}`.length > LIMITS.button);
  const answered = question.number - 1;
  return message(`Question ${question.number} of ${question.total} (${question.skill.name}): ${question.stem}`, [
    section(`*Question ${question.number} of ${question.total}*  ·  ${escape(question.skill.name)}  ·  ${difficultyLabel[question.difficulty]}`),
    section(escape(question.stem)),
    // Long options are cut on their buttons, so the full text is listed too.
    ...(long ? [section(question.options.map((option) => `*${option.key}.* ${escape(option.text)}`).join('\n'))] : []),
    actions(
      `question_${question.questionId}`,
      question.options.map((option) => button(`${option.key}. ${option.text}`, ActionId.answer(option.key), { value })),
    ),
    context(
      ...(notice ? [notice] : []),
      `${answered} answered, ${question.total - answered} to go. Your answers and scores are private to you and your manager.`,
    ),
  ]);
}
