import { actionsOf, cardOf, ConnectorStub } from '../../../test-kit/connector-stub.js';
import { pressExecute, sendText, type TeamsUser } from '../../../test-kit/teams-requests.js';
import { startTestServer, type TestServer } from '../test-server.js';
import type { ChatDriver, ChatMessage, DemoPerson } from './driver.js';
import { plainOf } from './text.js';

const user = (key: string, suffix: string): TeamsUser => ({
  id: `29:1${key}AbCdEfGhIjKlMnOpQrStUvWx`,
  aadObjectId: `00000000-0000-4000-8000-0000000${suffix}`,
  name: key,
  conversationId: `a:1${key}PersonalChatConversationId`,
});

/** How Teams knows the demo people: ids resolved by e-mail through the connector's member lookup. */
const USER: Record<DemoPerson, TeamsUser> = { priya: user('priya', 'c0001'), liam: user('liam', 'c0002'), daniel: user('daniel', 'c0003'), maya: user('maya', 'c0004'), stranger: user('stranger', 'c00ff') };
const EMAIL: Record<DemoPerson, string> = {
  priya: 'priya.natarajan@example.com',
  liam: 'liam.oconnor@example.com',
  daniel: 'daniel.kim@example.com',
  maya: 'maya.chen@example.com',
  stranger: 'someone.else@elsewhere.example',
};

type Card = { body?: unknown[] };

function textOf(card: Card | null, fallback: string): string {
  if (!card) return plainOf(fallback);
  const parts: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    const element = node as Record<string, unknown>;
    if (element.type === 'TextBlock' && typeof element.text === 'string') parts.push(element.text);
    if (element.type === 'FactSet') for (const fact of element.facts as Array<{ title: string; value: string }>) parts.push(`${fact.title} ${fact.value}`);
    for (const key of ['body', 'items', 'columns']) if (key in element) walk(element[key]);
  };
  walk(card.body);
  return plainOf(parts.join('\n'));
}

/**
 * Teams through Bot Framework activities posted to POST /api/messages (emulator mode, loopback) and a
 * local Bot Connector stub. Teams answers a turn before the HTTP request returns, so a turn is over
 * when the request is answered. Pressing an Action.Execute button does what the Teams client does:
 * the card it gets back replaces the pressed card.
 */
export async function teamsDriver(env: Record<string, string> = {}): Promise<ChatDriver & { connector: ConnectorStub }> {
  const connector = await new ConnectorStub().start();
  for (const person of Object.keys(USER) as DemoPerson[]) {
    connector.members.set(USER[person].id, { aadObjectId: USER[person].aadObjectId, email: EMAIL[person], name: person });
  }
  const server: TestServer = await startTestServer({ TEAMS_EMULATOR: 'true', PUBLIC_URL: 'https://skillcheck.example.com', LINK_SECRET: 'test-link-secret', ...env });
  /** what the client shows for an invoke answered with a message, per conversation, in order with the connector's activities */
  const notices: Array<{ conversationId: string; text: string; after: number }> = [];

  const expectOk = (response: Response) => {
    if (response.status !== 200) throw new Error(`Teams request answered ${response.status}`);
  };

  const driver: ChatDriver & { connector: ConnectorStub } = {
    platform: 'teams',
    server,
    connector,
    commandText: (words) => words,
    async type(person, text) {
      expectOk(await sendText(server.url, connector.url, USER[person], text));
    },
    async press(person, message, label) {
      const who = USER[person];
      const stored = connector.activities.get(message.id);
      if (!stored) throw new Error(`no message ${message.id}`);
      const action = actionsOf(cardOf(stored.activity)).find((entry) => (typeof label === 'string' ? entry.title === label : label.test(entry.title)));
      if (!action) throw new Error(`no button ${String(label)} on: ${message.text.slice(0, 80)}`);
      if (action.type === 'Action.OpenUrl') {
        // The client opens the link in a browser: the server records the open and redirects.
        const opened = await fetch(action.url!.replace('https://skillcheck.example.com', server.url), { redirect: 'manual' });
        if (opened.status !== 302) throw new Error(`the link answered ${opened.status}`);
        return;
      }
      const response = await pressExecute(server.url, connector.url, who, { verb: action.verb, data: action.data, title: action.title }, message.id);
      expectOk(response);
      const body = (await response.json()) as { type: string; value: unknown };
      if (body.type === 'application/vnd.microsoft.card.adaptive') {
        stored.activity = { ...stored.activity, attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: body.value }] };
        stored.updates += 1;
      } else {
        notices.push({ conversationId: who.conversationId, text: String(body.value), after: connector.activities.size });
      }
    },
    async pressTwice(person, message, label) {
      await Promise.all([driver.press(person, message, label), driver.press(person, message, label)]);
    },
    async messages(person) {
      const conversationId = USER[person].conversationId;
      const all = [...connector.activities.values()];
      const result: ChatMessage[] = [];
      all.forEach((entry, index) => {
        if (entry.conversationId === conversationId) {
          const card = cardOf(entry.activity);
          result.push({ id: entry.id, text: textOf(card, String(entry.activity.text ?? entry.activity.summary ?? '')), buttons: actionsOf(card).map((action) => action.title), passing: false });
        }
        for (const notice of notices) if (notice.conversationId === conversationId && notice.after === index + 1) result.push({ id: `notice-${index}`, text: plainOf(notice.text), buttons: [], passing: true });
      });
      return result;
    },
    async stop() {
      await server.stop();
      await connector.stop();
    },
  };
  return driver;
}
