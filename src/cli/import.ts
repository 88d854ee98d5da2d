/**
 * `npm run import -- <file> [<file> ...] [--dry-run]`: imports organisation data (JSON or CSV, see
 * README) into DATABASE_URL. All files are checked together and imported in one transaction:
 * if any row is rejected, nothing is written and the command exits 1 with the report.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { prepareDatabase } from '../app/database.js';
import { createLogger } from '../app/logger.js';
import { batchFromFile } from '../admin-io/read-import.js';
import { ImportFileError, mergeBatches } from '../admin-io/json-import.js';
import { loadConfig } from '../config/config.js';
import { importOrganisation } from '../core/admin/import-organisation.js';
import { CLI_ACTOR } from '../core/audit/actor.js';

const args = process.argv.slice(2);
const dryRun = args.includes('--dry-run');
const files = args.filter((arg) => !arg.startsWith('--'));
if (files.length === 0) {
  console.error('usage: npm run import -- <file.json|file.csv> [more files] [--dry-run]');
  process.exit(2);
}

let batch;
try {
  batch = mergeBatches(...files.map((file) => batchFromFile(basename(file), readFileSync(file, 'utf8'))));
} catch (error) {
  console.error(error instanceof ImportFileError || (error as NodeJS.ErrnoException).code === 'ENOENT' ? (error as Error).message : error);
  process.exit(2);
}

const config = { ...loadConfig(), seedDemoData: false };
const { db } = await prepareDatabase(config, createLogger({ logLevel: 'warn' }));
try {
  const report = await importOrganisation({ db }, { batch, dryRun, auditActor: CLI_ACTOR });
  for (const [section, count] of Object.entries(report.counts)) {
    if (count.received > 0) console.log(`${section.padEnd(13)} ${count.received} rows: ${count.created} created, ${count.updated} updated, ${count.unchanged} unchanged`);
  }
  if (!report.ok) {
    console.error(`\n${report.rejected.length === 1 ? '1 row' : `${report.rejected.length} rows`} rejected; nothing was imported:`);
    for (const row of report.rejected) console.error(`  ${row.source}${row.key ? ` (${row.key})` : ''}: ${row.reason}`);
    process.exitCode = 1;
  } else if (dryRun) console.log('\ndry run: nothing was written');
} finally {
  await db.$disconnect();
}
