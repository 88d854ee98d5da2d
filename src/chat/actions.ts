/**
 * The actions a button can send back to the conversation, the same on every platform. A converter
 * carries the action and its value in the platform's own way (Slack action_id and value, an Adaptive
 * Card verb and data, a form field in the web chat).
 */
export const Action = {
  answer: 'answer', // value: "<questionId>:<option>"
  buildPath: 'path.build', // value: the session whose results the path comes from
  showPath: 'path.show',
  openItem: 'item.open', // value: content id (a link button that also reports the open)
  startItem: 'item.start', // value: content id (cards no longer show Start: Open starts an item; kept for cards already posted)
  finishItem: 'item.done', // value: content id
  continueAssessment: 'assessment.continue', // begin the first assessment, or continue the open one
  retake: 'assessment.retake', // asks first: what a new assessment costs
  confirmRetake: 'assessment.retake.confirm',
  cancel: 'assessment.cancel', // asks first
  confirmCancel: 'assessment.cancel.confirm',
  dismiss: 'dismiss', // "Not now" on a question the bot asked
  command: 'command', // value: a command name, from a "Did you mean ...?" button
  // check-ins: a daily question after the assessment (screens/check-in.ts)
  checkInAnswer: 'checkin.answer', // value: "<checkInId>:<option>"
  checkInNext: 'checkin.next', // value: the answered check-in's id
  checkInPause: 'checkin.pause', // pause check-ins for a week
  checkInStop: 'checkin.stop', // check-ins off
  // Reviewing answers and reporting a question (see screens/answer-review.ts for the values' form).
  reviewAnswers: 'answers.review', // value: the scored session whose answers to show
  reportQuestion: 'question.report', // value: the question ("s<id>" or "c<id>") and its number: asks why
  reportReason: 'question.report.reason', // value: the question and the reason ("s<id>:WRONG_KEY")
  // A manager's team digest (screens/digest.ts).
  nudge: 'team.nudge', // value: the direct report's employee id: a friendly DM to them
  teamCsv: 'team.csv', // the team report as a CSV file in the chat
  teamConsole: 'team.console', // a fresh one-time sign-in link to the console's team page, in the DM
  // A person's privacy card (screens/privacy.ts).
  privacyView: 'privacy.view', // value: VERDICTS or LEVELS: what their manager sees
  privacyPause: 'privacy.pause', // value: week or twoWeeks: pause reminders, check-ins and nudges
  privacyPauseUntil: 'privacy.pause.until', // how to pause until a date (typed: the card model has no date picker)
  privacyResume: 'privacy.resume', // end a pause now
} as const;

export type ActionName = (typeof Action)[keyof typeof Action];

export const isAction = (value: string): value is ActionName => (Object.values(Action) as string[]).includes(value);

/** The kinds of card of which only the newest is live: a press on an older one finds it closed. */
export type LiveCardKind = 'assessment' | 'path';


/**
 * Every button carries, with its own value, whose card it is and which live card it belongs to, so a
 * press by anyone else changes nothing (not even their view of the card), and a press on a card that a
 * newer one replaced is recognised. Encoded as "<owner>~<kind>~<value>".
 */
export interface Stamp {
  owner: number;
  kind: LiveCardKind | null;
}

const KIND_CODE: Record<LiveCardKind | 'none', string> = { assessment: 'a', path: 'p', none: '-' };

export const packValue = (stamp: Stamp, value = ''): string => `${stamp.owner}~${KIND_CODE[stamp.kind ?? 'none']}~${value}`;

export function unpackValue(raw: string | undefined | null): (Stamp & { value: string }) | null {
  const match = /^(\d{1,12})~([ap-])~(.{0,200})$/s.exec(raw ?? '');
  if (!match) return null;
  const kind = match[2] === 'a' ? 'assessment' : match[2] === 'p' ? 'path' : null;
  return { owner: Number(match[1]), kind, value: match[3]! };
}
