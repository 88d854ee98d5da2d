import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { MigrationError, mustApply, type MigrationFile, type MigrationReport } from './migration-files.js';

/**
 * Applies committed migrations to PostgreSQL as `prisma migrate deploy` does (flavour/postgres.rs):
 * migrators are serialised with pg_advisory_lock(72707369), so when several server processes start
 * at once one applies and the others wait and find nothing left; each script is sent as one simple
 * query (an implicit transaction); `_prisma_migrations` is kept with Prisma's own column types.
 */
const LOCK_ID = 72707369;
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export async function migratePostgres(url: string, migrations: MigrationFile[]): Promise<MigrationReport> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [LOCK_ID]);
    try {
      await client.query(CREATE_TABLE);
      const report: MigrationReport = { applied: [], alreadyApplied: [], modified: [] };
      for (const migration of migrations) {
        const { rows } = await client.query<{ checksum: string; finished_at: Date | null; rolled_back_at: Date | null }>(
          'SELECT checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE migration_name = $1',
          [migration.name],
        );
        if (!mustApply(migration, rows, report)) continue;
        const id = randomUUID();
        await client.query('INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES ($1, $2, $3, now(), 0)', [
          id,
          migration.checksum,
          migration.name,
        ]);
        try {
          await client.query(migration.sql); // no parameters: the simple query protocol runs the whole script
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          await client.query('UPDATE "_prisma_migrations" SET logs = $1 WHERE id = $2', [message, id]);
          throw new MigrationError(`Migration ${migration.name} failed: ${message}`, migration.name);
        }
        await client.query('UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = applied_steps_count + 1 WHERE id = $1', [id]);
        report.applied.push(migration.name);
      }
      return report;
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [LOCK_ID]).catch(() => undefined);
    }
  } finally {
    await client.end();
  }
}
