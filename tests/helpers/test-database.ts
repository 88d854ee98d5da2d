import { join } from 'node:path';
import { createPostgresDatabase } from '../../test-kit/postgres-database.js';
import type { Db } from '../../src/core/ports/database.js';
export { createPostgresDatabase };

/**
 * The database a test runs on: a new SQLite file in the test's folder, or, when the suite runs
 * against PostgreSQL (TEST_DATABASE_URL, set by `npm run test:postgres`), a new database on that
 * server, dropped again afterwards.
 */
export const postgresAdminUrl = process.env.TEST_DATABASE_URL;
export const testProvider: 'sqlite' | 'postgresql' = postgresAdminUrl ? 'postgresql' : 'sqlite';

export async function freshDatabase(directory: string): Promise<{ url: string; drop(): Promise<void> }> {
  if (!postgresAdminUrl) return { url: `file:${join(directory, 'test.db')}`, drop: async () => {} };
  return createPostgresDatabase(postgresAdminUrl);
}

/**
 * Every row of every table, to prove that a failed call changed nothing. The counters of sign-in attempts and
 * costly actions (RateLimiterFlexible) are left out: they count requests, refused ones too, and hold no data.
 */
export async function snapshot(db: Db): Promise<Record<string, unknown[]>> {
  const tables =
    testProvider === 'sqlite'
      ? await db.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      : await db.$queryRawUnsafe<{ name: string }[]>("SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name");
  const result: Record<string, unknown[]> = {};
  for (const { name } of tables) {
    if (name === 'RateLimiterFlexible') continue;
    result[name] = await db.$queryRawUnsafe(`SELECT * FROM "${name}" ORDER BY 1`);
  }
  return result;
}
