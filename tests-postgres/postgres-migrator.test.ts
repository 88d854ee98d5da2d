import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checksumOf, readMigrations } from '../src/db/migrations/migration-files.js';
import { migratePostgres } from '../src/db/migrations/postgres-migrator.js';
import { migrationsDir } from '../src/shared/project-paths.js';
import { freshDatabase } from '../tests/helpers/test-database.js';

/** Runs only in `npm run test:postgres`: the PostgreSQL migration runner against a real server. */
describe('PostgreSQL migrations', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    database = await freshDatabase('/nonexistent');
  });
  afterAll(() => database.drop());

  it('several processes starting at once: one applies, the others wait and find nothing left', async () => {
    const migrations = readMigrations(migrationsDir('postgresql'));
    const reports = await Promise.all([1, 2, 3].map(() => migratePostgres(database.url, migrations)));
    expect(reports.map((report) => report.applied.length).sort()).toEqual([0, 0, migrations.length]);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const columns = await client.query<{ column_name: string; data_type: string }>(
        "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = '_prisma_migrations' ORDER BY ordinal_position",
      );
      expect(columns.rows.map((row) => `${row.column_name} ${row.data_type}`)).toEqual([
        'id character varying',
        'checksum character varying',
        'finished_at timestamp with time zone',
        'migration_name character varying',
        'logs text',
        'rolled_back_at timestamp with time zone',
        'started_at timestamp with time zone',
        'applied_steps_count integer',
      ]);
      const rows = await client.query<{ migration_name: string; checksum: string; applied_steps_count: number }>('SELECT * FROM "_prisma_migrations"');
      expect(rows.rows).toHaveLength(migrations.length);
      expect(rows.rows[0]).toMatchObject({ migration_name: migrations[0]!.name, checksum: checksumOf(migrations[0]!.sql), applied_steps_count: 1 });
      const version = await client.query<{ version: string }>('SELECT version()');
      expect(version.rows[0]!.version).toMatch(/^PostgreSQL/);
    } finally {
      await client.end();
    }
  });
});
