import { distance } from 'fastest-levenshtein';

/** What a person can ask for by typing. */
export type CommandName = 'start' | 'status' | 'path' | 'team' | 'reminders' | 'checkins' | 'privacy' | 'cancel' | 'retake' | 'review' | 'web' | 'help';

export type ParsedCommand =
  | { kind: 'command'; name: CommandName; argument: string }
  | { kind: 'unknown'; text: string; suggestion: CommandName | null };

/** "checkins", "check ins", "checkin", "check in" (a hyphen is a space once the text is normalised). */
const CHECK_INS = 'check ?ins?';

/**
 * Words that mean each command, in any case and order of filler words: "Skillcheck STATUS",
 * "what are my results?", "/skillcheck  begin" and "show me my learning path" all find their command.
 * Order matters where phrases overlap: "start over" is a retake, "stop reminders" is reminders off.
 */
const PHRASES: Array<[CommandName, string, string?]> = [
  // privacy: what the manager sees, and pausing every message at once ("pause until <date>" is read before these)
  ['privacy', '(what|who) (does|do|can|will) (my )?(manager|boss) see', ''],
  ['privacy', 'verdicts only', 'verdicts'],
  ['privacy', 'levels too', 'levels'],
  ['privacy', '(resume|unpause) (everything|all|messages|notifications)', 'resume'],
  // check-ins: "checkins", "check-ins", "check ins", "checkin" all read alike (see CHECK_INS)
  ['checkins', `${CHECK_INS} off`, 'off'],
  ['checkins', `(stop|mute|disable) ${CHECK_INS}`, 'off'],
  ['checkins', `no more ${CHECK_INS}`, 'off'],
  ['checkins', `${CHECK_INS} on`, 'on'],
  ['checkins', `(start|resume|unpause|unmute|enable|restart) ${CHECK_INS}`, 'on'],
  ['checkins', 'unsnooze', 'on'],
  ['checkins', `(pause|snooze) ${CHECK_INS}`, 'pause'],
  ['checkins', `${CHECK_INS} (pause|snooze)`, 'pause'],
  ['checkins', '(pause|snooze)', 'pause'],
  ['checkins', CHECK_INS],
  ['reminders', 'reminders off', 'off'],
  ['reminders', 'stop reminders', 'off'],
  ['reminders', 'mute', 'off'],
  ['reminders', 'reminders on', 'on'],
  ['reminders', 'unmute', 'on'],
  ['retake', 'start over'],
  ['retake', 'start again'],
  ['retake', 'again'],
  ['retake', 'retake'],
  ['retake', 'redo'],
  ['cancel', 'give up'],
  ['path', 'learning path'],
  ['team', 'team (csv|report)', 'csv'],
  ['team', '(csv|report)', 'csv'],
  ['team', 'my team'],
  ['web', 'sign in'],
  ['web', 'log in'],
  ['web', 'web console'],
];

const WORDS: Record<string, CommandName> = {
  start: 'start', begin: 'start', go: 'start', continue: 'start', resume: 'start', assess: 'start', assessment: 'start', test: 'start', quiz: 'start', questions: 'start',
  status: 'status', progress: 'status', results: 'status', result: 'status', scores: 'status', score: 'status', dashboard: 'status', gaps: 'status',
  path: 'path', learning: 'path', plan: 'path', courses: 'path', recommendations: 'path', next: 'path',
  team: 'team', digest: 'team', reports: 'team',
  reminders: 'reminders', reminder: 'reminders', nudges: 'reminders',
  checkins: 'checkins', checkin: 'checkins',
  privacy: 'privacy', private: 'privacy',
  cancel: 'cancel', stop: 'cancel', quit: 'cancel', abort: 'cancel',
  retake: 'retake',
  review: 'review', answers: 'review', answer: 'review', corrections: 'review', explanations: 'review', solutions: 'review',
  web: 'web', console: 'web', browser: 'web', login: 'web', signin: 'web',
  help: 'help', commands: 'help', hi: 'help', hello: 'help', hey: 'help',
};

const FILLER = new Set(['skillcheck', 'what', 'whats', 'are', 'is', 'my', 'me', 'show', 'see', 'the', 'a', 'an', 'please', 'i', 'want', 'to', 'can', 'you', 'give', 'get', 'let', 'lets', 'do', 'how', 'about', 'of', 'for', 'now']);

/** The command names a near miss is compared with, and the words that lead to them. */
const CANDIDATES = Object.keys(WORDS).filter((word) => word.length >= 4);

export function normalise(text: string): string {
  return text
    .replace(/<at>.*?<\/at>/gi, ' ') // Teams mentions of the bot
    .toLowerCase()
    .replace(/^\s*\/?skillcheck\b/, ' ')
    .replace(/^\s*\?+\s*$/, 'help')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "pause until <a day>" (any of pause, snooze; until, till): the day's words as typed, before they lose their punctuation. */
const PAUSE_UNTIL = /^(?:\s*\/?skillcheck\b)?\s*(?:please\s+)?(?:pause|snooze)\b(?:\s+(?:everything|all|messages|notifications|reminders))?\s+(?:until|till|til)\s+(.{1,40})$/i;

/** Reads what a person typed. The empty text is "start" (begin, continue, or show where things stand). */
export function parseCommand(text: string): ParsedCommand {
  const until = PAUSE_UNTIL.exec(text.replace(/<at>.*?<\/at>/gi, ' ').trim());
  if (until) return { kind: 'command', name: 'privacy', argument: `until ${until[1]!.trim()}` };
  const clean = normalise(text);
  if (clean === '') return { kind: 'command', name: 'start', argument: '' };
  for (const [name, phrase, argument] of PHRASES) {
    if (new RegExp(`(^| )${phrase}( |$)`).test(clean)) return { kind: 'command', name, argument: argument ?? '' };
  }
  const words = clean.split(' ').filter((word) => !FILLER.has(word));
  const index = words.findIndex((word) => WORDS[word] !== undefined);
  if (index !== -1) {
    const name = WORDS[words[index]!]!;
    return { kind: 'command', name, argument: words.slice(index + 1).join(' ') };
  }
  if (words.length === 0) return { kind: 'command', name: 'help', argument: '' };
  return { kind: 'unknown', text: text.trim(), suggestion: nearest(words) };
}

/** The command a mistyped word most likely meant: at most two letters off, and not for short words. */
function nearest(words: string[]): CommandName | null {
  let best: { name: CommandName; cost: number } | null = null;
  for (const word of words) {
    if (word.length < 3) continue;
    for (const candidate of CANDIDATES) {
      const cost = distance(word, candidate);
      const allowed = candidate.length <= 5 ? 1 : 2;
      if (cost <= allowed && (!best || cost < best.cost)) best = { name: WORDS[candidate]!, cost };
    }
  }
  return best?.name ?? null;
}
