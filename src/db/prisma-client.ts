import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db } from '../core/ports/database.js';
import type { DatabaseTarget } from './database-url.js';
import type { StatementCacheStats } from './sqlite-statement-cache.js';

export type { Db };

/** A connection pool's state: connections open and idle, the most it opens, and queries waiting for one. */
export interface PoolUsage {
  total: number;
  idle: number;
  waiting: number;
  max: number;
}

export interface DatabaseClient {
  db: Db;
  /**
   * The connection pool's state now, for the metrics; null on SQLite, which has no pool: one connection
   * that runs each statement synchronously on the event loop, so nothing ever waits for a connection there
   * (contention on SQLite shows as event-loop lag instead).
   */
  poolUsage: (() => PoolUsage) | null;
  /** SQLite's kept statements (see sqlite-statement-cache.ts), filled once Prisma connects; null on PostgreSQL. */
  statements: StatementCacheStats | null;
}

export interface ClientOptions {
  /** sees every SQL statement (benchmarks count them) */
  onQuery?: (sql: string) => void;
  /** PostgreSQL connection pool size (DATABASE_POOL_SIZE) */
  poolSize?: number;
}

/**
 * Creates the one Prisma client of the process: SQLite through better-sqlite3, or PostgreSQL through
 * node-postgres. Each provider has its own generated client (a client refuses the other provider's
 * adapter); both are generated from schemas that differ only in the datasource, so the PostgreSQL
 * client is used through the same type as the SQLite one.
 */
export async function createPrismaClient(target: DatabaseTarget, options: ClientOptions = {}): Promise<Db> {
  return (await createDatabaseClient(target, options)).db;
}

/** The Prisma client, with the state of its connection pool (PostgreSQL) for the metrics. */
export async function createDatabaseClient(target: DatabaseTarget, options: ClientOptions = {}): Promise<DatabaseClient> {
  const log = options.onQuery ? { log: [{ emit: 'event' as const, level: 'query' as const }] } : {};
  let client: Db;
  let poolUsage: DatabaseClient['poolUsage'] = null;
  let statements: StatementCacheStats | null = null;
  // Only the provider in use is loaded: each generated client brings its own query compiler.
  if (target.provider === 'sqlite') {
    if (target.filePath !== ':memory:') mkdirSync(dirname(target.filePath), { recursive: true });
    const [{ SqliteAdapter }, { PrismaClient }] = await Promise.all([import('./sqlite-adapter.js'), import('../generated/sqlite/client.js')]);
    statements = { prepared: 0, reused: 0, size: 0 };
    const adapter = new SqliteAdapter(target.filePath, statements);
    client = new PrismaClient({ adapter, ...log }) as unknown as Db;
  } else {
    const [{ PrismaPg }, { PrismaClient }, { default: pg }] = await Promise.all([import('@prisma/adapter-pg'), import('../generated/postgresql/client.js'), import('pg')]);
    // The pool is made here (not by the adapter) so its figures can be read; $disconnect still ends it.
    const max = options.poolSize ?? 10;
    const pool = new pg.Pool({ connectionString: target.url, max });
    const adapter = new PrismaPg(pool, { disposeExternalPool: true });
    poolUsage = () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max });
    client = new PrismaClient({ adapter, ...log }) as unknown as Db;
  }
  if (options.onQuery) {
    const onQuery = options.onQuery;
    (client as unknown as { $on(event: 'query', listener: (event: { query: string }) => void): void }).$on('query', (event) => onQuery(event.query));
  }
  return { db: client, poolUsage, statements };
}
