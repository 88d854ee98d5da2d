import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/app/database.js';
import { createLogger } from '../../src/app/logger.js';
import { loadConfig } from '../../src/config/config.js';
import { CATALOGUE_TABLES, PERSON_TABLES, UNSTAMPED_PERSON_TABLES } from '../../src/core/reads/read-stamps.js';
import type { Db } from '../../src/core/ports/database.js';
import { models } from '../helpers/schema-models.js';
import { freshDatabase, testProvider } from '../helpers/test-database.js';

/**
 * The read stamps (src/core/reads/read-stamps.ts) are only as good as their triggers: every table holding a
 * person's rows is stamped or named as never shown in a learner read, and every stamped table has its
 * triggers on the migrated database (a migration that redefines a table drops them: this test names it).
 */
describe('read stamps', () => {
  let directory: string;
  let db: Db;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'skillcheck-stamps-'));
    const database = await freshDatabase(directory);
    drop = database.drop;
    const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: database.url, SEED_DEMO_DATA: 'false' });
    db = (await prepareDatabase(config, createLogger(config))).db;
  });

  afterAll(async () => {
    await db?.$disconnect();
    await drop?.();
    rmSync(directory, { recursive: true, force: true });
  });

  it("names every table that holds a person's rows: stamped, or never shown in a learner read", () => {
    const stamped = new Set(PERSON_TABLES.map((table) => table.name));
    const unstamped = new Set(UNSTAMPED_PERSON_TABLES);
    const personal = [...models()].filter(([name, fields]) => name !== 'Employee' && fields.some((field) => ['employeeId', 'sessionId', 'pathId', 'recipientId'].includes(field))).map(([name]) => name);
    expect(personal.length).toBeGreaterThan(10);
    for (const name of personal) expect(stamped.has(name) || unstamped.has(name), `${name} is neither stamped nor listed as unstamped`).toBe(true);
    for (const name of [...stamped, ...CATALOGUE_TABLES.map((table) => table.name)]) expect(models().has(name), `${name} is no model`).toBe(true);
  });

  it('has the triggers of every stamped table on the migrated database', async () => {
    const rows =
      testProvider === 'sqlite'
        ? await db.$queryRawUnsafe<{ tableName: string; name: string }[]>(`SELECT tbl_name AS "tableName", name FROM sqlite_master WHERE type = 'trigger'`)
        : await db.$queryRawUnsafe<{ tableName: string; name: string }[]>(`SELECT DISTINCT event_object_table AS "tableName", trigger_name AS name FROM information_schema.triggers WHERE trigger_schema = 'public'`);
    const byTable = new Map<string, string[]>();
    for (const row of rows) byTable.set(row.tableName, [...(byTable.get(row.tableName) ?? []), row.name]);
    const perTable = testProvider === 'sqlite' ? 3 : 1; // SQLite: one trigger per insert, update, delete
    for (const table of PERSON_TABLES) expect(byTable.get(table.name)?.filter((name) => name.startsWith(`${table.name}_read_stamp`)), table.name).toHaveLength(perTable);
    for (const table of CATALOGUE_TABLES) expect(byTable.get(table.name)?.filter((name) => name.startsWith(`${table.name}_catalogue_stamp`)), table.name).toHaveLength(perTable);
    expect(byTable.get('Employee')).toContain('Employee_read_stamp');
    expect(await db.catalogueStamp.findUnique({ where: { id: 1 } })).toEqual({ id: 1, version: 0 });
  });

  it("raises the person's version on writes to their rows, through their session or path too, and the catalogue's on catalogue writes", async () => {
    const role = await db.tSRSkillProfile.create({ data: { key: 'stamps', name: 'Stamps' } });
    const skill = await db.skill.create({ data: { key: 'stamp-skill', name: 'Stamp skill', normalizedName: 'stamp skill' } });
    const catalogue = async () => (await db.catalogueStamp.findUniqueOrThrow({ where: { id: 1 } })).version;
    expect(await catalogue()).toBe(2);
    const person = await db.employee.create({ data: { employeeNumber: 'S1', name: 'Stamped', email: 's1@example.test', roleId: role.id } });
    const other = await db.employee.create({ data: { employeeNumber: 'S2', name: 'Other', email: 's2@example.test' } });
    const version = async (id: number) => (await db.employee.findUniqueOrThrow({ where: { id } })).readVersion;
    expect(await version(person.id)).toBe(0);

    await db.employeeSkill.create({ data: { employeeId: person.id, skillId: skill.id, level: 2 } });
    expect(await version(person.id)).toBe(1);
    const session = await db.assessmentSession.create({ data: { employeeId: person.id, status: 'STARTED', openSlot: person.id, attempt: 1, questionsPerSkill: 3 } });
    expect(await version(person.id)).toBe(2);
    await db.assessmentSessionSkill.create({ data: { sessionId: session.id, skillId: skill.id, position: 0, category: 'CORE', targetLevel: 3 } });
    expect(await version(person.id)).toBe(3);
    await db.employee.update({ where: { id: person.id }, data: { title: 'Engineer' } });
    expect(await version(person.id)).toBe(4);
    await db.assessmentSession.delete({ where: { id: session.id } });
    expect(await version(person.id)).toBeGreaterThanOrEqual(5);
    expect(await version(other.id)).toBe(0);
    expect(await catalogue()).toBe(2);
  });
});
