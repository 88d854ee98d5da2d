import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPGlite } from 'pglite-prisma-adapter';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as engineModule from '@prisma/schema-engine-wasm/schema_engine_bg';
import { readMigrations } from '../../src/db/migrations/migration-files.js';
import { migrateSqlite } from '../../src/db/migrations/sqlite-migrator.js';

/**
 * Prisma's schema engine compiled to WebAssembly: the offline stand-in for the native engine that
 * `prisma migrate` would download. Used by developer tooling and the drift test, never at run time.
 */
let loaded: Promise<void> | undefined;

// Node has WebAssembly as a global; its type lives in lib.dom, which this project does not load.
const wasmApi = (globalThis as unknown as {
  WebAssembly: { instantiate(bytes: Uint8Array, imports: object): Promise<{ instance: { exports: Record<string, unknown> } }> };
}).WebAssembly;

function loadWasm(): Promise<void> {
  loaded ??= (async () => {
    const require = createRequire(import.meta.url);
    const wasmPath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg').replace(/\.js$/, '.wasm');
    const { instance } = await wasmApi.instantiate(readFileSync(wasmPath), { './schema_engine_bg.js': engineModule });
    engineModule.__wbg_set_wasm(instance.exports as never);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  })();
  return loaded;
}

const noFilters = { externalTables: [], externalEnums: [] };

/**
 * The SQL script from `from` (the database behind the adapter, or nothing) to the schema, or '' when
 * they agree.
 */
async function diffToSchema(schemaText: string, adapterFactory: object, from: { tag: 'empty' } | { tag: 'schemaDatasource'; configDir: string }): Promise<string> {
  await loadWasm();
  const factory = bindMigrationAwareSqlAdapterFactory(adapterFactory as never);
  const engine = await engineModule.SchemaEngine.new({ datamodels: [['schema.prisma', schemaText]] }, () => {}, factory);
  const schemaFiles = [{ path: 'schema.prisma', content: schemaText }];
  try {
    const result = await engine.diff({
      from: from.tag === 'empty' ? from : { ...from, files: schemaFiles },
      to: { tag: 'schemaDatamodel', files: schemaFiles },
      script: true,
      exitCode: null,
      filters: noFilters,
    });
    return cleanSql(result.stdout);
  } finally {
    engine.free();
  }
}

/**
 * The SQL that takes a database holding every committed migration to what schema.prisma describes.
 * Route: apply the migrations to a throw-away SQLite file, then diff that database against the schema.
 * An empty string means the schema and the migrations agree.
 */
export async function pendingSqliteMigrationSql(schemaFile: string, migrationsDirectory: string): Promise<string> {
  const schemaText = readFileSync(schemaFile, 'utf8');
  const scratch = mkdtempSync(join(tmpdir(), 'skillcheck-migrate-'));
  const filePath = join(scratch, 'shadow.db');
  try {
    const migrations = readMigrations(migrationsDirectory);
    migrateSqlite(filePath, migrations);
    return await diffToSchema(schemaText, new PrismaBetterSqlite3({ url: `file:${filePath}` }), migrations.length === 0 ? { tag: 'empty' } : { tag: 'schemaDatasource', configDir: scratch });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

function cleanSql(stdout: string | null): string {
  const sql = (stdout ?? '').trim();
  return sql === '' || /^-- This is an empty migration\.?$/.test(sql) ? '' : `${sql}\n`;
}

/**
 * The same for PostgreSQL: the committed migrations are applied to an in-memory PGlite (PostgreSQL
 * compiled to WebAssembly), which is then diffed against the PostgreSQL schema. (Reading a live
 * server's schema through adapter-pg fails, and a diff from "empty" would start with CREATE SCHEMA.)
 */
export async function pendingPostgresMigrationSql(schemaFile: string, migrationsDirectory: string): Promise<string> {
  const schemaText = readFileSync(schemaFile, 'utf8');
  const pglite = new PGlite();
  try {
    for (const migration of readMigrations(migrationsDirectory)) await pglite.exec(migration.sql);
    return await diffToSchema(schemaText, new PrismaPGlite(pglite), { tag: 'schemaDatasource', configDir: tmpdir() });
  } finally {
    await pglite.close();
  }
}

/** The PostgreSQL schema is the SQLite one with another datasource and client output; nothing else may differ. */
export function postgresSchemaFrom(sqliteSchema: string): string {
  return sqliteSchema
    .replace('// Skillcheck data model (SQLite provider).', '// Skillcheck data model (PostgreSQL provider). GENERATED from prisma/sqlite/schema.prisma by\n// `npm run db:migration`: edit that file, not this one.')
    .replace('output       = "../../src/generated/sqlite"', 'output       = "../../src/generated/postgresql"')
    .replace('provider = "sqlite"', 'provider = "postgresql"');
}
