import { Action } from '../actions.js';
import { button, buttons, card, context, divider, heading, text, type Block, type Card } from '../card/card.js';
import { escape, escapeKeepingCode } from '../card/markup.js';
import { plural } from '../format.js';
import type { AnswerReviewView, ReviewedAnswerView } from '../../core/assessment/review-views.js';
import type { QuestionReportOutcome } from '../../core/measurement/views.js';
import { DONT_KNOW_LABEL } from './question.js';
import { WHO_SEES, type CommandHint } from './words.js';

/**
 * How many questions one review card holds at most, and about how much text: a card must stay within
 * every platform's limits (Slack: 50 blocks and 3,000 characters a text; Teams: about 24 kB a card), and
 * a question with its four options and explanation may be long. Four blocks a question.
 */
export const REVIEW_QUESTIONS_PER_CARD = 5;
export const REVIEW_CHARACTERS_PER_CARD = 9000;

/** Roughly what a question adds to a card, in characters. */
const weight = (question: ReviewedAnswerView) =>
  200 + question.stem.length + question.options.reduce((sum, option) => sum + option.text.length + 20, 0) + question.explanation.length;

/** The questions in cards: in order, at most a few a card and within a text budget, never an empty card. */
export function reviewPages<T extends ReviewedAnswerView>(questions: readonly T[], perCard = REVIEW_QUESTIONS_PER_CARD, budget = REVIEW_CHARACTERS_PER_CARD): T[][] {
  const pages: T[][] = [];
  let page: T[] = [];
  let used = 0;
  for (const question of questions) {
    const cost = weight(question);
    if (page.length > 0 && (page.length >= perCard || used + cost > budget)) {
      pages.push(page);
      page = [];
      used = 0;
    }
    page.push(question);
    used += cost;
  }
  if (page.length > 0) pages.push(page);
  return pages;
}

/** The question a report button names: "s<id>" for an assessment question, "c<id>" for a check-in. */
export type ReportedRef = { kind: 'sitting' | 'checkin'; id: number };
export const reportRef = (ref: ReportedRef): string => `${ref.kind === 'sitting' ? 's' : 'c'}${ref.id}`;
export function readReportRef(value: string): (ReportedRef & { rest: string }) | null {
  const match = /^([sc])(\d{1,12})(?::(.*))?$/s.exec(value);
  return match ? { kind: match[1] === 's' ? 'sitting' : 'checkin', id: Number(match[2]), rest: match[3] ?? '' } : null;
}

/** The "Report this question" button for a question someone answered (the review, and later check-in cards). */
export const reportButton = (ref: ReportedRef, number?: number) => button('Report this question', Action.reportQuestion, `${reportRef(ref)}:${number ?? ''}`);

function verdictLine(question: ReviewedAnswerView): string {
  const right = `**${question.correctOption}.** ${escapeKeepingCode(question.correctText)}`;
  if (question.isCorrect) return `✓ You answered it right: ${right}`;
  if (question.dontKnow) return `✗ You said "${DONT_KNOW_LABEL}". The right answer: ${right}`;
  return `✗ You answered **${question.chosen}**. The right answer: ${right}`;
}

function optionLine(question: ReviewedAnswerView, option: ReviewedAnswerView['options'][number]): string {
  const mark = option.key === question.correctOption ? ' ✓' : option.key === question.chosen ? ' ✗' : '';
  const yours = option.key === question.chosen ? ' _(your answer)_' : '';
  return `**${option.key}.** ${escapeKeepingCode(option.text)}${mark}${yours}`;
}

function questionBlocks(question: ReviewedAnswerView): Block[] {
  return [
    divider(),
    text(`${question.isCorrect ? '✓' : '✗'} **Question ${question.number}** · ${escape(question.skill.name)}\n${escapeKeepingCode(question.stem)}`),
    text(question.options.map((option) => optionLine(question, option)).join('\n')),
    text(`${verdictLine(question)}${question.explanation.trim() ? `\n_Why:_ ${escapeKeepingCode(question.explanation.trim())}` : ''}`),
    question.reported
      ? context('You reported this question: nobody is asked it until an admin has looked at it.')
      : question.bankKey
        ? buttons(reportButton({ kind: 'sitting', id: question.questionId }, question.number))
        : null,
  ].filter((block): block is Block => block !== null);
}

/**
 * A person's answers to a scored assessment, as cards of a few questions each: per question, right or
 * wrong, the options as shown with the right one and theirs marked, the right answer written out, the
 * explanation, and a "Report this question" button.
 */
export function answerReviewCards(review: AnswerReviewView, options: { command: CommandHint }): Card[] {
  if (review.questions.length === 0 && review.answersRemoved) {
    const value = 'The answers of that assessment are no longer kept: answers are deleted after a while, while the results stay.';
    return [card(value, [text(value), context(`${options.command('retake')} checks you again whenever you like.`)])];
  }
  if (review.questions.length === 0) {
    const value = 'You left every question of that assessment unanswered, so there are no answers to review.';
    return [card(value, [text(value), context(`${options.command('retake')} checks you again whenever you like.`)])];
  }
  const pages = reviewPages(review.questions);
  const summary =
    `You answered ${review.answered} ${review.answered === 1 ? 'question' : 'questions'}: **${review.right} right**` +
    (review.dontKnow > 0 ? `, ${review.dontKnow} "${DONT_KNOW_LABEL}"` : '') +
    (review.unanswered > 0 ? `; ${plural(review.unanswered, 'question')} left unanswered ${review.unanswered === 1 ? 'is' : 'are'} not shown` : '') +
    '.';
  return pages.map((page, index) => {
    const title = pages.length === 1 ? 'Your answers' : `Your answers (${index + 1} of ${pages.length})`;
    const first = page[0]!.number;
    const last = page.at(-1)!.number;
    const lastPage = index === pages.length - 1;
    return card(`${title}: questions ${first === last ? first : `${first}-${last}`}.`, [
      heading(title),
      index === 0 && text(`${summary} Each one below shows what you chose, the right answer and why.`),
      ...page.flatMap(questionBlocks),
      lastPage && divider(),
      lastPage && context(`A question looks wrong? "Report this question" takes it out of circulation until an admin has looked at it. ${WHO_SEES}`),
    ]);
  });
}

/** After "Report this question": why? Each reason reports it; "Not now" changes nothing. */
export function reportReasonCard(ref: ReportedRef, number: number | null): Card {
  const which = number ? `question ${number}` : 'this question';
  const value = reportRef(ref);
  return card(`Report ${which}? What is wrong with it?`, [
    text(`**Report ${which}?** What is wrong with it?`),
    text('It is taken out of circulation at once: nobody is asked it again until an admin has looked at it.'),
    buttons(
      button('The marked answer is wrong', Action.reportReason, `${value}:WRONG_KEY`, 'primary'),
      button('The question is unclear', Action.reportReason, `${value}:UNCLEAR`),
      button('It is out of date', Action.reportReason, `${value}:OUTDATED`),
      button('Not now', Action.dismiss),
    ),
  ]);
}

/** What a report did, in a sentence. */
export function reportedNotice(outcome: QuestionReportOutcome): Card {
  const value = outcome.recorded
    ? 'Thank you: I reported the question. Nobody is asked it again until an admin has looked at it.'
    : outcome.withheld
      ? 'You had reported this question already; it stays out of circulation until an admin has looked at it.'
      : 'You had reported this question already, and an admin has looked at it since.';
  return card(value, [text(value)]);
}
