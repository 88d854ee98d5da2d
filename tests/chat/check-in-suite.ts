import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { shownLetter } from '../../src/core/measurement/items.js';
import type { ChatDriver, ChatMessage } from '../helpers/chat-drivers/driver.js';
import { EMPLOYEE_NUMBER } from '../helpers/chat-drivers/driver.js';
import { employeeId } from '../helpers/test-app.js';

/**
 * Check-ins in chat, written once and run through each chat platform's real entry point: after a
 * sitting, the day's check-in arrives in the person's chat when the scheduled job runs in their working
 * hours; "I don't know" shows the right answer, its explanation and the skill's line; "Next question"
 * asks the next in the same card up to the daily cap; "Pause for a week" and the commands stop them.
 * The clock is Priya's (Asia/Kolkata): Friday 20 November 2026 the sitting, Monday the 23rd the first check-in.
 */
export function checkInSuite(name: string, start: () => Promise<ChatDriver>): void {
  describe(`check-ins in ${name}`, () => {
    let chat: ChatDriver;
    let priya: number;
    const at = (iso: string) => vi.setSystemTime(new Date(iso));

    beforeAll(async () => {
      // Only Date is faked, and it moves on: everything else (sockets, the browser) runs as usual.
      vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
      at('2026-11-20T05:00:00Z'); // Friday, 10:30 in Kolkata
      chat = await start();
      priya = await employeeId(chat.server.db, EMPLOYEE_NUMBER.priya);
    }, 60_000);
    afterAll(async () => {
      await chat?.stop();
      vi.useRealTimers();
    });

    const cmd = (words: string) => chat.commandText(words);
    const all = () => chat.messages('priya');
    const checkIns = async () => (await all()).filter((message) => /^Check-in: /.test(message.text) && !message.passing);
    const card = async (id: string): Promise<ChatMessage> => (await all()).find((message) => message.id === id)!;
    /** The scheduled check-in job, as the cron runs it; then Priya looks at her chat (the web page is loaded again). */
    const run = async () => {
      await chat.server.scheduler.tasks.checkIns.execute();
      await chat.refresh?.('priya');
    };
    /** The check-in a card shows now (the latest asked), and its right option as shown. */
    const asked = async () => {
      const row = await chat.server.db.checkIn.findFirstOrThrow({ where: { employeeId: priya }, orderBy: { id: 'desc' }, include: { question: true } });
      return { ...row, right: shownLetter(row.optionOrder, row.question.correctOption) };
    };
    const option = (letter: string) => new RegExp(`^${letter}(\\. |$)`);
    let first: ChatMessage;

    it('after a sitting, the check-in arrives on the next working day, in working hours, once', async () => {
      await chat.type('priya', cmd('status')); // Priya is known on the platform (and her chat is open)
      const base = `/api/v1/learner/${priya}`;
      await chat.server.call(`${base}/assessment/start/`, { method: 'POST' });
      await chat.server.call(`${base}/assessment/questions/`, { method: 'POST' });
      expect((await chat.server.call(`${base}/assessment/submit/`, { json: { answers: {} } })).status).toBe(200); // nothing answered: every skill not sure yet

      await run(); // the day of the sitting
      at('2026-11-21T05:00:00Z'); // Saturday
      await run();
      at('2026-11-23T01:00:00Z'); // Monday, 06:30 in Kolkata
      await run();
      expect(await checkIns()).toHaveLength(0);

      at('2026-11-23T05:00:00Z'); // Monday, 10:30 in Kolkata
      await run();
      await run();
      const arrived = await checkIns();
      expect(arrived).toHaveLength(1);
      first = arrived[0]!;
      expect(first.text).toMatch(/Question 1 of at most 3 today/);
      expect(first.text).toMatch(/Who sees this: you, your manager/);
      expect(first.buttons).toEqual(expect.arrayContaining(["I don't know", 'Pause for a week', 'Stop check-ins']));
      expect(first.buttons.filter((label) => option('[A-D]').test(label))).toHaveLength(4);
    });

    it('"I don\'t know" shows the right answer, its explanation and the skill\'s line; Next question asks the next in the same card', async () => {
      const checkIn = await asked();
      const before = await chat.server.db.skillEstimate.findUniqueOrThrow({ where: { employeeId_skillId: { employeeId: priya, skillId: checkIn.skillId } } });
      await chat.press('priya', first, "I don't know");
      let now = await card(first.id);
      expect(now.text).toMatch(new RegExp(`You said "I don't know"\\. The right answer is ${checkIn.right}\\.`));
      expect(now.text).toContain(checkIn.question.explanation.slice(0, 40));
      expect(now.text).toMatch(/level \d(-\d)?, target \d · (not sure yet|gap)/);
      expect(now.buttons).toContain('Next question (2 of 3)');
      const after = await chat.server.db.skillEstimate.findUniqueOrThrow({ where: { employeeId_skillId: { employeeId: priya, skillId: checkIn.skillId } } });
      expect(after.mean).toBeLessThan(before.mean);
      expect(after.answers).toBe(before.answers + 1);

      await chat.press('priya', now, 'Next question (2 of 3)');
      now = await card(first.id);
      expect(now.text).toMatch(/Question 2 of at most 3 today/);
      const second = await asked();
      expect(second.position).toBe(2);
      expect(second.skillId).not.toBe(checkIn.skillId);
      await chat.press('priya', now, option(second.right));
      now = await card(first.id);
      expect(now.text).toMatch(/✓ Right/);
      await chat.press('priya', now, 'Next question (3 of 3)');
      now = await card(first.id);
      const third = await asked();
      await chat.press('priya', now, option(third.right === 'A' ? 'B' : 'A'));
      now = await card(first.id);
      expect(now.text).toMatch(/✗ Not quite/);
      expect(now.text).toMatch(/That's all for today/);
      expect(now.buttons.some((label) => /^Next question/.test(label))).toBe(false);
      expect(await chat.server.db.checkIn.count({ where: { employeeId: priya, periodKey: '2026-11-23', answeredAt: { not: null } } })).toBe(3);
      expect(await checkIns()).toHaveLength(1); // all in the one card
    });

    it('"Pause for a week" stops them until the pause ends or check-ins are on again; off stops them', async () => {
      const count = (await all()).length;
      await chat.press('priya', await card(first.id), 'Pause for a week');
      expect((await all()).slice(count).map((message) => message.text).join('\n')).toMatch(/Check-ins are paused until Monday 30 November/);
      at('2026-11-24T05:00:00Z'); // Tuesday
      await run();
      expect(await checkIns()).toHaveLength(1);

      await chat.type('priya', cmd('checkins on'));
      expect((await all()).at(-1)!.text).toMatch(/Check-ins are on/);
      await run();
      expect(await checkIns()).toHaveLength(2);

      await chat.type('priya', cmd('checkins off'));
      expect((await all()).at(-1)!.text).toMatch(/Check-ins are off/);
      expect((await chat.server.db.employee.findUniqueOrThrow({ where: { id: priya } })).checkInsEnabled).toBe(false);
      await chat.type('priya', cmd('snooze check-ins'));
      expect((await all()).at(-1)!.text).toMatch(/Check-ins are off/); // still off: a pause does not switch them on
    });
  });
}
