import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { MigrationError, migrateSqlite } from '../../src/db/migrations/sqlite-migrator.js';
import { createPrismaClient } from '../../src/db/prisma-client.js';
import { migrationsDir } from '../../src/shared/project-paths.js';
import { DEPENDENT_TABLES, EXPECTED_IDENTITIES, KEPT_EMPLOYEE_COLUMNS, legacyRows, migrationsAroundIdentities, onColumnsOf } from '../helpers/chat-identity-fixture.js';

const scratch = mkdtempSync(join(tmpdir(), 'skillcheck-identities-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The identity migration on a SQLite database that holds links and references made before it. */
describe('SQLite: chat identities migration', () => {
  it('carries every link and reference over, and rebuilding Employee loses no row of any table', async () => {
    const file = join(scratch, 'legacy.db');
    const { before, all } = migrationsAroundIdentities(migrationsDir('sqlite'));
    migrateSqlite(file, before);

    const at = String(Date.UTC(2026, 10, 30, 9));
    const db = new Database(file);
    for (const sql of legacyRows(at)) db.prepare(sql).run();
    const dependentsBefore = Object.fromEntries(DEPENDENT_TABLES.map((table) => [table, db.prepare(`SELECT * FROM "${table}" ORDER BY "id"`).all()]));
    const employeesBefore = db.prepare(`SELECT ${KEPT_EMPLOYEE_COLUMNS.map((c) => `"${c}"`).join(', ')} FROM "Employee" ORDER BY "id"`).all();
    db.close();

    const started = Date.now();
    const report = migrateSqlite(file, all);
    expect(report.applied).toEqual(all.slice(before.length).map((migration) => migration.name));

    const after = new Database(file, { readonly: true });
    try {
      const identities = after
        .prepare('SELECT "employeeId", "platform", "userId", "secondaryId", "conversationReference" FROM "ChatIdentity" ORDER BY "employeeId", "platform"')
        .all();
      expect(identities).toEqual(EXPECTED_IDENTITIES);
      for (const table of DEPENDENT_TABLES) {
        const rows = after.prepare(`SELECT * FROM "${table}" ORDER BY "id"`).all();
        expect(onColumnsOf(rows, dependentsBefore[table]!), table).toEqual(dependentsBefore[table]);
        expect(rows, table).toHaveLength(dependentsBefore[table]!.length);
      }
      expect(onColumnsOf(after.prepare('SELECT * FROM "Employee" ORDER BY "id"').all(), employeesBefore)).toEqual(employeesBefore);
      expect(after.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
      expect(after.prepare("SELECT name FROM sqlite_master WHERE name IN ('ChatConversation', 'new_Employee')").all()).toEqual([]);
      // timestamps in the application's own format (Unix milliseconds)
      const stamps = after.prepare('SELECT "createdAt", "updatedAt" FROM "ChatIdentity"').all() as { createdAt: number; updatedAt: number }[];
      for (const stamp of stamps) {
        expect(stamp.createdAt).toBeGreaterThanOrEqual(started - 1000);
        expect(typeof stamp.updatedAt).toBe('number');
      }
    } finally {
      after.close();
    }

    // The application reads the result as it reads its own rows.
    const client = await createPrismaClient({ provider: 'sqlite', filePath: file });
    try {
      const eve = await client.chatIdentity.findUniqueOrThrow({ where: { platform_userId: { platform: 'teams', userId: '29:eve' } }, include: { employee: true } });
      expect(eve.employee.name).toBe('Eve');
      expect(eve.createdAt).toBeInstanceOf(Date);
      expect(Number.isNaN(eve.createdAt.getTime())).toBe(false);
      expect(await client.employee.count({ where: { managerId: 1 } })).toBe(6);
    } finally {
      await client.$disconnect();
    }
  });

  it('a reference naming a user already linked to someone else stops the migration before anything is dropped', () => {
    const file = join(scratch, 'conflict.db');
    const { before, all } = migrationsAroundIdentities(migrationsDir('sqlite'));
    migrateSqlite(file, before);
    const db = new Database(file);
    for (const sql of legacyRows(String(Date.now()))) db.prepare(sql).run();
    // Gus (no link) holds a reference naming Ben's AAD object id
    db.prepare(`INSERT INTO "ChatConversation" ("id", "employeeId", "platform", "reference", "updatedAt") VALUES (5, 7, 'teams', '{"user":{"id":"29:ben","aadObjectId":"aad-ben"}}', ?)`).run(Date.now());
    db.close();

    expect(() => migrateSqlite(file, all)).toThrow(MigrationError);
    const after = new Database(file, { readonly: true });
    try {
      expect(after.prepare('SELECT count(*) AS n FROM "ChatConversation"').get()).toEqual({ n: 5 });
      expect(after.prepare('SELECT count(*) AS n FROM "Employee" WHERE "teamsAadObjectId" IS NOT NULL').get()).toEqual({ n: 2 });
    } finally {
      after.close();
    }
  });
});
