import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommand } from '../../test-kit/slack-requests.js';
import { cardOf, cardText } from '../../test-kit/connector-stub.js';
import { sendText } from '../../test-kit/teams-requests.js';
import { startChatRig, TOMAS, type ChatRig } from '../helpers/chat-rig.js';

/**
 * Allowances of costly actions on one server with Slack and Teams on: a Teams tenant is a workspace as a
 * Slack team is, the stored counters are keyed by person and workspace, and the REST import is limited
 * for the API token's holders together.
 */
describe('allowances of costly actions (chat and REST)', () => {
  let rig: ChatRig;
  const PER_PERSON = 2;

  beforeAll(async () => {
    rig = await startChatRig({ LIMIT_COMMANDS_PER_MINUTE: String(PER_PERSON) });
  });
  afterAll(() => rig.stop());

  const keys = async () => (await rig.server.db.rateLimiterFlexible.findMany({ select: { key: true, points: true } })).sort((a, b) => a.key.localeCompare(b.key));
  const employee = (email: string) => rig.server.db.employee.findFirstOrThrow({ where: { email }, select: { id: true } });

  it('in Teams, a person past their allowance is told how long to wait; the tenant is their workspace', async () => {
    const { server, connector } = rig;
    for (let n = 0; n < PER_PERSON + 1; n++) expect((await sendText(server.url, connector.url, TOMAS, 'status')).status).toBe(200);
    await server.settled();
    const texts = connector.sentTo(TOMAS.conversationId).map((entry) => cardText(cardOf(entry.activity)));
    expect(texts.filter((text) => /a lot of requests in a short time/.test(text))).toHaveLength(1);
    expect(texts.at(-1)).toMatch(/please try again in (a few seconds|about \d+ seconds|about a minute)/);
    expect(texts.at(-1)).not.toMatch(/RATE_LIMITED/);
    const tomas = await employee('tomas.rivera@example.com');
    expect(await keys()).toEqual(
      expect.arrayContaining([
        { key: `limit:command:person:${tomas.id}`, points: PER_PERSON + 1 },
        { key: 'limit:command:workspace:tenant-0001', points: PER_PERSON + 1 },
      ]),
    );
  });

  it('in Slack, a team is a workspace; help costs nothing; counters are stored as limit:<action>:person:<id> and limit:<action>:workspace:<id>', async () => {
    const { server, slack } = rig;
    await slashCommand(server.url, slack.url, { user_id: 'U0PRIYA001', text: 'help' });
    await slashCommand(server.url, slack.url, { user_id: 'U0PRIYA001', text: 'status', team_id: 'T0ACME' });
    await server.settled();
    const priya = await employee('priya.natarajan@example.com');
    const stored = await keys();
    expect(stored).toEqual(expect.arrayContaining([{ key: `limit:command:person:${priya.id}`, points: 1 }, { key: 'limit:command:workspace:T0ACME', points: 1 }]));
    // Every counter names its action and then exactly one person or one workspace.
    for (const { key } of stored) expect(key).toMatch(/^limit:[a-zA-Z]+:(person:\d+|workspace:[^:]+)$/);
  });

  it('the REST import is limited for all holders of the API token together: 429, Retry-After and the error body past 60 an hour', async () => {
    const { server } = rig;
    const dryRun = () => server.call('/api/v1/admin/import?dry_run=true', { json: { skills: [] } });
    for (let n = 0; n < 60; n++) expect((await dryRun()).status).toBe(200);
    const refused = await dryRun();
    expect(refused.status).toBe(429);
    const retryAfter = Number(refused.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(60 * 59); // the hour's window has just begun
    expect(retryAfter).toBeLessThanOrEqual(60 * 60);
    expect(await refused.json()).toEqual({
      error: { code: 'RATE_LIMITED', message: expect.stringMatching(/Please wait about an hour and try again/), details: { retryAfterSeconds: retryAfter, action: 'import' } },
    });
    // Reads of the API are not limited.
    expect((await server.call('/api/v1/admin/export')).status).toBe(200);
  });

  it('the OpenAPI document says which routes answer 429 and that Retry-After comes with it', async () => {
    const document = (await (await rig.server.call('/api/openapi.json')).json()) as { paths: Record<string, Record<string, { responses: Record<string, { headers?: Record<string, unknown> }> }>> };
    expect(document.paths['/api/v1/admin/import']!.post!.responses['429']!.headers).toHaveProperty('Retry-After');
    expect(document.paths['/api/v1/manager/{employeeId}/team-report.csv/']!.get!.responses).toHaveProperty('429');
    expect(document.paths['/api/v1/manager/{employeeId}/team/']!.get!.responses).not.toHaveProperty('429');
  });
});
