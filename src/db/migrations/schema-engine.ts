import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import * as engineModule from '@prisma/schema-engine-wasm/schema_engine_bg';
import { readMigrations } from './migration-files.js';
import { migrateSqlite } from './sqlite-migrator.js';

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

async function withSqliteEngine<T>(schemaText: string, filePath: string, run: (engine: engineModule.SchemaEngine) => Promise<T>): Promise<T> {
  await loadWasm();
  const factory = bindMigrationAwareSqlAdapterFactory(new PrismaBetterSqlite3({ url: `file:${filePath}` }));
  const engine = await engineModule.SchemaEngine.new({ datamodels: [['schema.prisma', schemaText]] }, () => {}, factory);
  try {
    return await run(engine);
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
    return await withSqliteEngine(schemaText, filePath, async (engine) => {
      const from = migrations.length === 0 ? { tag: 'empty' as const } : { tag: 'schemaDatasource' as const, files: [{ path: 'schema.prisma', content: schemaText }], configDir: scratch };
      const result = await engine.diff({
        from,
        to: { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: schemaText }] },
        script: true,
        exitCode: null,
        filters: noFilters,
      });
      const sql = (result.stdout ?? '').trim();
      return sql === '' || /^-- This is an empty migration\.?$/.test(sql) ? '' : `${sql}\n`;
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
