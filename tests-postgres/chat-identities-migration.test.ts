import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migratePostgres } from '../src/db/migrations/postgres-migrator.js';
import { migrationsDir } from '../src/shared/project-paths.js';
import { DEPENDENT_TABLES, EXPECTED_IDENTITIES, KEPT_EMPLOYEE_COLUMNS, legacyRows, migrationsAroundIdentities, onColumnsOf } from '../tests/helpers/chat-identity-fixture.js';
import { freshDatabase } from '../tests/helpers/test-database.js';

/** Runs only in `npm run test:postgres`: the identity migration on a database filled before it. */
describe('PostgreSQL: chat identities migration', () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    database = await freshDatabase('/nonexistent');
  });
  afterAll(() => database.drop());

  it('carries every link and reference over, and loses no row of any table', async () => {
    const { before, all } = migrationsAroundIdentities(migrationsDir('postgresql'));
    await migratePostgres(database.url, before);

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      for (const sql of legacyRows("'2026-11-30 09:00:00'")) await client.query(sql);
      const rowsOf = async (table: string) => (await client.query(`SELECT * FROM "${table}" ORDER BY "id"`)).rows;
      const dependentsBefore: Record<string, unknown[]> = {};
      for (const table of DEPENDENT_TABLES) dependentsBefore[table] = await rowsOf(table);
      const employeesBefore = (await client.query(`SELECT ${KEPT_EMPLOYEE_COLUMNS.map((c) => `"${c}"`).join(', ')} FROM "Employee" ORDER BY "id"`)).rows;

      const report = await migratePostgres(database.url, all);
      expect(report.applied).toEqual(all.slice(before.length).map((migration) => migration.name));

      const identities = await client.query('SELECT "employeeId", "platform", "userId", "secondaryId", "conversationReference", "createdAt", "updatedAt" FROM "ChatIdentity" ORDER BY "employeeId", "platform"');
      expect(identities.rows.map(({ createdAt: _c, updatedAt: _u, ...identity }) => identity)).toEqual(EXPECTED_IDENTITIES);
      for (const row of identities.rows) {
        expect(row.createdAt).toBeInstanceOf(Date);
        expect(row.updatedAt).toBeInstanceOf(Date);
      }
      // Later migrations add columns; every row keeps every value it had.
      for (const table of DEPENDENT_TABLES) {
        const rows = await rowsOf(table);
        expect(onColumnsOf(rows, dependentsBefore[table]!), table).toEqual(dependentsBefore[table]);
        expect(rows, table).toHaveLength(dependentsBefore[table]!.length);
      }
      expect(onColumnsOf(await rowsOf('Employee'), employeesBefore)).toEqual(employeesBefore);
      const gone = await client.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name = 'ChatConversation'");
      expect(gone.rows).toEqual([]);
    } finally {
      await client.end();
    }
  });

  it('a reference naming a user already linked to someone else stops the migration, and nothing is dropped', async () => {
    const other = await freshDatabase('/nonexistent');
    try {
      const { before, all } = migrationsAroundIdentities(migrationsDir('postgresql'));
      await migratePostgres(other.url, before);
      const client = new pg.Client({ connectionString: other.url });
      await client.connect();
      try {
        for (const sql of legacyRows("'2026-11-30 09:00:00'")) await client.query(sql);
        // Gus (no link) holds a reference naming Ben's AAD object id
        await client.query(`INSERT INTO "ChatConversation" ("id", "employeeId", "platform", "reference", "updatedAt") VALUES (5, 7, 'teams', '{"user":{"id":"29:ben","aadObjectId":"aad-ben"}}', now())`);
        await expect(migratePostgres(other.url, all)).rejects.toThrow(/ChatIdentity_platform_userId_key/);
        expect((await client.query('SELECT count(*)::int AS n FROM "ChatConversation"')).rows[0].n).toBe(5);
        expect((await client.query('SELECT count(*)::int AS n FROM "Employee" WHERE "teamsAadObjectId" IS NOT NULL')).rows[0].n).toBe(2);
      } finally {
        await client.end();
      }
    } finally {
      await other.drop();
    }
  });
});
