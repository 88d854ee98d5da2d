import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { slashCommand } from '../../test-kit/slack-requests.js';
import { buttonsOf } from '../../test-kit/slack-stub.js';
import { startChatRig, type ChatRig } from '../helpers/chat-rig.js';
import { employeeId } from '../helpers/test-app.js';

const HYPERLINK = '=HYPERLINK("http://x","y")';
const SKILL = "-2+3+cmd|' /C calc'!A0";
const ROLE = '+Formula role';
const CONTENT = '@SUM(1+1)*cmd|"/C calc"!A0';
const TITLE = '@Lead of spreadsheets';
const SECTIONS = ['skills', 'roles', 'content', 'employees'] as const;

/** A cell a spreadsheet would run: it begins with a formula character and is not a plain number. */
const formulaCells = (text: string) =>
  (parse(text, { relax_column_count: true }) as string[][]).flat().filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-\d+(\.\d+)?(e[+-]?\d+)?$/.test(cell));
const cells = (text: string) => new Set((parse(text) as string[][]).flat());

/**
 * CSV injection, through every route that serves a CSV file: names, skills, role and content titles
 * imported from HR data that begin with =, +, - or @ come out with a quote in front (OWASP's rule),
 * in the admin exports over REST and in the console, and in the team report over REST, in the console
 * and as the file the Slack bot uploads. Maya (E1001) is an admin and the manager of the imported person.
 */
describe('CSV injection', () => {
  let rig: ChatRig;
  let maya: number;
  let cookie: string;
  const MAYA = 'U0MAYA0001';

  beforeAll(async () => {
    rig = await startChatRig({ ADMIN_EMAILS: 'maya.chen@example.com' });
    const { server } = rig;
    const imported = await server.call('/api/v1/admin/import?name=formulas.json', {
      json: {
        skills: [{ key: 'formula-skill', name: SKILL, aliases: [], description: '=1+1 in a description' }],
        roles: [{ key: 'formula-role', name: ROLE, description: '-a role', skills: [{ skill: 'formula-skill', category: 'CORE', targetLevel: 3 }] }],
        content: [{ key: 'formula-content', skill: 'formula-skill', type: 'ARTICLE', title: CONTENT, url: 'https://learn.example.org/formulas', minutes: 10, difficulty: 'BEGINNER', source: '+Source' }],
        employees: [{ employeeNumber: 'E9001', name: HYPERLINK, email: 'formula.person@example.com', title: TITLE, role: 'formula-role', manager: 'E1001' }],
        questionBank: [
          {
            skill: 'formula-skill',
            questions: ['BEGINNER', 'INTERMEDIATE', 'ADVANCED'].map((difficulty, index) => ({
              id: `formula-${index}`,
              difficulty,
              stem: `Formula question ${index}?`,
              options: { A: 'one', B: 'two', C: 'three', D: 'four' },
              answer: 'A',
              explanation: 'Because.',
            })),
          },
        ],
      },
    });
    expect(imported.status).toBe(200);
    // The imported person sits an assessment, so the team report has a row with the skill's name.
    const person = await employeeId(server.db, 'E9001');
    const base = `/api/v1/learner/${person}`;
    expect((await server.call(`${base}/assessment/start/`, { method: 'POST' })).status).toBeLessThan(300);
    expect((await server.call(`${base}/assessment/questions/`, { method: 'POST' })).status).toBeLessThan(300);
    expect((await server.call(`${base}/assessment/submit/`, { json: { answers: {} } })).status).toBeLessThan(300);
    maya = await employeeId(server.db, 'E1001');
    // Maya signs in to the console from the link the bot sends her in Slack.
    await slashCommand(server.url, rig.slack.url, { user_id: MAYA, text: 'web' });
    await server.settled();
    const link = rig.slack
      .messagesIn(`D${MAYA}`)
      .flatMap((message) => buttonsOf(message.blocks))
      .find((button) => button.url?.includes('/app/sign-in/'))!.url!;
    const signIn = await fetch(link.replace(/^https?:\/\/[^/]+/, server.url), { method: 'POST', redirect: 'manual' });
    expect(signIn.status).toBe(303);
    cookie = signIn.headers.getSetCookie().map((value) => value.split(';')[0]).join('; ');
  }, 60_000);
  afterAll(async () => {
    await rig?.stop();
  });

  const consoleGet = (path: string) => fetch(`${rig.server.url}${path}`, { headers: { cookie }, redirect: 'manual' });

  /** Each file, by where it was served, with the neutralised cells it must hold. */
  async function files(): Promise<Array<[string, string, string[]]>> {
    const expected = {
      skills: [`'${SKILL}`, "'=1+1 in a description"],
      roles: [`'${ROLE}`, "'-a role"],
      content: [`'${CONTENT}`, "'+Source"],
      employees: [`'${HYPERLINK}`, `'${TITLE}`],
    };
    const out: Array<[string, string, string[]]> = [];
    for (const section of SECTIONS) {
      const rest = await rig.server.call(`/api/v1/admin/export/${section}.csv`);
      expect(rest.status).toBe(200);
      out.push([`REST ${section}.csv`, await rest.text(), expected[section]]);
      const page = await consoleGet(`/app/admin/export/${section}.csv`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toMatch(/^text\/csv/);
      out.push([`console ${section}.csv`, await page.text(), expected[section]]);
    }
    const team = [`'${HYPERLINK}`, `'${ROLE}`, `'${SKILL}`];
    const rest = await rig.server.call(`/api/v1/manager/${maya}/team-report.csv`);
    expect(rest.status).toBe(200);
    out.push(['REST team-report.csv', await rest.text(), team]);
    const page = await consoleGet('/app/team/report.csv');
    expect(page.status).toBe(200);
    out.push(['console team-report.csv', await page.text(), team]);
    const uploaded = () => rig.slack.uploads.in(`D${MAYA}`).filter((entry) => entry.filename.endsWith('.csv'));
    const before = uploaded().length;
    await slashCommand(rig.server.url, rig.slack.url, { user_id: MAYA, text: 'team csv' });
    await rig.server.settled();
    expect(uploaded()).toHaveLength(before + 1);
    out.push(['Slack upload team-report.csv', uploaded().at(-1)!.bytes!.toString('utf8'), team]);
    return out;
  }

  it('every CSV file the product serves holds the imported values neutralised, and no cell a spreadsheet would run', async () => {
    const served = await files();
    expect(served).toHaveLength(11);
    for (const [where, text, neutralised] of served) {
      expect({ where, formulas: formulaCells(text) }).toEqual({ where, formulas: [] });
      const present = cells(text);
      for (const cell of neutralised) expect({ where, cell, present: present.has(cell) }).toEqual({ where, cell, present: true });
    }
  });

  it('the team report keeps the numbers it computes as numbers', async () => {
    const text = await (await rig.server.call(`/api/v1/manager/${maya}/team-report.csv`)).text();
    const [header, ...rows] = parse(text) as string[][];
    const row = rows.find((entry) => entry[header!.indexOf('employee_number')] === 'E9001')!;
    expect(row[header!.indexOf('score')]).toMatch(/^\d+(\.\d+)?$/);
    expect(row[header!.indexOf('target_level')]).toBe('3');
  });

  it('an admin export re-imported by our own CSV import gives back the original values, not the quoted ones', async () => {
    const json = async () => (await (await rig.server.call('/api/v1/admin/export')).json()) as Record<string, Array<Record<string, unknown>>>;
    const before = await json();
    for (const section of SECTIONS) {
      const text = await (await rig.server.call(`/api/v1/admin/export/${section}.csv`)).text();
      const back = await rig.server.call(`/api/v1/admin/import?name=${section}.csv`, { method: 'POST', body: text, headers: { 'content-type': 'text/csv' } });
      expect({ section, status: back.status }).toEqual({ section, status: 200 });
    }
    const after = await json();
    expect(after).toEqual(before);
    expect(after.employees!.find((employee) => employee.employeeNumber === 'E9001')).toMatchObject({ name: HYPERLINK, title: TITLE });
    expect(after.skills!.find((skill) => skill.key === 'formula-skill')).toMatchObject({ name: SKILL });
  });
});
