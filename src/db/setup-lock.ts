import type { DatabaseTarget } from './database-url.js';

const SETUP_LOCK_ID = 72707370;

/**
 * Runs first-start setup (seeding an empty database) in one process at a time, so server processes
 * that start together on an empty database do not race: the others wait, then find the data there.
 */
export async function withSetupLock<T>(target: DatabaseTarget, run: () => Promise<T>): Promise<T> {
  if (target.provider === 'sqlite') {
    if (target.filePath === ':memory:') return run();
    const { default: Database } = await import('better-sqlite3');
    const lock = new Database(`${target.filePath}.setup-lock`, { timeout: 120_000 });
    lock.exec('BEGIN EXCLUSIVE');
    try {
      return await run();
    } finally {
      lock.exec('COMMIT');
      lock.close();
    }
  }
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: target.url });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [SETUP_LOCK_ID]);
    return await run();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [SETUP_LOCK_ID]).catch(() => undefined);
    await client.end();
  }
}
