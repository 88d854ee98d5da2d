import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommand } from '../../test-kit/slack-requests.js';
import { employeeId } from '../helpers/test-app.js';
import { pressInSlack, startChatRig, type ChatRig } from '../helpers/chat-rig.js';

/**
 * In chat, through Slack's real entry points: a manager's digest on demand, the team report file and a Nudge each
 * record one entry naming the manager (their employee number) and the team or the report; a learner's own
 * commands and a refused `team` record nothing.
 */
describe('the audit log in chat', () => {
  let rig: ChatRig;
  let maya: number;
  let priya: number;
  const mayaDm = 'DU0MAYA0001';

  beforeAll(async () => {
    rig = await startChatRig();
    maya = await employeeId(rig.server.db, 'E1001');
    priya = await employeeId(rig.server.db, 'E2001');
  }, 60_000);
  afterAll(() => rig.stop());

  const type = async (user: string, text: string) => {
    const response = await slashCommand(rig.server.url, rig.slack.url, { user_id: user, text });
    expect(response.status).toBe(200);
    await rig.server.settled();
  };
  const lastId = async () => (await rig.server.db.auditEntry.findFirst({ orderBy: { id: 'desc' }, select: { id: true } }))?.id ?? 0;
  const entriesAfter = async (id: number) =>
    (await rig.server.db.auditEntry.findMany({ where: { id: { gt: id } }, orderBy: { id: 'asc' } })).map((entry) => ({
      actor: [entry.actorKind, entry.actorId, entry.actorLabel],
      channel: entry.channel,
      action: entry.action,
      subject: [entry.subjectId, entry.subjectLabel],
    }));

  it("records nothing for a learner's own commands, nor for a refused team digest", async () => {
    const before = await lastId();
    await type('U0PRIYA001', 'status');
    await type('U0PRIYA001', 'team');
    await type('U0PRIYA001', 'path');
    expect(await entriesAfter(before)).toEqual([]);
  });

  it('records the digest on demand, the team report and a Nudge, each naming the manager', async () => {
    const manager = ['employee', maya, 'E1001'];
    let before = await lastId();
    await type('U0MAYA0001', 'team');
    expect(await entriesAfter(before)).toEqual([{ actor: manager, channel: 'chat', action: 'team.digest.read', subject: [null, 'team of E1001'] }]);

    before = await lastId();
    await type('U0MAYA0001', 'team csv');
    expect(await entriesAfter(before)).toEqual([{ actor: manager, channel: 'chat', action: 'team.report.read', subject: [null, 'team of E1001'] }]);

    const digest = rig.slack.messagesIn(mayaDm).find((message) => /Nudge Priya/.test(JSON.stringify(message.blocks)));
    expect(digest).toBeDefined();
    before = await lastId();
    await pressInSlack(rig, 'U0MAYA0001', digest!, 'Nudge Priya');
    const entries = await entriesAfter(before);
    expect(entries).toEqual([{ actor: manager, channel: 'chat', action: 'team.nudge', subject: [priya, 'E2001'] }]);
  });
});
