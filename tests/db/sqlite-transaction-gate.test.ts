import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareDatabase } from '../../src/app/database.js';
import { createLogger } from '../../src/app/logger.js';
import { loadConfig } from '../../src/config/config.js';
import type { Db } from '../../src/core/ports/database.js';

/**
 * On SQLite's one connection, a request's plain statements must not land inside another request's open
 * transaction (src/db/sqlite-transaction-gate.ts): without the gate, the read below sees the uncommitted
 * row and the write is undone by the other transaction's rollback. On its own SQLite file in both runs.
 */
describe('SQLite: plain statements take turns with open transactions', () => {
  let directory: string;
  let db: Db;

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'skillcheck-gate-'));
    const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: `file:${join(directory, 'gate.db')}`, SEED_DEMO_DATA: 'false' });
    db = (await prepareDatabase(config, createLogger(config))).db;
  });

  afterAll(async () => {
    await db?.$disconnect();
    rmSync(directory, { recursive: true, force: true });
  });

  const skill = (key: string) => ({ key, name: key, normalizedName: key });

  it("neither sees another request's uncommitted rows nor loses its write to that request's rollback", async () => {
    let seen: string[] | undefined;
    let other: Promise<unknown> | undefined;
    await expect(
      db.$transaction(async (tx) => {
        await tx.skill.create({ data: skill('uncommitted') });
        // Another request, meanwhile: a read, then a write.
        other = db.skill.findMany().then(async (rows) => {
          seen = rows.map((row) => row.key);
          await db.skill.create({ data: skill('other-request') });
        });
        await new Promise((resolve) => setTimeout(resolve, 30));
        await tx.skill.count();
        throw new Error('undo');
      }),
    ).rejects.toThrow('undo');
    await other;
    expect(seen).toEqual([]);
    expect((await db.skill.findMany()).map((row) => row.key)).toEqual(['other-request']);
  });

  it('runs transactions one after another and plain statements between them, with none lost', async () => {
    const work = Array.from({ length: 20 }, (_, index) =>
      index % 2 === 0
        ? db.$transaction(async (tx) => {
            await tx.skill.create({ data: skill(`tx-${index}`) });
            await new Promise((resolve) => setTimeout(resolve, 2));
            await tx.skill.update({ where: { key: `tx-${index}` }, data: { description: 'committed' } });
          })
        : db.skill.create({ data: skill(`plain-${index}`) }),
    );
    await Promise.all(work);
    const rows = await db.skill.findMany({ where: { OR: [{ key: { startsWith: 'tx-' } }, { key: { startsWith: 'plain-' } }] } });
    expect(rows).toHaveLength(20);
    expect(rows.filter((row) => row.key.startsWith('tx-')).every((row) => row.description === 'committed')).toBe(true);
  });
});
