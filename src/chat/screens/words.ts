/** Sentences more than one screen says, written once so that they never contradict each other. */

/** Who sees a person's answers and scores: true for the chat, the digests and the admin API alike. */
export const WHO_SEES =
  'Who sees this: you, your manager (in their team digest) and your Skillcheck admins. It is never posted in a channel.';

export const SOMETHING_WENT_WRONG = 'Sorry, something went wrong on my side. Nothing was changed; please try again in a moment.';

/** How a command is written on the platform the person uses ("/skillcheck status", or just "status"). */
export type CommandHint = (command: string) => string;

/** Where a platform cannot take a file from Skillcheck (Teams, until its file-consent flow is built). */
export const NO_FILES_HERE =
  'I cannot send files in this chat yet, so the team report cannot come here. In Slack, `/skillcheck team csv` sends it to you as a file; your Skillcheck admin can also export it for you.';
