import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/app/database.js';
import { createLogger } from '../../src/app/logger.js';
import { loadConfig } from '../../src/config/config.js';
import type { Db } from '../../src/core/ports/database.js';
import type { StatementCacheStats } from '../../src/db/sqlite-statement-cache.js';

/**
 * SQLite's kept statements (src/db/sqlite-statement-cache.ts) sit under Prisma's adapter: reads, writes,
 * interactive transactions committed and rolled back, raw SQL, errors and large values must come out as
 * they do without them, while a statement run again is not compiled again. On its own SQLite file in
 * both of the suite's runs.
 */
describe("SQLite's kept statements under Prisma", () => {
  let directory: string;
  let db: Db;
  let stats: StatementCacheStats;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'skillcheck-statements-'));
    const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: `file:${join(directory, 'kept.db')}`, SEED_DEMO_DATA: 'false' });
    const prepared = await prepareDatabase(config, createLogger(config));
    db = prepared.db;
    stats = prepared.statements!;
  });

  afterAll(async () => {
    await db?.$disconnect();
    rmSync(directory, { recursive: true, force: true });
  });

  const skill = (key: string) => ({ key, name: `Skill ${key}`, normalizedName: `skill ${key}` });

  it('compiles a statement once and runs it again with other arguments, each run with its own', async () => {
    await db.skill.createMany({ data: ['a', 'b', 'c'].map(skill) });
    await db.skill.findUnique({ where: { key: 'a' } });
    const before = { ...stats };
    const found = [];
    // One after another: Prisma would batch findUniques made at once into one statement.
    for (const key of ['a', 'b', 'c', 'missing']) found.push(await db.skill.findUnique({ where: { key } }));
    expect(found.map((row) => row?.name ?? null)).toEqual(['Skill a', 'Skill b', 'Skill c', null]);
    expect(stats.prepared).toBe(before.prepared);
    expect(stats.reused - before.reused).toBeGreaterThanOrEqual(4);
    expect(stats.size).toBeGreaterThan(0);
  });

  it('keeps writes, reads and their types: dates, big integers, long text, nulls, counts of changed rows', async () => {
    const long = 'x'.repeat(100_000);
    const created = await db.skill.create({ data: { ...skill('long'), description: long } });
    const again = await db.skill.findUniqueOrThrow({ where: { id: created.id } });
    expect(again.description).toBe(long);
    expect(again.createdAt).toBeInstanceOf(Date);
    expect(again.createdAt.getTime()).toBe(created.createdAt.getTime());
    const updated = await db.skill.updateMany({ where: { key: { in: ['a', 'b'] } }, data: { description: 'changed' } });
    expect(updated.count).toBe(2);
    const counted = await db.$queryRawUnsafe<{ n: bigint }[]>('SELECT COUNT(*) AS n FROM "Skill" WHERE "description" = ?', 'changed');
    expect(Number(counted[0]!.n)).toBe(2);
    expect(await db.$executeRawUnsafe('UPDATE "Skill" SET "description" = ? WHERE "key" = ?', 'raw', 'c')).toBe(1);
    expect((await db.skill.findUniqueOrThrow({ where: { key: 'c' } })).description).toBe('raw');
  });

  it('commits and rolls back interactive transactions on the kept statements', async () => {
    await db.$transaction(async (tx) => {
      await tx.skill.create({ data: skill('committed') });
    });
    await expect(
      db.$transaction(async (tx) => {
        await tx.skill.create({ data: skill('rolled-back') });
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    expect(await db.skill.findUnique({ where: { key: 'committed' } })).not.toBeNull();
    expect(await db.skill.findUnique({ where: { key: 'rolled-back' } })).toBeNull();
  });

  it("reports a constraint broken as Prisma's error, and the statement still runs afterwards", async () => {
    await expect(db.skill.create({ data: skill('a') })).rejects.toMatchObject({ code: 'P2002' });
    await expect(db.skill.create({ data: skill('a') })).rejects.toMatchObject({ code: 'P2002' });
    const fresh = await db.skill.create({ data: skill('after-error') });
    expect(fresh.key).toBe('after-error');
  });
});
