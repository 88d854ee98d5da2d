import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { ChatDriver } from '../helpers/chat-drivers/driver.js';
import { chatLookups } from '../helpers/chat-drivers/lookups.js';
import { startOfLocalDay } from '../../src/core/privacy/rules/pause.js';

/**
 * A person's privacy choices in chat, written once and run through each chat platform's real entry
 * point: the privacy card says what their manager sees (with an example) and whose choice it is;
 * "Verdicts only" / "Levels too" change it; Pause 1 week / 2 weeks, a typed "pause until <day>" and
 * Resume pause and resume reminders and check-ins together. The clock: Monday 30 November 2026.
 */
export function privacySuite(name: string, start: () => Promise<ChatDriver>): void {
  describe(`privacy choices in ${name}`, () => {
    let chat: ChatDriver;
    let priya: number;
    const now = new Date('2026-11-30T10:00:00Z');

    beforeAll(async () => {
      vi.useFakeTimers({ toFake: ['Date'], shouldAdvanceTime: true });
      vi.setSystemTime(now);
      chat = await start();
      priya = await idOf('priya');
    }, 60_000);
    afterAll(async () => {
      await chat?.stop();
      vi.useRealTimers();
    });

    const { latest, idOf, cmd } = chatLookups(() => chat);
    const card = () => latest('priya', /Your privacy/);
    const stored = () => chat.server.db.employee.findUniqueOrThrow({ where: { id: priya }, select: { managerView: true, remindersPausedUntil: true, checkInsPausedUntil: true, timezone: true } });

    it('"privacy" shows what the manager sees now, in words and by example, with the choices and the pause controls', async () => {
      await chat.type('priya', cmd('privacy'));
      const shown = await card();
      expect(shown.text).toMatch(/What your manager sees\W+\(your organisation's default: you have not chosen yet\)/);
      expect(shown.text).toMatch(/Levels too: for each skill your role expects, the verdict with your level range/);
      expect(shown.text).toMatch(/For example: \W*SQL: gap, level 2-3 \(target 4\), 40%/);
      expect(shown.text).toMatch(/Reminders and check-ins\W+on, they come as usual/);
      expect(shown.buttons).toEqual(['Verdicts only', '✓ Levels too', 'Pause 1 week', 'Pause 2 weeks', 'Until a date…']);
      expect((await stored()).managerView).toBeNull();
    });

    it('"Verdicts only" is kept as the person\'s choice, and the card says so; asking in words shows the same', async () => {
      await chat.press('priya', await card(), 'Verdicts only');
      expect((await stored()).managerView).toBe('VERDICTS');
      const shown = await card();
      expect(shown.text).toMatch(/What your manager sees\W+\(your choice\)/);
      expect(shown.text).toMatch(/Verdicts only: .*Not your scores, levels or how sure each verdict is/);
      expect(shown.text).toMatch(/For example: \W*SQL: gap · TypeScript: on target · Docker: not sure yet/);
      expect(shown.buttons.slice(0, 2)).toEqual(['✓ Verdicts only', 'Levels too']);

      await chat.type('priya', cmd('what does my manager see?'));
      expect((await card()).text).toMatch(/Verdicts only: for each skill/);
    });

    it('Pause 2 weeks pauses reminders and check-ins together; Resume ends it', async () => {
      await chat.press('priya', await card(), 'Pause 2 weeks');
      const paused = await stored();
      expect(paused.remindersPausedUntil!.getTime() - Date.now()).toBeGreaterThan(14 * 86_400_000 - 60_000);
      expect(paused.remindersPausedUntil!.getTime() - Date.now()).toBeLessThanOrEqual(14 * 86_400_000);
      expect(paused.checkInsPausedUntil).toEqual(paused.remindersPausedUntil);
      const shown = await card();
      expect(shown.text).toMatch(/Paused\W*until Monday,? 14 December 2026: no reminders, check-ins or nudges until then/);
      expect(shown.buttons).toContain('Resume');

      await chat.press('priya', shown, 'Resume');
      expect(await stored()).toMatchObject({ remindersPausedUntil: null, checkInsPausedUntil: null });
      expect((await card()).buttons).not.toContain('Resume');

      // "pause checkins" pauses check-ins alone, and the card tells the two apart.
      await chat.type('priya', cmd('pause checkins'));
      await chat.type('priya', cmd('privacy'));
      expect((await card()).text).toMatch(/Not paused; check-ins alone are paused until Monday,? 7 December 2026/);
      await chat.type('priya', cmd('checkins on'));
    });

    it('"pause until <day>" pauses until the start of that day where the person is; "Until a date…" says how to type it', async () => {
      await chat.press('priya', await card(), 'Until a date…');
      expect((await latest('priya', /Type the day your messages should come again/)).text).toContain(cmd('pause until 2027-01-15'));

      await chat.type('priya', cmd('pause until 15 January 2027'));
      const paused = await stored();
      expect(paused.remindersPausedUntil).toEqual(startOfLocalDay('2027-01-15', paused.timezone ?? 'UTC'));
      expect(paused.checkInsPausedUntil).toEqual(paused.remindersPausedUntil);
      expect((await card()).text).toMatch(/until Friday,? 15 January 2027/);
    });

    it('a day that cannot be read, or is not after today, changes nothing and says why', async () => {
      const before = await stored();
      await chat.type('priya', cmd('pause until someday'));
      expect((await latest('priya', /could not read that date/)).text).toContain(cmd('pause until 2027-01-15'));
      await chat.type('priya', cmd('pause until 2026-11-01'));
      await latest('priya', /A pause ends on a day after today: nothing was changed/);
      expect(await stored()).toEqual(before);
    });

    it('help lists the privacy command', async () => {
      await chat.type('priya', cmd('help'));
      expect((await latest('priya', /: this list/)).text).toMatch(/privacy\W*: what your manager sees \(verdicts only, or levels too\)/);
    });
  });
}
