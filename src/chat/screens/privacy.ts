import { Action } from '../actions.js';
import { button, buttons, card, context, divider, heading, text, type Card } from '../card/card.js';
import type { PrivacySettingsView } from '../../core/privacy/views.js';
import type { CommandHint } from './words.js';

/** A calendar day ("2027-01-15") in words: "Friday 15 January 2027". */
export const dayWords = (day: string) => new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** What the manager sees, in plain words, with an example of a line of their digest. */
export const MANAGER_SEES = {
  VERDICTS: {
    said: 'Verdicts only: for each skill your role expects, whether it is a gap, on target or not sure yet, and how your learning path is going. Not your scores, levels or how sure each verdict is.',
    example: 'SQL: gap · TypeScript: on target · Docker: not sure yet',
  },
  LEVELS: {
    said: 'Levels too: for each skill your role expects, the verdict with your level range, your score and how sure the verdict is, and how your learning path is going.',
    example: 'SQL: gap, level 2-3 (target 4), 40% · TypeScript: on target, level 4',
  },
} as const;

/** Whether reminders and check-ins reach the person now, in a sentence. */
export function messagesSentence(view: PrivacySettingsView, command: CommandHint): string {
  if (view.pausedUntilDay) return `**Paused** until ${dayWords(view.pausedUntilDay)}: no reminders, check-ins or nudges until then. They come again by themselves after that.`;
  if (view.checkInsPausedUntilDay && view.checkInsEnabled) return `Not paused; check-ins alone are paused until ${dayWords(view.checkInsPausedUntilDay)}.`;
  const off = [!view.remindersEnabled && `reminders are off (${command('reminders on')})`, !view.checkInsEnabled && `check-ins are off (${command('checkins on')})`].filter(Boolean);
  return off.length > 0 ? `Not paused; ${off.join(' and ')}.` : 'on, they come as usual.';
}

/**
 * A person's privacy card: what their manager sees of their results (with an example), buttons to
 * choose verdicts only or levels too, and pausing their reminders and check-ins (a week, two weeks,
 * until a typed date) or resuming them.
 */
export function privacyCard(view: PrivacySettingsView, command: CommandHint): Card {
  const sees = MANAGER_SEES[view.managerView];
  const whose = view.chosen ? 'your choice' : "your organisation's default: you have not chosen yet";
  return card(`Your privacy: your manager sees ${view.managerView === 'VERDICTS' ? 'verdicts only' : 'levels too'}.`, [
    heading('Your privacy'),
    text(`**What your manager sees** (${whose}):\n${sees.said}\nFor example: _${sees.example}_`),
    !view.hasManager && context('Nobody is your manager in Skillcheck at the moment: this applies once someone is.'),
    buttons(
      button(view.managerView === 'VERDICTS' ? '✓ Verdicts only' : 'Verdicts only', Action.privacyView, 'VERDICTS', view.managerView === 'VERDICTS' ? undefined : 'primary'),
      button(view.managerView === 'LEVELS' ? '✓ Levels too' : 'Levels too', Action.privacyView, 'LEVELS'),
    ),
    divider(),
    text(`**Reminders and check-ins:** ${messagesSentence(view, command)}`),
    buttons(
      button('Pause 1 week', Action.privacyPause, 'week'),
      button('Pause 2 weeks', Action.privacyPause, 'twoWeeks'),
      button('Until a date…', Action.privacyPauseUntil),
      view.pausedUntil !== null && button('Resume', Action.privacyResume, undefined, 'primary'),
    ),
    context(`Or type ${command('pause until 2027-01-15')}. Your Skillcheck admins see your results whatever you choose here; nobody else does.`),
  ]);
}

/** How to pause until a date, for the "Until a date…" button. */
export const pauseUntilHint = (command: CommandHint) =>
  `Type the day your messages should come again, like ${command('pause until 2027-01-15')} or ${command('pause until 15 January')}.`;
