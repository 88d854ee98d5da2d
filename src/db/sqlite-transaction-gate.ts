import { Mutex } from 'async-mutex';

/** The parts of Prisma's SQLite driver adapter the gate wraps (SqlDriverAdapter and its Transaction). */
interface GatedTransaction {
  commit(): Promise<void>;
  rollback(): Promise<void>;
}
export interface GatedAdapter {
  queryRaw(query: unknown): Promise<unknown>;
  executeRaw(query: unknown): Promise<number>;
  executeScript(script: string): Promise<void>;
  startTransaction(isolationLevel?: never): Promise<GatedTransaction>;
}

/**
 * SQLite has one connection per process, and Prisma's adapter runs a plain statement on it at once even while
 * another request's interactive transaction is open there (its lock is taken by transactions only). The plain
 * statement then belongs to that transaction: a read sees its uncommitted rows, and a write is undone with it
 * when it rolls back (tests/db/sqlite-transaction-gate.test.ts shows both). The gate makes the connection take
 * turns: a plain statement waits until no transaction is open, and a transaction waits until the statements
 * before it ran. Statements run synchronously, so a turn is short; a transaction holds the gate from BEGIN to
 * COMMIT or ROLLBACK. Code inside a transaction must use the transaction's client (as it must on PostgreSQL to
 * see its own writes): a plain statement there would wait for the gate until the transaction times out.
 */
export function gateTransactions<A extends GatedAdapter>(adapter: A): A {
  const gate = new Mutex();
  const queryRaw = adapter.queryRaw.bind(adapter);
  const executeRaw = adapter.executeRaw.bind(adapter);
  const executeScript = adapter.executeScript.bind(adapter);
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.queryRaw = (query) => gate.runExclusive(() => queryRaw(query));
  adapter.executeRaw = (query) => gate.runExclusive(() => executeRaw(query));
  adapter.executeScript = (script) => gate.runExclusive(() => executeScript(script));
  adapter.startTransaction = async (isolationLevel) => {
    const release = await gate.acquire();
    try {
      const transaction = await startTransaction(isolationLevel);
      const commit = transaction.commit.bind(transaction);
      const rollback = transaction.rollback.bind(transaction);
      let released = false;
      const releaseOnce = () => {
        if (!released) release();
        released = true;
      };
      transaction.commit = () => commit().finally(releaseOnce);
      transaction.rollback = () => rollback().finally(releaseOnce);
      return transaction;
    } catch (error) {
      release();
      throw error;
    }
  };
  return adapter;
}
