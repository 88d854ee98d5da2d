/** `npm run db:migrate`: applies the committed migrations to DATABASE_URL (the server also does this at start). */
import { loadConfig } from '../config/config.js';
import { parseDatabaseUrl } from '../db/database-url.js';
import { readMigrations } from '../db/migrations/migration-files.js';
import { migrateSqlite } from '../db/migrations/sqlite-migrator.js';
import { migratePostgres } from '../db/migrations/postgres-migrator.js';
import { migrationsDir } from '../shared/project-paths.js';

const target = parseDatabaseUrl(loadConfig().databaseUrl);
const committed = readMigrations(migrationsDir(target.provider));
const report = target.provider === 'sqlite' ? migrateSqlite(target.filePath, committed) : await migratePostgres(target.url, committed);
console.log(report.applied.length === 0 ? 'database is up to date' : `applied: ${report.applied.join(', ')}`);
if (report.modified.length > 0) console.warn(`warning: these applied migrations were edited since: ${report.modified.join(', ')}`);
