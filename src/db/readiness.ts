import type { Db } from '../core/ports/database.js';
import type { MigrationFile } from './migrations/migration-files.js';

export interface Readiness {
  ready: boolean;
  database: 'ok' | 'unreachable';
  migrations: 'ok' | 'pending' | 'unknown';
  pending?: string[];
}

/** Ready = the database answers and every committed migration is applied. */
export async function checkReadiness(db: Db, migrations: MigrationFile[]): Promise<Readiness> {
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    const pending = migrations.map((migration) => migration.name).filter((name) => !applied.has(name));
    return pending.length === 0
      ? { ready: true, database: 'ok', migrations: 'ok' }
      : { ready: false, database: 'ok', migrations: 'pending', pending };
  } catch {
    return { ready: false, database: 'unreachable', migrations: 'unknown' };
  }
}
