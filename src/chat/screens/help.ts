import { Action } from '../actions.js';
import { button, buttons, card, heading, text, type Card } from '../card/card.js';
import { escape } from '../card/markup.js';
import type { CommandName } from '../conversation/commands.js';
import type { CommandHint } from './words.js';

const ABOUT = 'Skillcheck compares your skills with what your role expects, checks them with a short multiple-choice assessment, and builds a learning path for your gaps.';

/** Every command, each once, as it is typed on this platform. */
export const commandLines = (command: CommandHint) =>
  [
    `• ${command('start')}: begin your assessment, or continue it`,
    `• ${command('status')}: your progress and scores`,
    `• ${command('path')}: your learning path`,
    `• ${command('review')}: your answers, with the right ones and why`,
    `• ${command('retake')}: check yourself again (asks first)`,
    `• ${command('cancel')}: stop the assessment in progress (asks first)`,
    `• ${command('team')}: your team digest, now; ${command('team csv')}: the team report as a file (managers)`,
    `• ${command('web')}: a sign-in link to the web console (your profile; your team; admin pages)`,
    `• ${command('reminders off')} / ${command('reminders on')}: stop or restart learning reminders`,
    `• ${command('pause checkins')} / ${command('checkins off')} / ${command('checkins on')}: pause check-in questions for a week, stop them, or start them again`,
    `• ${command('privacy')}: what your manager sees (verdicts only, or levels too); pause reminders and check-ins for a while, or ${command('pause until 2027-01-15')}`,
    `• ${command('help')}: this list`,
  ].join('\n');

export function helpCard(command: CommandHint, title = 'Skillcheck'): Card {
  return card(`${title}: ${ABOUT}`, [heading(title), text(ABOUT), text(commandLines(command)), buttons(button('Start or continue my assessment', Action.continueAssessment, undefined, 'primary'))]);
}

export const welcomeCard = (command: CommandHint): Card => helpCard(command, 'Welcome to Skillcheck 👋');

/** Something typed that is no command: say so, suggest the likely one, list the rest. */
export function unknownCommandCard(typed: string, suggestion: CommandName | null, command: CommandHint): Card {
  const said = escape(typed.length > 60 ? `${typed.slice(0, 59)}…` : typed);
  return card(suggestion ? `I don't know "${typed}". Did you mean ${suggestion}?` : `I don't know "${typed}".`, [
    text(suggestion ? `I don't know “${said}”. Did you mean ${command(suggestion)}?` : `I don't know “${said}”. Here is what I understand:`),
    suggestion && buttons(button(`Yes: ${suggestion}`, Action.command, suggestion, 'primary')),
    text(commandLines(command)),
  ]);
}
