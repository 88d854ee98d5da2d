import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardOf } from '../../test-kit/connector-stub.js';
import { slashCommand } from '../../test-kit/slack-requests.js';
import { sendText } from '../../test-kit/teams-requests.js';
import { orgHeatMapViewSchema, skillProfileViewSchema, teamHeatMapViewSchema } from '../../src/core/skill-maps/views.js';
import { ORG_LAYOUT, orgHeatMapLayout } from '../../src/pictures/org-heat-map.js';
import { pictureSvg } from '../../src/pictures/render-picture.js';
import { employeeId } from '../helpers/test-app.js';
import { startChatRig, TOMAS, type ChatRig } from '../helpers/chat-rig.js';

const isPng = (bytes: Buffer) => bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

describe('pictures in chat and over REST', () => {
  let rig: ChatRig;

  beforeAll(async () => {
    rig = await startChatRig();
  });
  afterAll(() => rig.stop());

  it('/skillcheck team in Slack uploads the heat map PNG into the manager\'s DM, then posts the digest', async () => {
    const { server, slack } = rig;
    await slashCommand(server.url, slack.url, { user_id: 'U0MAYA0001', text: 'team' });
    const digest = await slack.waitFor(() => slack.messagesIn('DU0MAYA0001').find((message) => /^Team digest:/.test(message.text)), "Maya's digest");
    expect(slack.callsOf('files.getUploadURLExternal')).toHaveLength(1);
    const completed = slack.callsOf('files.completeUploadExternal');
    expect(completed).toHaveLength(1);
    expect(completed[0]!.args.channel_id).toBe('DU0MAYA0001');
    const [upload] = slack.uploads.in('DU0MAYA0001');
    expect(upload).toMatchObject({ completed: true, channel: 'DU0MAYA0001', filename: 'team-heat-map.png' });
    expect(upload!.bytes).not.toBeNull();
    expect(upload!.altText).toMatch(/^Heat map of \d+ direct reports by \d+ expected skills/);
    expect(isPng(upload!.bytes!)).toBe(true);
    expect(PNG.sync.read(upload!.bytes!).width).toBeGreaterThan(300);
    expect(upload!.seq).toBeLessThan(digest.seq);
    // Block Kit carries no picture: the digest's text is the fallback, whole.
    expect(JSON.stringify(digest.blocks)).not.toMatch(/"type":"image"/);
    expect(JSON.stringify(digest.blocks)).toMatch(/Your team right now/);
  });

  it('"team" in Teams answers with a card holding the heat map as an inline PNG, under the message size limit', async () => {
    const { server, connector } = rig;
    await sendText(server.url, connector.url, TOMAS, 'team');
    const activity = connector.sentTo(TOMAS.conversationId).map((entry) => entry.activity).find((entry) => /Your team right now/.test(JSON.stringify(entry)))!;
    expect(activity).toBeDefined();
    const card = cardOf(activity) as unknown as { body: Array<Record<string, unknown>> };
    const image = card.body.find((element) => element.type === 'Image')!;
    expect(image).toBeDefined();
    expect(String(image.altText)).toMatch(/^Heat map of/);
    const match = /^data:image\/png;base64,(.+)$/.exec(String(image.url));
    expect(match).not.toBeNull();
    const bytes = Buffer.from(match![1]!, 'base64');
    expect(isPng(bytes)).toBe(true);
    expect(PNG.sync.read(bytes).height).toBeGreaterThan(100);
    expect(Buffer.byteLength(JSON.stringify(activity))).toBeLessThan(28_000);
  });

  it('REST: the team heat map as JSON and PNG, direct reports only; a learner gets the same answer as from the team route', async () => {
    const { server } = rig;
    const maya = await employeeId(server.db, 'E1001');
    const json = await server.call(`/api/v1/manager/${maya}/team/heat-map`);
    expect(json.status).toBe(200);
    const view = teamHeatMapViewSchema.parse(await json.json());
    const reports = await server.db.employee.findMany({ where: { managerId: maya }, select: { name: true } });
    expect(view.rows.map((row) => row.name)).toEqual(reports.map((report) => report.name).sort((a, b) => a.localeCompare(b)));
    expect(view.skills.length).toBeGreaterThan(0);
    for (const row of view.rows) expect(row.cells.map((cell) => cell.skillId)).toEqual(view.skills.map((skill) => skill.skillId));

    const png = await server.call(`/api/v1/manager/${maya}/team/heat-map.png`);
    expect(png.status).toBe(200);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(isPng(Buffer.from(await png.arrayBuffer()))).toBe(true);

    // Someone nobody reports to: the heat map answers as the team route does.
    const priya = (await server.db.employee.findUniqueOrThrow({ where: { email: 'priya.natarajan@example.com' } })).id;
    expect(await server.db.employee.count({ where: { managerId: priya } })).toBe(0);
    const team = await server.call(`/api/v1/manager/${priya}/team`);
    const heatMap = await server.call(`/api/v1/manager/${priya}/team/heat-map`);
    expect(heatMap.status).toBe(team.status);
    expect(teamHeatMapViewSchema.parse(await heatMap.json()).rows).toEqual([]);
    const unknown = await server.call('/api/v1/manager/999999/team/heat-map.png');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('EMPLOYEE_NOT_FOUND');
  });

  it('REST: a learner\'s skill profile as JSON and PNG', async () => {
    const { server } = rig;
    const priya = (await server.db.employee.findUniqueOrThrow({ where: { email: 'priya.natarajan@example.com' } })).id;
    const view = skillProfileViewSchema.parse(await (await server.call(`/api/v1/learner/${priya}/skill-profile`)).json());
    expect(view.skills.length).toBeGreaterThan(0);
    expect(view.skills.every((skill) => skill.state === 'NOT_ASSESSED' && skill.targetLevel !== null)).toBe(true);
    const png = await server.call(`/api/v1/learner/${priya}/skill-profile.png`);
    expect(png.headers.get('content-type')).toBe('image/png');
    expect(isPng(Buffer.from(await png.arrayBuffer()))).toBe(true);
  });

  it('the organisation heat map never draws a role of 4 people: no row for it, and the note counts it', async () => {
    const { server } = rig;
    const roles = await server.db.tSRSkillProfile.findMany({ select: { id: true, name: true, _count: { select: { employees: true } } } });
    const small = roles.filter((role) => role._count.employees > 0 && role._count.employees < 5);
    expect(small.map((role) => role._count.employees)).toEqual([4]);
    const view = orgHeatMapViewSchema.parse(await (await server.call('/api/v1/admin/heat-map')).json());
    expect(view.rows.map((row) => row.roleName)).not.toContain(small[0]!.name);
    expect(view.rows).toHaveLength(roles.filter((role) => role._count.employees >= 5).length);
    expect(view.hiddenRoles).toBe(1);

    const response = await server.call('/api/v1/admin/heat-map.png');
    expect(response.headers.get('content-type')).toBe('image/png');
    const image = PNG.sync.read(Buffer.from(await response.arrayBuffer()));
    const drawn = pictureSvg({ kind: 'org-heat-map', view });
    expect(drawn.svg).not.toContain(small[0]!.name);
    expect(drawn.svg).toContain('1 role with fewer than 5 people not shown');
    expect([image.width, image.height]).toEqual([drawn.width, drawn.height]);
    // Where a third role's row would start, there is no cell: the row count is what the height shows.
    const { gridY: gridTop } = orgHeatMapLayout(view);
    expect(image.height).toBeLessThan(gridTop + (view.rows.length + 1) * ORG_LAYOUT.cellHeight + 6 + 3 * ORG_LAYOUT.noteHeight + 80);
  });
});
