import { randomUUID } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { MigrationError, mustApply, type MigrationFile, type MigrationReport } from './migration-files.js';

/**
 * Applies committed migrations to a SQLite file the way `prisma migrate deploy` does, keeping
 * Prisma's `_prisma_migrations` table, so `prisma migrate status` / `deploy` work on the same file
 * wherever the Prisma CLI can run. Prisma's rules (sql-schema-connector, flavour/sqlite.rs):
 * a row is inserted before the script runs; success sets finished_at and applied_steps_count = 1;
 * a failure writes the error to logs and leaves the row unfinished, which blocks later deploys.
 * Scripts run as one batch without a wrapping transaction, because Prisma's table-rebuild
 * migrations switch `PRAGMA foreign_keys` off, which a transaction would silently ignore.
 * Timestamps are Unix milliseconds, as Prisma writes them.
 */
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

export { MigrationError, type MigrationReport } from './migration-files.js';

interface Row {
  migration_name: string;
  checksum: string;
  finished_at: number | null;
  rolled_back_at: number | null;
}

export function migrateSqlite(filePath: string, migrations: MigrationFile[]): MigrationReport {
  if (filePath !== ':memory:') mkdirSync(dirname(filePath), { recursive: true });
  // Serialise migrators across processes: an exclusive transaction on a lock file beside the
  // database is held for the whole run (the scripts themselves cannot run inside one).
  const lock = filePath === ':memory:' ? null : new Database(`${filePath}.migrate-lock`, { timeout: 60_000 });
  lock?.exec('BEGIN EXCLUSIVE');
  const db = new Database(filePath, { timeout: 10_000 });
  try {
    if (filePath !== ':memory:') db.pragma('journal_mode = WAL');
    db.exec(CREATE_TABLE);
    const report: MigrationReport = { applied: [], alreadyApplied: [], modified: [] };
    for (const migration of migrations) {
      const rows = db
        .prepare('SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE migration_name = ?')
        .all(migration.name) as Row[];
      if (!mustApply(migration, rows, report)) continue;
      const id = randomUUID();
      db.prepare(
        'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count) VALUES (?, ?, ?, ?, 0)',
      ).run(id, migration.checksum, migration.name, Date.now());
      try {
        db.exec(migration.sql);
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        db.prepare('UPDATE "_prisma_migrations" SET logs = ? WHERE id = ?').run(message, id);
        throw new MigrationError(`Migration ${migration.name} failed: ${message}`, migration.name);
      }
      db.prepare(
        'UPDATE "_prisma_migrations" SET finished_at = ?, applied_steps_count = applied_steps_count + 1 WHERE id = ?',
      ).run(Date.now(), id);
      report.applied.push(migration.name);
    }
    return report;
  } finally {
    db.close();
    lock?.exec('COMMIT');
    lock?.close();
  }
}
