import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChatDriver } from '../helpers/chat-drivers/driver.js';
import { EMPLOYEE_NUMBER } from '../helpers/chat-drivers/driver.js';
import { employeeId } from '../helpers/test-app.js';

/**
 * The audit log in chat, written once and run through each chat platform's real entry point: a manager's `team`
 * digest and a Nudge each record one entry naming the manager (their employee number, channel chat) and the team or
 * the report; the team report file records one where the platform hands over the file (Slack; elsewhere the chat
 * sends a sign-in link, and the console records the download). A learner's own commands and a refused `team`
 * record nothing.
 */
export function auditSuite(name: string, start: () => Promise<ChatDriver>): void {
  describe(`the audit log in ${name}`, () => {
    let chat: ChatDriver;
    let maya: number;
    let priya: number;

    beforeAll(async () => {
      chat = await start();
      maya = await employeeId(chat.server.db, EMPLOYEE_NUMBER.maya);
      priya = await employeeId(chat.server.db, EMPLOYEE_NUMBER.priya);
    }, 60_000);
    afterAll(async () => {
      await chat?.stop();
    });

    const cmd = (words: string) => chat.commandText(words);
    const lastId = async () => (await chat.server.db.auditEntry.findFirst({ orderBy: { id: 'desc' }, select: { id: true } }))?.id ?? 0;
    const entriesAfter = async (id: number) =>
      (await chat.server.db.auditEntry.findMany({ where: { id: { gt: id } }, orderBy: { id: 'asc' } })).map((entry) => ({
        actor: [entry.actorKind, entry.actorId, entry.actorLabel],
        channel: entry.channel,
        action: entry.action,
        subject: [entry.subjectId, entry.subjectLabel],
      }));

    it("records nothing for a learner's own commands, nor for a refused team digest", async () => {
      const before = await lastId();
      await chat.type('priya', cmd('status'));
      await chat.type('priya', cmd('path'));
      await chat.type('liam', cmd('team'));
      expect((await chat.messages('liam')).at(-1)!.text).toMatch(/The team digest is for managers/);
      expect(await entriesAfter(before)).toEqual([]);
    });

    it('records the team digest on demand and a Nudge, each naming the manager', async () => {
      const manager = ['employee', maya, EMPLOYEE_NUMBER.maya];
      let before = await lastId();
      await chat.type('maya', cmd('team'));
      const digest = (await chat.messages('maya')).findLast((message) => /Your team right now/.test(message.text));
      expect(digest?.buttons).toContain('Nudge Priya');
      expect(await entriesAfter(before)).toEqual([{ actor: manager, channel: 'chat', action: 'team.digest.read', subject: [null, `team of ${EMPLOYEE_NUMBER.maya}`] }]);

      before = await lastId();
      await chat.press('maya', digest!, 'Nudge Priya');
      expect(await entriesAfter(before)).toEqual([{ actor: manager, channel: 'chat', action: 'team.nudge', subject: [priya, EMPLOYEE_NUMBER.priya] }]);
    });

    it('records the team report where the chat hands over the file, and nothing where it sends a sign-in link instead', async () => {
      const before = await lastId();
      await chat.type('maya', cmd('team csv'));
      const served = chat.platform === 'slack';
      if (!served) expect((await chat.messages('maya')).at(-1)!.buttons).toContain('Download the team report');
      expect(await entriesAfter(before)).toEqual(
        served ? [{ actor: ['employee', maya, EMPLOYEE_NUMBER.maya], channel: 'chat', action: 'team.report.read', subject: [null, `team of ${EMPLOYEE_NUMBER.maya}`] }] : [],
      );
    });
  });
}
