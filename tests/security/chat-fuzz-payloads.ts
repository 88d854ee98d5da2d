import fc from 'fast-check';
import { isAction } from '../../src/chat/actions.js';

/**
 * Malformed requests to the chat entry points, as fast-check arbitraries. "Malformed" is precise here:
 * each request is one that must change nothing in the database. A request from a person the bot knows
 * never carries a command they could have typed, nor a button value stamped for them on an action that
 * acts without a value (start, retake, cancel, check-ins off, a sign-in link...), nor an id that could
 * name a real record: those are legitimate requests and may change things.
 */

/** Values of every kind where a string is expected. */
export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('', ' ', '\u0000', '\uFEFF', '../../etc/passwd', '<script>x</script>', '=HYPERLINK("http://x","y")', '{"a":', '%zz', '${x}', '__proto__', 'constructor'),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant('x'.repeat(20_000)),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 3 }),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true}}') as unknown),
);

/** A value nested a few hundred levels deep: objects in arrays in objects... */
export const deep = fc.integer({ min: 50, max: 400 }).map((depth) => {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level += 1) value = level % 2 ? [value] : { a: value };
  return value;
});

/** Drops the field (undefined, so JSON leaves it out), or gives it a malformed value. */
export const malformed = fc.oneof(fc.constant(undefined), junk, deep);

/** Ids no record has: not a small positive integer, or out of any column's range. */
const noSuchId = fc.oneof(
  fc.constantFrom('0', '-1', '2147483648', '9007199254740993', '1e3', '0x10', '1.5', ' 1', 'NaN', ''),
  fc.string({ maxLength: 12 }).filter((text) => !/^\s*\d+\s*$/.test(text)),
  fc.bigInt({ min: 2n ** 31n, max: 2n ** 70n }).map(String),
);

/** What a button's value carries after the stamp: ids that are none, in the shapes the actions expect and others. */
const innerValue = fc.oneof(
  noSuchId,
  fc.tuple(noSuchId, fc.string({ maxLength: 6 })).map(([id, option]) => `${id}:${option}`),
  fc.tuple(fc.constantFrom('s', 'c', 'x', ''), noSuchId, fc.string({ maxLength: 12 })).map(([prefix, id, reason]) => `${prefix}${id}:${reason}`),
  fc.constantFrom(':', '::', '~', '~~', '|', 'x'.repeat(200), '1:A:B', 's1', 'c1'),
);

/** Actions that read their value: a malformed one is refused, whoever presses. */
export const VALUE_ACTIONS = ['answer', 'path.build', 'item.open', 'item.start', 'item.done', 'checkin.answer', 'checkin.next', 'answers.review', 'question.report', 'question.report.reason', 'team.nudge'] as const;
/** Every action name, and names that are none. */
export const anyAction = fc.oneof(
  fc.constantFrom('assessment.continue', 'assessment.retake.confirm', 'assessment.cancel.confirm', 'checkin.pause', 'checkin.stop', 'team.console', 'team.csv', 'path.show', 'dismiss', 'command', ...VALUE_ACTIONS),
  fc.string({ maxLength: 30 }).filter((text) => !isAction(text.replace(/\|\d+$/, ''))),
);

/**
 * A button value as `owner~kind~value` (see src/chat/actions.ts) or not: for any action, a value that
 * is no stamp or is stamped for someone else (never 0, which is "anyone"); for the actions that read
 * their value, also one stamped for `self` with an inner value that names nothing.
 */
export function pressOf(self: number, other: number): fc.Arbitrary<{ action: string; value: unknown }> {
  const kind = fc.constantFrom('a', 'p', '-');
  const notAStamp = fc.oneof(malformed, fc.string({ maxLength: 40 }).filter((text) => !/^\d{1,12}~[ap-]~/s.test(text)));
  const someoneElse = fc.tuple(fc.constantFrom(other, 999_999_999_999), kind, innerValue).map(([owner, code, inner]) => `${owner}~${code}~${inner}`);
  return fc.oneof(
    fc.record({ action: anyAction, value: fc.oneof(notAStamp, someoneElse) }),
    fc.record({ action: fc.constantFrom(...VALUE_ACTIONS), value: fc.tuple(kind, innerValue).map(([code, inner]) => `${self}~${code}~${inner}`) }),
  );
}

const KEEP = Symbol('keep');

/** A JSON object with `fields` removed or given malformed values, as the arbitrary decides; the rest as given. */
export function withMalformedFields(base: Record<string, unknown>, fields: string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.record(Object.fromEntries(fields.map((field) => [field, fc.oneof(fc.constant(KEEP), malformed)]))).map((changes) => {
    const out: Record<string, unknown> = { ...base };
    for (const [field, value] of Object.entries(changes)) {
      if (value === KEEP) continue;
      if (value === undefined) delete out[field];
      else out[field] = value;
    }
    return out;
  });
}

const notJson = (text: string) => {
  try {
    JSON.parse(text);
    return false;
  } catch {
    return true;
  }
};

/**
 * Bodies that are not the JSON or form they claim to be. (JSON or a form of no kind Bolt knows, such as
 * `42` or `[]`, costs its three-second ack window each; the Slack test sends a few fixed ones.)
 */
export const notABody = fc.oneof(
  fc.string({ maxLength: 200 }).filter(notJson).map((body) => ({ body, contentType: 'application/json' })),
  fc.constantFrom('', '{', '[', 'null', '{"type":', '{"event":', '\u0000\u0001', '\uFEFF{}x').map((body) => ({ body, contentType: 'application/json' })),
  fc.constantFrom('payload=', 'payload=%7B', 'payload=null', 'payload=%7B%22event%22%3A1%7D%7D').map((body) => ({ body, contentType: 'application/x-www-form-urlencoded' })),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('latin1')).filter(notJson).map((body) => ({ body, contentType: 'application/json' })),
);
