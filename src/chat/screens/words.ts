/** Sentences more than one screen says, written once so that they never contradict each other. */

/** Who sees a person's answers and scores: true for the chat, the digests and the admin API alike. */
export const WHO_SEES =
  'Who sees this: you, your manager (in their team digest) and your Skillcheck admins. It is never posted in a channel.';

/** When a request was acknowledged but its work could not be taken on (the server is at its limit). */
export const BUSY_NOW = 'Skillcheck is busy right now. Nothing was changed; please try again in a minute.';
export const SOMETHING_WENT_WRONG = 'Sorry, something went wrong on my side. Nothing was changed; please try again in a moment.';

/** How a command is written on the platform the person uses ("/skillcheck status", or just "status"). */
export type CommandHint = (command: string) => string;
