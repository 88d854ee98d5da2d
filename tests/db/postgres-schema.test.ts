import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pendingPostgresMigrationSql, postgresSchemaFrom } from '../../tools/db/schema-engine.js';
import { migrationsDir, schemaPath } from '../../src/shared/project-paths.js';

describe('the PostgreSQL schema and migrations', () => {
  it('are the SQLite schema with another datasource, nothing else', () => {
    expect(readFileSync(schemaPath('postgresql'), 'utf8'), 'run `npm run db:migration -- <name>`').toBe(postgresSchemaFrom(readFileSync(schemaPath('sqlite'), 'utf8')));
  });

  it('do not drift apart (checked on PGlite, offline)', async () => {
    expect(await pendingPostgresMigrationSql(schemaPath('postgresql'), migrationsDir('postgresql')), 'run `npm run db:migration -- <name>`').toBe('');
  });
});
