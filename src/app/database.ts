import type { Config } from '../config/config.js';
import type { Db } from '../core/ports/database.js';
import { parseDatabaseUrl } from '../db/database-url.js';
import { readMigrations } from '../db/migrations/migration-files.js';
import type { MigrationReport } from '../db/migrations/sqlite-migrator.js';
import { createDatabaseClient, type DatabaseClient } from '../db/prisma-client.js';
import { withSetupLock } from '../db/setup-lock.js';
import { loadDemoData } from '../seed/demo-data.js';
import { seedDatabase, type SeedReport } from '../seed/seed-database.js';
import { migrationsDir } from '../shared/project-paths.js';
import type { AppLogger } from './logger.js';

export interface PreparedDatabase {
  db: Db;
  /** the connection pool's state (PostgreSQL), for the metrics */
  poolUsage: DatabaseClient['poolUsage'];
  /** SQLite's kept statements, for the metrics */
  statements: DatabaseClient['statements'];
  migrations: MigrationReport;
  seeded: SeedReport | null;
}

/** Migrates the database, opens the process's one Prisma client, and seeds the demo organisation into an empty database. */
export async function prepareDatabase(config: Config, logger: AppLogger): Promise<PreparedDatabase> {
  const target = parseDatabaseUrl(config.databaseUrl);
  const committed = readMigrations(migrationsDir(target.provider));
  // Only the provider in use has its driver loaded (better-sqlite3's native library, or node-postgres).
  const migrations =
    target.provider === 'sqlite'
      ? (await import('../db/migrations/sqlite-migrator.js')).migrateSqlite(target.filePath, committed)
      : await (await import('../db/migrations/postgres-migrator.js')).migratePostgres(target.url, committed);
  if (migrations.applied.length > 0) logger.info({ applied: migrations.applied }, 'database migrated');
  if (migrations.modified.length > 0) logger.warn({ modified: migrations.modified }, 'applied migrations were edited since they ran');

  const { db, poolUsage, statements } = await createDatabaseClient(target, { poolSize: config.databasePoolSize });
  let seeded: SeedReport | null = null;
  if (config.seedDemoData) {
    seeded = await withSetupLock(target, async () => {
      if ((await db.employee.count()) > 0 || (await db.skill.count()) > 0) return null;
      const counts = await seedDatabase(db, loadDemoData());
      logger.info(counts, 'empty database: demo organisation loaded');
      return counts;
    });
  }
  return { db, poolUsage, statements, migrations, seeded };
}
