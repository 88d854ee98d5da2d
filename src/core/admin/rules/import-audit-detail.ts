import type { AuditDetail } from '../../audit/rules/audit-detail.js';
import type { ImportBatch, ImportReport } from '../views.js';

/** What the audit log says about an import: per section the rows received, created and updated (sections it had). */
export function importAuditDetail(batch: ImportBatch, counts: ImportReport['counts'], run: { dryRun: boolean }): AuditDetail {
  const sections = (Object.keys(counts) as (keyof typeof counts)[]).filter((section) => batch[section].length > 0);
  const pick = (field: 'received' | 'created' | 'updated') => Object.fromEntries(sections.map((section) => [section, counts[section][field]]));
  return { dryRun: run.dryRun, sections, received: pick('received'), created: pick('created'), updated: pick('updated') };
}
