import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { checksumOf, readMigrations } from '../../src/db/migrations/migration-files.js';
import { pendingSqliteMigrationSql } from '../../tools/db/schema-engine.js';
import { MigrationError, migrateSqlite } from '../../src/db/migrations/sqlite-migrator.js';
import { migrationsDir, schemaPath } from '../../src/shared/project-paths.js';

const scratch = mkdtempSync(join(tmpdir(), 'skillcheck-migrations-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('migrations', () => {
  it('schema.prisma and the committed migrations do not drift apart', async () => {
    const pending = await pendingSqliteMigrationSql(schemaPath('sqlite'), migrationsDir('sqlite'));
    expect(pending, 'run `npm run db:migration -- <name>` and commit the result').toBe('');
  });

  it('the drift check sees a change to the schema', async () => {
    const schema = join(scratch, 'changed.prisma');
    writeFileSync(schema, readFileSync(schemaPath('sqlite'), 'utf8').replace('model Skill {', 'model Skill {\n  colour String?'));
    const pending = await pendingSqliteMigrationSql(schema, migrationsDir('sqlite'));
    expect(pending).toMatch(/ALTER TABLE "Skill" ADD COLUMN "colour" TEXT/);
  });

  it("keeps Prisma's _prisma_migrations table, and applies each migration once", () => {
    const file = join(scratch, 'fresh.db');
    const migrations = readMigrations(migrationsDir('sqlite'));
    expect(migrations.length).toBeGreaterThan(0);
    const first = migrateSqlite(file, migrations);
    expect(first.applied).toEqual(migrations.map((migration) => migration.name));
    const second = migrateSqlite(file, migrations);
    expect(second).toEqual({ applied: [], alreadyApplied: first.applied, modified: [] });

    const db = new Database(file, { readonly: true });
    const rows = db.prepare('SELECT * FROM "_prisma_migrations" ORDER BY started_at').all() as Record<string, unknown>[];
    const columns = (db.prepare('PRAGMA table_info("_prisma_migrations")').all() as { name: string; type: string }[]).map((c) => `${c.name} ${c.type}`);
    db.close();
    expect(columns).toEqual([
      'id TEXT',
      'checksum TEXT',
      'finished_at DATETIME',
      'migration_name TEXT',
      'logs TEXT',
      'rolled_back_at DATETIME',
      'started_at DATETIME',
      'applied_steps_count INTEGER UNSIGNED',
    ]);
    expect(rows).toHaveLength(migrations.length);
    const sql = readFileSync(join(migrationsDir('sqlite'), migrations[0]!.name, 'migration.sql'), 'utf8');
    expect(rows[0]).toMatchObject({ migration_name: migrations[0]!.name, checksum: checksumOf(sql), applied_steps_count: 1, rolled_back_at: null });
    expect(rows[0]!.checksum).toMatch(/^[0-9a-f]{64}$/);
    expect(typeof rows[0]!.finished_at).toBe('number'); // Unix milliseconds, as Prisma stores them
  });

  it('a failed migration is logged and blocks later runs until it is resolved', () => {
    const dir = join(scratch, 'broken-migrations');
    cpSync(migrationsDir('sqlite'), dir, { recursive: true });
    mkdirSync(join(dir, '29991231000000_broken'));
    writeFileSync(join(dir, '29991231000000_broken', 'migration.sql'), 'ALTER TABLE "NoSuchTable" ADD COLUMN "x" TEXT;');
    const file = join(scratch, 'broken.db');
    expect(() => migrateSqlite(file, readMigrations(dir))).toThrow(MigrationError);
    expect(() => migrateSqlite(file, readMigrations(dir))).toThrow(/P3009/);
    const db = new Database(file, { readonly: true });
    const failed = db.prepare('SELECT * FROM "_prisma_migrations" WHERE migration_name = ?').get('29991231000000_broken') as Record<string, unknown>;
    db.close();
    expect(failed).toMatchObject({ finished_at: null, applied_steps_count: 0 });
    expect(failed.logs).toMatch(/NoSuchTable/);
  });

  it('reports an applied migration whose file was edited since', () => {
    const dir = join(scratch, 'edited-migrations');
    cpSync(migrationsDir('sqlite'), dir, { recursive: true });
    const file = join(scratch, 'edited.db');
    migrateSqlite(file, readMigrations(dir));
    const name = readMigrations(dir)[0]!.name;
    writeFileSync(join(dir, name, 'migration.sql'), readFileSync(join(dir, name, 'migration.sql'), 'utf8') + '\n-- edited\n');
    expect(migrateSqlite(file, readMigrations(dir)).modified).toEqual([name]);
  });
});
