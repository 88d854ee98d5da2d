import type BetterSqlite3 from 'better-sqlite3';
import { LRUCache } from 'lru-cache';

/** How many distinct SQL texts stay prepared. Prisma's statements repeat; IN lists of other lengths make new texts. */
export const KEPT_STATEMENTS = 500;

/** Statements prepared by SQLite, and statements served again from those kept, since the start. */
export interface StatementCacheStats {
  prepared: number;
  reused: number;
  size: number;
}

type Statement = BetterSqlite3.Statement<unknown[]>;

/**
 * Prisma's better-sqlite3 adapter prepares every statement it runs again (`prepare(sql).bind(args)`, then
 * `run()` or `raw().all()`): on the answer-click path a tenth of the server's CPU went to SQLite compiling
 * the same few dozen SQL texts. This keeps the compiled statements, by SQL text, on the adapter's own
 * connection: `prepare` hands out a light view of a kept statement whose `bind` holds the arguments for
 * that one run (a better-sqlite3 statement can be bound only once, so the kept one is never bound).
 * Everything runs synchronously on the one connection, so a kept statement is never used by two runs at once.
 *
 * It relies on the adapter calling only `prepare` (with `bind`, `run`, `reader`, `columns`, `raw().all()`)
 * and `exec` on the connection; tests/db/statement-cache.test.ts runs Prisma's reads, writes and
 * transactions through it, and the whole suite runs on it.
 */
export function keepStatements(connection: BetterSqlite3.Database, stats: StatementCacheStats = { prepared: 0, reused: 0, size: 0 }, max = KEPT_STATEMENTS): StatementCacheStats {
  const kept = new LRUCache<string, Statement>({ max });
  const prepare = connection.prepare.bind(connection) as (sql: string) => Statement;
  const keptPrepare = (sql: string) => {
    let statement = kept.get(sql);
    if (statement) stats.reused += 1;
    else {
      statement = prepare(sql);
      stats.prepared += 1;
      kept.set(sql, statement);
      stats.size = kept.size;
    }
    return boundOnce(statement);
  };
  (connection as unknown as { prepare: typeof keptPrepare }).prepare = keptPrepare;
  return stats;
}

/** A reader's result columns, asked of SQLite once per kept statement (Prisma names every column it selects, so they never change). */
const columns = new WeakMap<Statement, BetterSqlite3.ColumnDefinition[]>();
function columnsOf(statement: Statement): BetterSqlite3.ColumnDefinition[] {
  let known = columns.get(statement);
  if (!known) columns.set(statement, (known = statement.columns()));
  return known;
}

/** The part of a statement the adapter uses, with `bind` keeping its arguments for one run instead of binding the kept statement. */
function boundOnce(statement: Statement) {
  const run = (args: unknown[]) => ({
    reader: statement.reader,
    columns: () => columnsOf(statement),
    run: () => statement.run(args),
    raw: () => ({ all: () => statement.raw(true).all(args) }),
  });
  return { ...run([]), bind: (args: unknown[]) => run(args) };
}
