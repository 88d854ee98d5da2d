import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { keepStatements, type StatementCacheStats } from './sqlite-statement-cache.js';
import { gateTransactions, type GatedAdapter } from './sqlite-transaction-gate.js';

type Connection = Parameters<typeof keepStatements>[0];

/**
 * Prisma's better-sqlite3 adapter, with what the server needs of its one connection: compiled statements
 * kept (sqlite-statement-cache.ts), plain statements that wait for an open transaction instead of joining it
 * (sqlite-transaction-gate.ts), and commits in WAL (set by the migrator) with synchronous=NORMAL: a commit
 * no longer waits for the disk (a tenth of FULL's time); the database stays consistent after any crash, and
 * only a power cut can lose the last commits.
 */
export class SqliteAdapter extends PrismaBetterSqlite3 {
  constructor(
    filePath: string,
    private readonly statements: StatementCacheStats,
  ) {
    super({ url: `file:${filePath}` }, { timestampFormat: 'unixepoch-ms' });
  }

  override async connect() {
    const adapter = await super.connect();
    const connection = (adapter as unknown as { client?: Connection }).client;
    if (typeof connection?.prepare !== 'function') throw new Error('the SQLite adapter no longer exposes its connection: see src/db/sqlite-adapter.ts');
    keepStatements(connection, this.statements);
    connection.pragma('synchronous = NORMAL');
    gateTransactions(adapter as unknown as GatedAdapter);
    return adapter;
  }
}
