import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCoreDeps } from '../../src/app/create-core-deps.js';
import { prepareDatabase } from '../../src/app/database.js';
import { createLogger } from '../../src/app/logger.js';
import { loadConfig, type Config } from '../../src/config/config.js';
import { createCore, type Core } from '../../src/core/create-core.js';
import type { Db } from '../../src/core/ports/database.js';
import { freshDatabase } from './test-database.js';
export { snapshot } from './test-database.js';

export interface TestApp {
  core: Core;
  db: Db;
  config: Config;
  directory: string;
  close(): Promise<void>;
}

/** A fresh SQLite file, migrated and seeded with the demo organisation, and the core wired as in production. */
export async function createTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const directory = mkdtempSync(join(tmpdir(), 'skillcheck-test-'));
  const database = await freshDatabase(directory);
  const config = loadConfig({ LOG_LEVEL: 'silent', DATABASE_URL: database.url, ...env });
  const logger = createLogger(config);
  const { db } = await prepareDatabase(config, logger);
  const core = createCore(createCoreDeps(config, db, logger));
  return {
    core,
    db,
    config,
    directory,
    async close() {
      await db.$disconnect();
      await database.drop();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}

export async function employeeId(db: Db, employeeNumber: string): Promise<number> {
  return (await db.employee.findUniqueOrThrow({ where: { employeeNumber } })).id;
}

/** The correct option of each question, read from the database (the views never carry it). */
export async function answerKey(db: Db, sessionId: number): Promise<Map<number, string>> {
  const rows = await db.assessmentQuestion.findMany({ where: { sessionId }, select: { id: true, correctOption: true } });
  return new Map(rows.map((row) => [row.id, row.correctOption]));
}

export const wrongOption = (correct: string) => (correct === 'A' ? 'B' : 'A');
