import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One committed migration in Prisma's layout: `<dir>/<timestamp>_<name>/migration.sql`. */
export interface MigrationFile {
  name: string;
  sql: string;
  /** lowercase hex SHA-256 of the script, as Prisma stores it in `_prisma_migrations.checksum` */
  checksum: string;
}

export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql, 'utf8').digest('hex');
}

export function readMigrations(directory: string): MigrationFile[] {
  if (!existsSync(directory)) return [];
  return readdirSync(directory, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(directory, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(directory, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: checksumOf(sql) };
    });
}

export interface AppliedRow {
  checksum: string;
  finished_at: unknown;
  rolled_back_at: unknown;
}

export interface MigrationReport {
  applied: string[];
  alreadyApplied: string[];
  /** names of applied migrations whose file changed since (Prisma warns about these too) */
  modified: string[];
}

export class MigrationError extends Error {
  override name = 'MigrationError';
  constructor(
    message: string,
    readonly migrationName: string,
  ) {
    super(message);
  }
}

/**
 * Prisma's rule for a migration's rows in `_prisma_migrations`: an unfinished row that was not rolled
 * back blocks everything (P3009); a finished one means "already applied" (an edited file is reported).
 * Returns true when the migration still has to run.
 */
export function mustApply(migration: MigrationFile, rows: AppliedRow[], report: MigrationReport): boolean {
  const live = rows.filter((row) => row.rolled_back_at === null);
  if (live.some((row) => row.finished_at === null)) {
    throw new MigrationError(`Migration ${migration.name} failed earlier and was not rolled back (P3009); fix the database, then mark it rolled back`, migration.name);
  }
  const done = live.find((row) => row.finished_at !== null);
  if (!done) return true;
  report.alreadyApplied.push(migration.name);
  if (done.checksum !== migration.checksum) report.modified.push(migration.name);
  return false;
}
