import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { employeeId } from '../helpers/test-app.js';
import { actionsOf, cardOf, cardText } from '../../test-kit/connector-stub.js';
import { installed, postActivity, PRIYA, sendText } from '../../test-kit/teams-requests.js';
import { PUBLIC_URL, startTeamsRig, type TeamsRig } from '../helpers/teams-rig.js';

/**
 * What only Teams has, around the conversation that tests/chat/ runs on every platform: the welcome
 * on install, mentions, the stored identity and conversation reference, the "preparing" card replaced
 * in place, signed Open links, Adaptive Card limits, and older clients' Action.Submit.
 */
describe('Teams specifics', () => {
  let rig: TeamsRig;

  beforeAll(async () => {
    rig = await startTeamsRig();
  });
  afterAll(() => rig.stop());

  it('welcomes a person who installs the bot, with a button that starts', async () => {
    const { server, connector } = rig;
    expect((await installed(server.url, connector.url, PRIYA)).status).toBe(200);
    const welcome = await connector.waitFor(() => connector.sentTo(PRIYA.conversationId).find((entry) => /Welcome to Skillcheck/.test(cardText(cardOf(entry.activity)))), 'the welcome card');
    expect(actionsOf(cardOf(welcome.activity)).map((action) => action.verb)).toEqual(['assessment.continue']);
  });

  it('a mention is ignored; the person is linked by e-mail and the conversation stored; the preparing card becomes the question', async () => {
    const { server, connector } = rig;
    expect((await sendText(server.url, connector.url, PRIYA, '<at>Skillcheck</at> skillcheck')).status).toBe(200);
    const priya = await employeeId(server.db, 'E2001');
    const identity = await server.db.chatIdentity.findFirstOrThrow({ where: { employeeId: priya, platform: 'teams' } });
    expect(identity).toMatchObject({ userId: PRIYA.aadObjectId, secondaryId: PRIYA.id });
    expect(JSON.parse(identity.conversationReference!)).toMatchObject({ conversation: { id: PRIYA.conversationId }, serviceUrl: connector.url });
    const card = connector.sentTo(PRIYA.conversationId).find((entry) => /Question 1 of at most 20/.test(cardText(cardOf(entry.activity))))!;
    expect(card.updates).toBe(1);
    expect(cardOf(card.activity)).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(card.activity.summary).toMatch(/^Question 1 of at most 20 \(/); // what notifications show
    expect(card.activity.text).toBeUndefined(); // not said twice above the card
  });

  it('an older client\'s Action.Submit answers too, and the card is updated in place', async () => {
    const { server, connector } = rig;
    const card = connector.sentTo(PRIYA.conversationId).find((entry) => /Question 1 of at most 20/.test(cardText(cardOf(entry.activity))))!;
    const [first] = actionsOf(cardOf(card.activity));
    const submit = {
      type: 'message',
      id: `submit-${Date.now()}`,
      serviceUrl: connector.url,
      channelId: 'msteams',
      from: { id: PRIYA.id, name: PRIYA.name, aadObjectId: PRIYA.aadObjectId },
      conversation: { id: PRIYA.conversationId, conversationType: 'personal' },
      recipient: { id: '28:bot', name: 'Skillcheck' },
      replyToId: card.id,
      value: { verb: first!.verb, data: first!.data },
    };
    expect((await postActivity(server.url, submit)).status).toBe(200);
    expect(cardText(cardOf(connector.activities.get(card.id)!.activity))).toMatch(/Question 2 of at most \d+/);
    expect(await server.db.assessmentAnswer.count({ where: { session: { employeeId: await employeeId(server.db, 'E2001') } } })).toBe(1);
  });

  it('Open is a signed link that records the open and redirects; a forged one is refused', async () => {
    const { server, connector } = rig;
    const priya = await employeeId(server.db, 'E2001');
    // The sitting begun in Teams is closed elsewhere, then a whole set is answered "I don't know" there (REST); then the path in Teams.
    await server.call(`/api/v1/learner/${priya}/assessment/submit/`, { json: { answers: {} } });
    await server.call(`/api/v1/learner/${priya}/assessment/start/`, { method: 'POST' });
    await server.call(`/api/v1/learner/${priya}/assessment/questions/`, { method: 'POST' });
    await server.call(`/api/v1/learner/${priya}/assessment/submit/`, { json: { answers: {} } });
    await server.call(`/api/v1/learner/${priya}/learning-path/generate/`, { method: 'POST' });
    await sendText(server.url, connector.url, PRIYA, 'path');
    const path = connector.sentTo(PRIYA.conversationId).filter((entry) => /Your learning path/.test(cardText(cardOf(entry.activity)))).at(-1)!;
    const open = actionsOf(cardOf(path.activity)).find((action) => action.type === 'Action.OpenUrl')!;
    expect(open.url!.startsWith(`${PUBLIC_URL}/open/`)).toBe(true);
    const redirect = await fetch(open.url!.replace(PUBLIC_URL, server.url), { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toMatch(/^https:\/\//);
    expect(await server.db.learningEvent.count({ where: { employeeId: priya, type: 'CONTENT_OPENED' } })).toBe(1);
    const forged = await fetch(`${server.url}/open/${open.url!.split('/open/')[1]!.replace(/.$/, 'x')}`, { redirect: 'manual' });
    expect(forged.status).toBe(404);
  });

  it('never cuts an answer on a button without the whole answer on the card', async () => {
    const { connector } = rig;
    for (const entry of connector.sentTo(PRIYA.conversationId)) {
      const card = cardOf(entry.activity);
      for (const action of actionsOf(card)) {
        if (action.verb !== 'answer') continue;
        expect(action.title.length).toBeLessThanOrEqual(30);
        expect(action.title).not.toMatch(/…$/);
      }
    }
  });
});
