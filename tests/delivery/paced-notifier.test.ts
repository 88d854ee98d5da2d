import { describe, expect, it } from 'vitest';
import { NotifierBusy, type Notifier, type Recipient } from '../../src/core/ports/notifier.js';
import type { ReminderView } from '../../src/core/delivery/views.js';
import { pacedNotifier } from '../../src/delivery/paced-notifier.js';
import type { Refusal } from '../../src/shared/bounded-queue.js';

/** A platform that holds every send until the test lets it through: the paced path fills up behind it. */
function heldPlatform() {
  const waiting: Array<() => void> = [];
  const sent: number[] = [];
  const send = (recipient: Recipient) =>
    new Promise<void>((resolve) =>
      waiting.push(() => {
        sent.push(recipient.employeeId);
        resolve();
      }),
    );
  const notifier: Notifier = { platform: 'held', canReach: () => true, sendDigest: send, sendReminder: send, sendCheckIn: send, sendNudge: send };
  return { notifier, sent, waiting, releaseAll: () => waiting.splice(0).forEach((answer) => answer()) };
}

const person = (employeeId: number): Recipient => ({ employeeId, name: `Person ${employeeId}`, addresses: {} });
const reminder = {} as ReminderView; // passed through untouched

describe('the paced delivery path has a bound', () => {
  it('takes at most `limit` messages; the next are refused at once with NotifierBusy and reported, and room comes back as they are sent', async () => {
    const platform = heldPlatform();
    const refusals: Refusal[] = [];
    const paced = pacedNotifier(platform.notifier, { perSecond: 100, limit: 3, onRefused: (refusal) => refusals.push(refusal) });
    const outcomes = [1, 2, 3, 4, 5].map((id) => paced.sendReminder(person(id), reminder).then(() => 'sent' as const, (error: unknown) => error));
    expect(paced.queueDepth()).toBe(3);
    const refused = await Promise.all(outcomes.slice(3));
    expect(refused.every((error) => error instanceof NotifierBusy)).toBe(true);
    expect((refused[0] as Error).message).toMatch(/held delivery queue is full/);
    expect(refusals).toEqual([
      { kind: 'reminder', depth: 3, limit: 3 },
      { kind: 'reminder', depth: 3, limit: 3 },
    ]);

    await until(() => platform.waiting.length === 3);
    platform.releaseAll();
    expect(await Promise.all(outcomes.slice(0, 3))).toEqual(['sent', 'sent', 'sent']);
    expect(platform.sent).toEqual([1, 2, 3]);
    expect(paced.queueDepth()).toBe(0);

    // Room again: the next message is taken.
    const next = paced.sendDigest(person(6), {} as never);
    await until(() => platform.waiting.length === 1);
    platform.releaseAll();
    await next;
    expect(platform.sent).toEqual([1, 2, 3, 6]);
  });
});

async function until(probe: () => boolean): Promise<void> {
  for (let tries = 0; tries < 500 && !probe(); tries++) await new Promise((resolve) => setTimeout(resolve, 5));
  expect(probe()).toBe(true);
}
