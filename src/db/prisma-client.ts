import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Db } from '../core/ports/database.js';
import type { DatabaseTarget } from './database-url.js';

export type { Db };

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
  const log = options.onQuery ? { log: [{ emit: 'event' as const, level: 'query' as const }] } : {};
  let client: Db;
  // Only the provider in use is loaded: each generated client brings its own query compiler.
  if (target.provider === 'sqlite') {
    if (target.filePath !== ':memory:') mkdirSync(dirname(target.filePath), { recursive: true });
    const [{ PrismaBetterSqlite3 }, { PrismaClient }] = await Promise.all([import('@prisma/adapter-better-sqlite3'), import('../generated/sqlite/client.js')]);
    const adapter = new PrismaBetterSqlite3({ url: `file:${target.filePath}` }, { timestampFormat: 'unixepoch-ms' });
    client = new PrismaClient({ adapter, ...log }) as unknown as Db;
  } else {
    const [{ PrismaPg }, { PrismaClient }] = await Promise.all([import('@prisma/adapter-pg'), import('../generated/postgresql/client.js')]);
    const adapter = new PrismaPg({ connectionString: target.url, max: options.poolSize ?? 10 });
    client = new PrismaClient({ adapter, ...log }) as unknown as Db;
  }
  if (options.onQuery) {
    const onQuery = options.onQuery;
    (client as unknown as { $on(event: 'query', listener: (event: { query: string }) => void): void }).$on('query', (event) => onQuery(event.query));
  }
  return client;
}
