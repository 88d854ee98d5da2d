import { Action } from '../actions.js';
import { button, buttons, card, context, text, type Card } from '../card/card.js';
import { plural } from '../format.js';
import type { CommandHint } from './words.js';

export const noticeCard = (value: string, hint?: string): Card => card(value, [text(value), hint ? context(hint) : null]);

export const preparingCard = (skills: number): Card =>
  card(`Preparing your assessment of ${plural(skills, 'skill')}…`, [text(`⏳ Preparing your assessment of **${plural(skills, 'skill')}**. It takes a few seconds.`)]);

/** An old card, made read-only: why, and where the current one is. */
export function closedCard(reason: string, options: { currentLink?: string | null; command: CommandHint }): Card {
  const where = options.currentLink ? `[Go to the current card](${options.currentLink})` : `${options.command('status')} shows where you are.`;
  return card(reason, [text(reason), context(where)]);
}

export function unknownPersonCard(platformAccount: string): Card {
  const value = `I couldn't find you in Skillcheck's employee directory, so I can't run a skill check for you yet. Ask your L&D admin to add you, with the same e-mail address as your ${platformAccount}, and try again.`;
  return card(value, [text(value)]);
}

/** A message in a group chat or a channel: Skillcheck talks about a person's skills only where nobody else reads along. */
export function personalChatOnlyCard(): Card {
  const value = 'I only talk about skills in a one-to-one chat, so nobody else sees your questions or results. Message me directly and I will carry on there.';
  return card(value, [text(value)]);
}

/** Before a new assessment replaces the results a person has: what it costs and what happens to what they have. */
/** `after`: the scored assessment the question was asked about; the answer counts only while that is still the latest. */
export function confirmRetakeCard(plan: { skills: number; questions: number; minutes: number }, hasPath: boolean, after: number): Card {
  const keeps = hasPath
    ? 'Your current results and learning path stay until you finish it; then the new results replace them, and you can build a new path (what you have done stays done).'
    : 'Your current results stay until you finish it; then the new results replace them.';
  return card(`Start a new assessment? At most ${plan.questions} questions on ${plural(plan.skills, 'skill')}, about ${plan.minutes} minutes.`, [
    text(
      `**Start a new assessment?** It asks at most ${plan.questions} questions on ${plural(plan.skills, 'skill')} and takes at most about ${plan.minutes} minutes; it stops sooner once your results are certain.`,
    ),
    text(keeps),
    buttons(button('Start the new assessment', Action.confirmRetake, String(after), 'primary'), button('Not now', Action.dismiss)),
  ]);
}

/** `sessionId`: the assessment the question is about; a yes stops only that one. */
export function confirmCancelCard(answered: number, sessionId: number): Card {
  return card(`Stop your assessment? ${plural(answered, 'question')} answered.`, [
    text(`**Stop your assessment?** You have answered ${plural(answered, 'question')} so far.`),
    text('It will not be scored, and your earlier results (if any) stay as they are. You can start a new one later.'),
    buttons(button('Stop the assessment', Action.confirmCancel, String(sessionId), 'danger'), button('Keep going', Action.dismiss, undefined, 'primary')),
  ]);
}
