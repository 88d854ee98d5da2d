import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AppLogger } from '../../src/app/logger.js';
import { startServer, type RunningServer } from '../../src/app/start-server.js';
import { loadConfig } from '../../src/config/config.js';
import { freshDatabase } from './test-database.js';

export const TEST_TOKEN = 'test-api-token-0123456789';

export interface TestServer extends RunningServer {
  databaseUrl: string;
  /** fetch a path of the running server, with the API token unless `token: null` */
  call(path: string, init?: RequestInit & { token?: string | null; json?: unknown }): Promise<Response>;
  stop(): Promise<void>;
}

/** The real server process on an ephemeral loopback port, on its own SQLite file; `logger` to read its log lines. */
export async function startTestServer(env: Record<string, string> = {}, logger?: AppLogger): Promise<TestServer> {
  const directory = mkdtempSync(join(tmpdir(), 'skillcheck-http-'));
  // A second server on the same database passes its DATABASE_URL in env and owns no database of its own.
  const database = env.DATABASE_URL ? { url: env.DATABASE_URL, drop: async () => {} } : await freshDatabase(directory);
  const config = loadConfig({
    LOG_LEVEL: 'silent',
    PORT: '0',
    HOST: '127.0.0.1',
    DATABASE_URL: database.url,
    API_TOKEN: TEST_TOKEN,
    // Tests run the scheduled jobs themselves (server.scheduler.tasks.*.execute()).
    SCHEDULER_ENABLED: 'false',
    ...env,
  });
  const server = await (logger ? startServer(config, logger) : startServer(config));
  return {
    ...server,
    databaseUrl: config.databaseUrl,
    call(path, init = {}) {
      const { token = config.apiToken ?? null, json, ...rest } = init;
      const headers = new Headers(rest.headers);
      if (token !== null) headers.set('authorization', `Bearer ${token}`);
      if (json !== undefined) headers.set('content-type', 'application/json');
      return fetch(`${server.url}${path}`, { ...rest, headers, ...(json !== undefined ? { body: JSON.stringify(json), method: rest.method ?? 'POST' } : {}) });
    },
    async stop() {
      await server.close();
      await database.drop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
