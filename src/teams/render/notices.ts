import { card, heading, text, small, execute, type AdaptiveCard } from './cards.js';
import { Verb } from './verbs.js';

export const HELP_LINES = [
  'Skillcheck compares your skills with what your role expects, checks them with a short multiple-choice assessment, and builds a learning path for your gaps.',
  '- **skillcheck**: begin or continue your assessment',
  '- **status**: your progress bar and scores',
  '- **path**: your learning path',
  '- **team**: your team digest (managers)',
  '- **reminders off** / **reminders on**: stop or restart learning reminders',
  '- **help**: this help',
];

export const helpCard = (title = 'Skillcheck'): AdaptiveCard =>
  card([heading(title), ...HELP_LINES.map((line) => text(line, { spacing: 'Small' }))], [execute('Start my assessment', Verb.startAssessment, {}, 'positive')]);

export const welcomeCard = (): AdaptiveCard => helpCard('Welcome to Skillcheck 👋');

export const closedCard = (reason: string): AdaptiveCard => card([text(reason), small('Write "status" to see where you are, or "skillcheck" to check yourself again.')]);

export const preparingCard = (skills: number): AdaptiveCard => card([text(`⏳ Preparing your assessment of **${skills} skills**. It takes a few seconds.`)]);

export const UNKNOWN_USER_TEXT =
  "I couldn't find you in Skillcheck's employee directory, so I can't run a skill check for you yet. Ask your L&D admin to add you (with the same e-mail address as your Microsoft 365 account) and try again.";
export const NOT_YOURS_TEXT = 'This is not your assessment, so your answer was not recorded. Write "skillcheck" to start your own.';
export const SOMETHING_WENT_WRONG_TEXT = 'Sorry, something went wrong on my side. Please try again in a moment.';
