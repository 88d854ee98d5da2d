import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerKey, employeeId } from '../helpers/test-app.js';
import { actionsOf, cardOf, cardText } from '../helpers/connector-stub.js';
import { installed, pressExecute, PRIYA, sendText } from '../helpers/teams-requests.js';
import { PUBLIC_URL, startTeamsRig, type TeamsRig } from '../helpers/teams-rig.js';

type InvokeBody = { statusCode: number; type: string; value: { body?: unknown[]; actions?: unknown[] } | string };

/**
 * The whole journey in Teams, through Bot Framework activities posted to /api/messages, with a
 * Bot Connector stub receiving the replies: "skillcheck", every answer by pressing the Action.Execute
 * buttons of the cards the bot sent, the results, the learning path, Open/Done until 100%.
 */
describe('Teams: the whole journey', () => {
  let rig: TeamsRig;

  beforeAll(async () => {
    rig = await startTeamsRig();
  });
  afterAll(() => rig.stop());

  it('welcomes a person who installs the bot', async () => {
    const { server, connector } = rig;
    expect((await installed(server.url, connector.url, PRIYA)).status).toBe(200);
    const welcome = await connector.waitFor(() => connector.sentTo(PRIYA.conversationId).find((entry) => /Welcome to Skillcheck/.test(cardText(cardOf(entry.activity)))), 'the welcome card');
    expect(actionsOf(cardOf(welcome.activity)).map((action) => action.verb)).toContain('assessment_start');
  });

  it('skillcheck -> questions -> results -> path -> done', async () => {
    const { server, connector } = rig;
    const reply = await sendText(server.url, connector.url, PRIYA, '<at>Skillcheck</at> skillcheck');
    expect(reply.status).toBe(200);

    // Matched by the e-mail of the connector's member lookup; the link and the conversation reference are stored.
    const priya = await employeeId(server.db, 'E2001');
    const identities = await server.db.chatIdentity.findMany({ where: { employeeId: priya } });
    expect(identities).toHaveLength(1);
    expect(identities[0]).toMatchObject({ platform: 'teams', userId: PRIYA.aadObjectId, secondaryId: PRIYA.id });
    expect(JSON.parse(identities[0]!.conversationReference!)).toMatchObject({ user: { id: PRIYA.id }, conversation: { id: PRIYA.conversationId } });
    expect(connector.calls.some((call) => call.method === 'GET' && call.path.endsWith(`/members/${encodeURIComponent(PRIYA.id)}`))).toBe(true);

    // The "preparing" card was replaced in place by the first question.
    const cardMessage = connector.sentTo(PRIYA.conversationId).find((entry) => /Question 1 of 30/.test(cardText(cardOf(entry.activity))))!;
    expect(cardMessage.updates).toBe(1);
    expect(cardOf(cardMessage.activity)).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });

    const session = await server.db.assessmentSession.findFirstOrThrow({ where: { employeeId: priya } });
    const key = await answerKey(server.db, session.id);
    let current = cardOf(cardMessage.activity)!;
    for (let number = 1; number <= 30; number++) {
      expect(cardText(current)).toContain(`Question ${number} of 30`);
      const buttons = actionsOf(current);
      expect(buttons.map((button) => [button.type, button.verb])).toEqual(Array(4).fill(['Action.Execute', 'answer']));
      const q = Number(buttons[0]!.data!.q);
      const skill = JSON.stringify(current).includes('Node.js ·') ? 'Node.js' : '';
      const correct = key.get(q)!;
      const choice = skill === 'Node.js' ? (correct === 'A' ? 'B' : 'A') : correct;
      const response = await pressExecute(server.url, connector.url, PRIYA, buttons.find((button) => button.data!.o === choice)!, cardMessage.id);
      expect(response.status).toBe(200);
      const body = (await response.json()) as InvokeBody;
      expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
      current = body.value as typeof current;
    }

    // The card the last answer returned is the results card.
    expect(cardText(current)).toMatch(/Your results: 90% overall/);
    expect(cardText(current)).toMatch(/Node.js","value":"░░░░░░░░░░ 0% · gap/);
    const build = actionsOf(current).find((action) => action.verb === 'path_generate')!;
    const built = (await (await pressExecute(server.url, connector.url, PRIYA, build, cardMessage.id)).json()) as InvokeBody;
    expect(actionsOf(built.value as never)).toEqual([]); // the results card loses its button

    const pathMessage = connector.sentTo(PRIYA.conversationId).find((entry) => /Your learning path/.test(cardText(cardOf(entry.activity))))!;
    let pathCard = cardOf(pathMessage.activity)!;
    expect(cardText(pathCard)).toMatch(/Node.js\*\* · core skill · you scored 0%/);

    // Open goes through a signed link that records the open and redirects to the content.
    const open = actionsOf(pathCard).find((action) => action.type === 'Action.OpenUrl')!;
    expect(open.url!.startsWith(`${PUBLIC_URL}/open/`)).toBe(true);
    const redirect = await fetch(open.url!.replace(PUBLIC_URL, server.url), { redirect: 'manual' });
    expect(redirect.status).toBe(302);
    expect(redirect.headers.get('location')).toMatch(/^https:\/\//);
    expect(await server.db.learningEvent.count({ where: { employeeId: priya, type: 'CONTENT_OPENED' } })).toBe(1);
    const forged = await fetch(`${server.url}/open/${open.url!.split('/open/')[1]!.replace(/.$/, 'x')}`, { redirect: 'manual' });
    expect(forged.status).toBe(404);

    for (;;) {
      const done = actionsOf(pathCard).find((action) => action.verb === 'content_done');
      if (!done) break;
      const body = (await (await pressExecute(server.url, connector.url, PRIYA, done, pathMessage.id)).json()) as InvokeBody;
      pathCard = body.value as typeof pathCard;
    }
    expect(cardText(pathCard)).toMatch(/100%\*\* · Learning completed/);
    const progress = await (await server.call(`/api/learner/${priya}/progress-bar/`)).json();
    expect(progress).toMatchObject({ percent: 100, learning: { completed: true } });
  });

  it('"status" and "path" answer with cards; anything else gets help', async () => {
    const { server, connector } = rig;
    const before = connector.activities.size;
    await sendText(server.url, connector.url, PRIYA, 'status');
    await sendText(server.url, connector.url, PRIYA, 'path');
    await sendText(server.url, connector.url, PRIYA, 'what can you do?');
    const sent = [...connector.activities.values()].slice(before).map((entry) => cardText(cardOf(entry.activity)));
    expect(sent[0]).toMatch(/Progress.*100%/);
    expect(sent[1]).toMatch(/Your learning path/);
    expect(sent[2]).toMatch(/\*\*status\*\*: your progress bar and scores/);
  });
});
