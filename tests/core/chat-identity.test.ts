import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCoreDeps } from '../../src/app/create-core-deps.js';
import { createLogger } from '../../src/app/logger.js';
import type { CoreDeps } from '../../src/core/context.js';
import type { Notifier, Recipient } from '../../src/core/ports/notifier.js';
import { findChatUser, linkChatUser } from '../../src/core/delivery/chat-identity.js';
import { findConversation, saveConversation } from '../../src/core/delivery/conversation-references.js';
import { platformsFor, recipientsOf } from '../../src/core/delivery/claims.js';
import { createTestApp, employeeId, type TestApp } from '../helpers/test-app.js';

/** Chat identities: platform names are data, links are made by e-mail once and never moved. */
describe('chat identities', () => {
  let app: TestApp;
  let deps: CoreDeps;
  const warnings: string[] = [];

  beforeAll(async () => {
    app = await createTestApp();
    const base = createCoreDeps(app.config, app.db, createLogger(app.config));
    deps = { ...base, logger: { ...base.logger, debug() {}, info() {}, error() {}, warn: (_obj: object, msg?: string) => void warnings.push(msg ?? '') } };
  });
  afterAll(() => app.close());

  const identitiesOf = async (employee: number) =>
    app.db.chatIdentity.findMany({ where: { employeeId: employee }, select: { platform: true, userId: true, secondaryId: true }, orderBy: { platform: 'asc' } });

  it('links by e-mail, then finds by the stored id; a platform the core has never heard of works the same', async () => {
    const priya = await employeeId(app.db, 'E2001');
    expect(await findChatUser(deps, { platform: 'web', userId: 'w-priya' })).toBeNull();
    const linked = await linkChatUser(deps, { platform: 'web', userId: 'w-priya', secondaryId: 'session-1', email: ' Priya.Natarajan@example.com ' });
    expect(linked).toEqual({ id: priya, name: 'Priya Natarajan', timezone: 'Asia/Kolkata' });
    expect(await findChatUser(deps, { platform: 'web', userId: 'w-priya' })).toEqual(linked);
    // the same user id on another platform is someone else
    expect(await findChatUser(deps, { platform: 'slack', userId: 'w-priya' })).toBeNull();
    expect(await linkChatUser(deps, { platform: 'slack', userId: 'U0PRIYA', email: 'priya.natarajan@example.com' })).toEqual(linked);
    expect(await identitiesOf(priya)).toEqual([
      { platform: 'slack', userId: 'U0PRIYA', secondaryId: null },
      { platform: 'web', userId: 'w-priya', secondaryId: 'session-1' },
    ]);
  });

  it('creates nobody: an unknown or missing e-mail gives null', async () => {
    const before = await app.db.employee.count();
    expect(await linkChatUser(deps, { platform: 'slack', userId: 'U0NOBODY', email: 'nobody@example.com' })).toBeNull();
    expect(await linkChatUser(deps, { platform: 'slack', userId: 'U0NOBODY', email: null })).toBeNull();
    expect(await app.db.employee.count()).toBe(before);
    expect(await app.db.chatIdentity.count({ where: { userId: 'U0NOBODY' } })).toBe(0);
  });

  it('never relinks an employee linked to another user of the same platform', async () => {
    const liam = await employeeId(app.db, 'E2002');
    expect(await linkChatUser(deps, { platform: 'slack', userId: 'U0LIAM', email: 'liam.oconnor@example.com' })).not.toBeNull();
    warnings.length = 0;
    expect(await linkChatUser(deps, { platform: 'slack', userId: 'U0IMPOSTOR', email: 'liam.oconnor@example.com' })).toBeNull();
    expect(warnings).toEqual([expect.stringMatching(/already linked to another chat user/)]);
    expect(await identitiesOf(liam)).toEqual([{ platform: 'slack', userId: 'U0LIAM', secondaryId: null }]);
    expect(await findChatUser(deps, { platform: 'slack', userId: 'U0IMPOSTOR' })).toBeNull();
  });

  it('never moves a platform user linked to another employee', async () => {
    const liam = await employeeId(app.db, 'E2002');
    const aisha = await employeeId(app.db, 'E2003');
    warnings.length = 0;
    // U0LIAM is Liam's; a profile that now shows Aisha's address does not take it over
    expect(await linkChatUser(deps, { platform: 'slack', userId: 'U0LIAM', email: 'aisha.bello@example.com' })).toBeNull();
    expect(warnings).toEqual([expect.stringMatching(/already linked to another employee/)]);
    expect(await identitiesOf(aisha)).toEqual([]);
    expect((await findChatUser(deps, { platform: 'slack', userId: 'U0LIAM' }))?.id).toBe(liam);
  });

  it('concurrent first messages of one user make one link', async () => {
    const jonas = await employeeId(app.db, 'E2004');
    const views = await Promise.all([1, 2, 3].map(() => linkChatUser(deps, { platform: 'teams', userId: 'aad-jonas', secondaryId: '29:jonas', email: 'jonas.weber@example.com' })));
    expect(views.map((view) => view?.id)).toEqual([jonas, jonas, jonas]);
    expect(await identitiesOf(jonas)).toEqual([{ platform: 'teams', userId: 'aad-jonas', secondaryId: '29:jonas' }]);
  });

  it("fills an empty time zone from the platform, and leaves a set one alone", async () => {
    const sofia = await employeeId(app.db, 'E2005');
    await app.db.employee.update({ where: { id: sofia }, data: { timezone: null } });
    expect(await linkChatUser(deps, { platform: 'slack', userId: 'U0SOFIA', email: 'sofia.rossi@example.com', timezone: 'Europe/Rome' })).toMatchObject({ timezone: 'Europe/Rome' });
    expect(await linkChatUser(deps, { platform: 'web', userId: 'w-sofia', email: 'sofia.rossi@example.com', timezone: 'Asia/Tokyo' })).toMatchObject({ timezone: 'Europe/Rome' });
  });

  it('keeps a conversation reference on the identity, one row per platform', async () => {
    const jonas = await employeeId(app.db, 'E2004');
    expect(await findConversation(deps, { employeeId: jonas, platform: 'teams' })).toBeNull();
    await saveConversation(deps, { employeeId: jonas, platform: 'teams', reference: '{"n":1}' });
    await saveConversation(deps, { employeeId: jonas, platform: 'teams', reference: '{"n":2}' });
    expect(await findConversation(deps, { employeeId: jonas, platform: 'teams' })).toBe('{"n":2}');
    expect(await app.db.chatIdentity.count({ where: { employeeId: jonas } })).toBe(1);
    // nobody linked on that platform: nothing is stored
    warnings.length = 0;
    await saveConversation(deps, { employeeId: jonas, platform: 'web', reference: '{}' });
    expect(await app.db.chatIdentity.count({ where: { employeeId: jonas } })).toBe(1);
    expect(warnings).toHaveLength(1);
  });

  it('recipients carry every address; preferences pick among the platforms that reach them', async () => {
    const priya = await employeeId(app.db, 'E2001');
    const jonas = await employeeId(app.db, 'E2004');
    const kenji = await employeeId(app.db, 'E2006');
    const recipients = await recipientsOf(app.db, [priya, jonas, kenji]);
    expect(recipients.get(priya)!.addresses).toEqual({ slack: { userId: 'U0PRIYA', conversationReference: null }, web: { userId: 'w-priya', conversationReference: null } });
    expect(recipients.get(jonas)!.addresses).toEqual({ teams: { userId: 'aad-jonas', conversationReference: '{"n":2}' } });
    expect(recipients.get(kenji)!.addresses).toEqual({});

    const notifier = (platform: string, canReach: (recipient: Recipient) => boolean): Notifier => ({ platform, canReach, sendDigest: async () => {}, sendReminder: async () => {}, sendCheckIn: async () => {}, sendNudge: async () => {} });
    const notifiers = [
      notifier('slack', (recipient) => recipient.addresses.slack !== undefined),
      notifier('teams', (recipient) => recipient.addresses.teams?.conversationReference != null),
      notifier('web', (recipient) => recipient.addresses.web !== undefined),
    ];
    const of = (id: number) => recipients.get(id)!;
    expect(platformsFor('BOTH', of(priya), notifiers)).toEqual(['slack', 'web']);
    expect(platformsFor('AUTO', of(priya), notifiers)).toEqual(['slack']);
    expect(platformsFor('AUTO', of(priya), [...notifiers].reverse())).toEqual(['web']);
    expect(platformsFor('SLACK', of(priya), notifiers)).toEqual(['slack']);
    expect(platformsFor('TEAMS', of(priya), notifiers)).toEqual([]);
    expect(platformsFor('TEAMS', of(jonas), notifiers)).toEqual(['teams']);
    expect(platformsFor('AUTO', of(kenji), notifiers)).toEqual([]);
  });
});
