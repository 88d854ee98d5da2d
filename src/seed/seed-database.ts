import { batchFromJson, mergeBatches } from '../admin-io/json-import.js';
import type { Db } from '../core/ports/database.js';
import { importOrganisation } from '../core/admin/import-organisation.js';
import type { ImportReport } from '../core/admin/views.js';
import { seedDemoAccounts } from './demo-accounts.js';
import type { DemoData } from './demo-data.js';

export type SeedReport = ImportReport['counts'];

/** Loads the demo organisation through the same importer admins use (idempotent, all or nothing), and its web accounts. */
export async function seedDatabase(db: Db, data: DemoData): Promise<SeedReport> {
  const batch = mergeBatches(
    batchFromJson('demo-organisation.json', data.organisation),
    batchFromJson('learning-content.json', { content: data.content }),
    batchFromJson('question-bank', { questionBank: data.questionBank }),
  );
  const report = await importOrganisation({ db }, { batch });
  if (!report.ok) {
    const first = report.rejected.slice(0, 5).map((row) => `${row.source}: ${row.reason}`);
    throw new Error(`the demo data has errors:\n${first.join('\n')}`);
  }
  // The demo's web accounts (demo-only passwords, see the README), so the quick start can sign in.
  await seedDemoAccounts(db, data.organisation.employees);
  return report.counts;
}
