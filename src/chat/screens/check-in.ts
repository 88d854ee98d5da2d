import { Action } from '../actions.js';
import { button, buttons, card, context, fields, heading, text, type Card } from '../card/card.js';
import { escape, escapeKeepingCode } from '../card/markup.js';
import { difficultyLabel } from '../format.js';
import type { CheckInEnd, CheckInSettingsView, CheckInView } from '../../core/checkins/views.js';
import { DONT_KNOW } from '../../core/shared/options.js';
import { reportButton } from './answer-review.js';
import { ANSWER_BUTTON_MAX, DONT_KNOW_LABEL } from './question.js';
import { skillLine } from './results.js';
import { WHO_SEES, type CommandHint } from './words.js';

export const PAUSE_LABEL = 'Pause for a week';
export const STOP_LABEL = 'Stop check-ins';

/** "Next question (2 of 3)": the day's next position against the day's cap. */
export const nextLabel = (next: { position: number; perDay: number }) => `Next question (${next.position} of ${next.perDay})`;

const where = (view: CheckInView) => `Question ${view.position} of at most ${view.perDay} today · ${difficultyLabel[view.difficulty]}`;

/** Why nothing follows an answered check-in, in words. */
function endSentence(end: CheckInEnd, command: CommandHint): string {
  switch (end) {
    case 'dailyLimit':
      return "That's all for today. The next check-in comes on a working day soon.";
    case 'nothingDue':
      return "That's all that is due today. The next check-in comes when a skill is due again.";
    case 'dayOver':
      return "This check-in is from an earlier day; today's comes by itself.";
    case 'off':
      return `Check-ins are off. ${command('checkins on')} starts them again.`;
    case 'paused':
      return `Check-ins are paused. ${command('checkins on')} starts them again now.`;
    case 'sittingOpen':
      return 'No more check-ins while your assessment is in progress.';
  }
}

/** "Monday 7 December", for a local date YYYY-MM-DD. */
const dayWords = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone: 'UTC' });

/** What a person reads after switching check-ins on, off or pausing them. */
export function checkInSettingsSentence(view: CheckInSettingsView, command: CommandHint): string {
  if (!view.enabled) return `Check-ins are off: no more check-in questions. ${command('checkins on')} starts them again.`;
  if (view.pausedUntilDay) {
    return `Check-ins are paused until ${dayWords(view.pausedUntilDay)}. ${command('checkins on')} starts them again sooner.`;
  }
  return 'Check-ins are on: a short question on working days, in your working hours, about the skills not decided yet and the gaps you are learning.';
}

/** How the check-in commands are typed, for a bare "checkins". */
export const checkInUsage = (command: CommandHint) =>
  `${command('pause checkins')} pauses check-ins for a week; ${command('checkins off')} stops them; ${command('checkins on')} starts them again.`;

/** The result of an answer: right or not, and the right option. */
function verdictOfAnswer(view: CheckInView, answer: NonNullable<CheckInView['answer']>): string {
  const right = view.options.find((option) => option.key === answer.correctOption);
  const rightText = `**${answer.correctOption}.** ${escapeKeepingCode(right?.text ?? '')}`;
  if (answer.isCorrect) return `✓ Right: ${rightText}`;
  if (answer.dontKnow) return `You said "${DONT_KNOW_LABEL}". The right answer is ${rightText}`;
  return `✗ Not quite: you chose ${answer.selectedOption}. The right answer is ${rightText}`;
}

/**
 * A check-in: one question with its options (written out on the card when any is too long for a
 * button) and "I don't know"; once answered, in the same card, whether it was right, the right answer
 * and its explanation, the skill's line (level range against the target, the verdict and how sure),
 * and the day's next question or why there is none. Pause and stop are on the card too.
 */
export function checkInCard(view: CheckInView, command: CommandHint): Card {
  const { answer } = view;
  const settings = buttons(button(PAUSE_LABEL, Action.checkInPause, String(view.checkInId)), button(STOP_LABEL, Action.checkInStop, String(view.checkInId)));
  const summary = `Check-in (${view.skill.name}): ${view.stem}`;
  if (!answer) {
    const long = view.options.some((option) => `${option.key}. ${option.text}`.length > ANSWER_BUTTON_MAX);
    return card(summary, [
      heading(`Check-in: ${view.skill.name}`),
      context(where(view)),
      text(escapeKeepingCode(view.stem)),
      long && text(view.options.map((option) => `**${option.key}.** ${escapeKeepingCode(option.text)}`).join('\n')),
      buttons(...view.options.map((option) => button(long ? option.key : `${option.key}. ${option.text}`, Action.checkInAnswer, `${view.checkInId}:${option.key}`))),
      buttons(button(DONT_KNOW_LABEL, Action.checkInAnswer, `${view.checkInId}:${DONT_KNOW}`)),
      context(`One question about a skill your results are not sure of yet, or a gap you are learning: each answer makes them surer. "${DONT_KNOW_LABEL}" is better than a guess.`),
      settings,
      context(WHO_SEES),
    ]);
  }
  const stillOn = view.ended !== 'off' && view.ended !== 'paused';
  return card(summary, [
    heading(`Check-in: ${view.skill.name}`),
    context(where(view)),
    text(escapeKeepingCode(view.stem)),
    text(verdictOfAnswer(view, answer)),
    answer.explanation ? text(escapeKeepingCode(answer.explanation)) : null,
    answer.standing && fields([[view.skill.name, skillLine(answer.standing)]]),
    answer.gapClosed && text(`🎉 That closes your **${escape(view.skill.name)}** gap: your answers now put you at its target.`),
    view.next ? buttons(button(nextLabel(view.next), Action.checkInNext, String(view.checkInId), 'primary')) : view.ended && context(endSentence(view.ended, command)),
    buttons(reportButton({ kind: 'checkin', id: view.checkInId })),
    stillOn && settings,
    context(WHO_SEES),
  ]);
}
