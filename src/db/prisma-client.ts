import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from '../generated/sqlite/client.js';
import type { DatabaseTarget } from './database-url.js';

/**
 * The Prisma client type the workflow core is written against. A PostgreSQL client is generated
 * from a schema that differs only in its datasource block, so it has the same API.
 */
export type Db = PrismaClient;

/** Creates the one Prisma client of the process. `onQuery` sees every SQL statement (benchmarks count them). */
export function createPrismaClient(target: DatabaseTarget, options: { onQuery?: (sql: string) => void } = {}): Db {
  if (target.provider !== 'sqlite') {
    throw new Error('PostgreSQL is not supported yet: set DATABASE_URL to a file: path');
  }
  if (target.filePath !== ':memory:') mkdirSync(dirname(target.filePath), { recursive: true });
  const adapter = new PrismaBetterSqlite3({ url: `file:${target.filePath}` }, { timestampFormat: 'unixepoch-ms' });
  if (!options.onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] });
  const onQuery = options.onQuery;
  client.$on('query', (event) => onQuery(event.query));
  return client;
}
