import { context, section, message, type SlackMessage } from './blocks.js';

/** Short messages: help, and what to say when something cannot be done. */
export const HELP_TEXT = [
  '*Skillcheck* compares your skills with what your role expects, checks them with a short multiple-choice assessment, and builds a learning path for your gaps.',
  '• `/skillcheck` or `/skillcheck start`: begin or continue your assessment (in a direct message)',
  '• `/skillcheck status`: your progress bar and scores',
  '• `/skillcheck path`: your learning path',
  '• `/skillcheck team`: your team digest, now (managers)',
  '• `/skillcheck reminders off` / `on`: stop or restart learning reminders',
  '• `/skillcheck help`: this help',
].join('\n');

export const helpMessage = (): SlackMessage => message('Skillcheck: how to use it', [section(HELP_TEXT)]);

export const UNKNOWN_USER_TEXT =
  "I couldn't find you in Skillcheck's employee directory, so I can't run a skill check for you yet. Ask your L&D admin to add you (with the same e-mail address as your Slack profile) and try again.";

export const NOT_YOURS_TEXT = 'This is not your assessment, so your click was not recorded. Type `/skillcheck` to start your own.';

export const ACKNOWLEDGED_TEXT = "On it! I'll continue in your direct messages with Skillcheck.";

export const SOMETHING_WENT_WRONG_TEXT = 'Sorry, something went wrong on my side. Please try again in a moment.';

export const preparingMessage = (skills: number): SlackMessage =>
  message(`Preparing your assessment of ${skills} skills…`, [
    section(`:hourglass_flowing_sand: Preparing your assessment of *${skills} skills*. It takes a few seconds.`),
  ]);

export const closedCardMessage = (reason: string): SlackMessage =>
  message(reason, [section(reason), context('Type `/skillcheck status` to see where you are, or `/skillcheck start` to check yourself again.')]);

export const noticeMessage = (text: string): SlackMessage => message(text, [section(text)]);
