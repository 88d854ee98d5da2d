import { coreSettingsFrom } from '../src/app/create-core-deps.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { prepareDatabase } from '../src/app/database.js';
import { createLogger } from '../src/app/logger.js';
import { loadConfig } from '../src/config/config.js';
import type { CoreDeps } from '../src/core/context.js';
import { parseDatabaseUrl } from '../src/db/database-url.js';
import { createPrismaClient } from '../src/db/prisma-client.js';
import { silentLogger } from '../src/core/ports/logger.js';
import { addSyntheticOrg } from './synthetic-org.js';

/** A migrated, seeded SQLite file with a synthetic company on top, and core deps whose client counts its queries. */
export async function digestFixture(options: { managers: number; reportsPerManager: number; now: Date }) {
  const directory = mkdtempSync(join(tmpdir(), 'skillcheck-bench-'));
  const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: `file:${join(directory, 'bench.db')}` });
  const prepared = await prepareDatabase(config, createLogger(config));
  await prepared.db.$disconnect();
  const target = parseDatabaseUrl(config.databaseUrl);
  const org = addSyntheticOrg((target as { filePath: string }).filePath, options);
  const queries: string[] = [];
  const db = await createPrismaClient(target, { onQuery: (sql) => queries.push(sql) });
  const deps: CoreDeps = { db, settings: coreSettingsFrom(config), logger: silentLogger, now: () => options.now };
  return {
    deps,
    org,
    queries,
    async close() {
      await db.$disconnect();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
