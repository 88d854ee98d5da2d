import { batchFromFile } from '../../admin-io/read-import.js';
import { ImportFileError } from '../../admin-io/json-import.js';
import { IMPORT_KINDS, isImportKind, kindProblem, type ImportKind } from '../../admin-io/import-kinds.js';
import type { ImportBatch, ImportReport, ImportSection } from '../../core/admin/views.js';
import type { ConsolePageModule } from '../create-console-router.js';
import { localsOf } from '../create-console-router.js';
import { consolePage, csrfField, type PageContext } from '../pages/layout.js';
import { field, h, num, select, table } from './admin-html.js';
import { ADMIN_PATHS } from './admin-paths.js';

interface Pasted {
  content: string;
  name: string;
  kind: ImportKind;
}

const SECTION_NAMES: Record<ImportSection, string> = { skills: 'Skills', roles: 'Roles', content: 'Learning content', employees: 'People', questionBank: 'Bank questions' };

const OUTCOME_WORDS = {
  preview: { created: 'would be created', updated: 'would be updated', unchanged: 'unchanged', valid: 'passes its checks (held back)' },
  written: { created: 'created', updated: 'updated', unchanged: 'unchanged', valid: 'passes its checks (held back)' },
} as const;

function pastedFrom(body: unknown): Pasted {
  const kind = field(body, 'kind');
  const name = field(body, 'name').trim().slice(0, 120);
  return { content: field(body, 'content'), name: name || 'pasted', kind: isImportKind(kind) ? kind : 'auto' };
}

/** The form: paste a CSV or JSON file, say what it holds, and preview it. */
function pasteForm(ctx: PageContext, pasted: Pasted, options: { heading: string }): string {
  return `<h2 id="paste">${h(options.heading)}</h2>
<form class="stack panel" method="post" action="${ADMIN_PATHS.importPreview}" aria-labelledby="paste">${csrfField(ctx.csrf)}
<div><label for="import-kind">What it holds</label>
${select({ id: 'import-kind', name: 'kind', values: Object.entries(IMPORT_KINDS), selected: pasted.kind })}</div>
<div><label for="import-name">File name <span class="hint">(optional: rows are reported as "name line 4")</span></label>
<input type="text" id="import-name" name="name" value="${h(pasted.name === 'pasted' ? '' : pasted.name)}" maxlength="120" autocomplete="off"></div>
<div><label for="import-content">CSV or JSON</label>
<textarea id="import-content" name="content" required spellcheck="false" aria-describedby="import-hint">${h(pasted.content)}</textarea>
<p class="hint" id="import-hint">One kind of record per CSV file, recognised by its header: skills (key, name, aliases, description); roles (role_key, role_name, role_description, skill, category, target_level); content (key, skill, type, title, url, thumbnail_url, minutes, difficulty, source); people (employee_number, name, email, title, role, manager, timezone, skills, notify_via, is_admin). JSON holds any of skills, roles, content, employees and questionBank, as the export writes it.</p></div>
<div class="actions"><button type="submit" class="button primary">Preview</button></div>
</form>`;
}

function reportTables(report: ImportReport, mode: keyof typeof OUTCOME_WORDS): string {
  const sections = (Object.keys(report.counts) as ImportSection[]).filter((section) => report.counts[section].received > 0);
  const counts = table({
    caption: mode === 'preview' ? 'What the import would do' : 'What the import did',
    head: ['Kind', 'Rows', 'Created', 'Updated', 'Unchanged', 'Refused'],
    numeric: [1, 2, 3, 4, 5],
    rows: sections.map((section) => {
      const count = report.counts[section];
      const refused = report.rejected.filter((row) => row.section === section).length;
      return `<tr><th scope="row">${SECTION_NAMES[section]}</th>${num(count.received)}${num(count.created)}${num(count.updated)}${num(count.unchanged)}${num(refused)}</tr>`;
    }),
  });
  const refused =
    report.rejected.length > 0
      ? `<h2>Refused rows</h2>${table({
          caption: `${report.rejected.length === 1 ? '1 row' : `${report.rejected.length} rows`} refused, with the reason`,
          head: ['Row', 'Kind', 'Key', 'Why'],
          rows: report.rejected.map((row) => `<tr class="refused"><td>${h(row.source)}</td><td>${SECTION_NAMES[row.section]}</td><td>${h(row.key ?? '')}</td><td>${h(row.reason)}</td></tr>`),
        })}`
      : '';
  const rows =
    report.rows.length > 0
      ? `<h2>Row by row</h2>${table({
          caption: 'Every row that was not refused',
          head: ['Row', 'Kind', 'Key', 'Outcome'],
          rows: report.rows.map((row) => `<tr><td>${h(row.source)}</td><td>${SECTION_NAMES[row.section]}</td><td>${h(row.key)}</td><td>${OUTCOME_WORDS[mode][row.outcome]}</td></tr>`),
        })}`
      : '';
  return counts + refused + rows;
}

const total = (report: ImportReport, outcome: 'created' | 'updated' | 'unchanged') => Object.values(report.counts).reduce((sum, count) => sum + count[outcome], 0);

function importPage(ctx: PageContext, pasted: Pasted, result?: { report: ImportReport } | { problem: string }): string {
  let main = `<h1>Import</h1>
<p class="muted">Paste a CSV or JSON file. <strong>Preview</strong> checks every row and shows what would be created, updated or refused, writing nothing; then <strong>Import</strong> writes it. If any row is refused, nothing is imported until it is fixed.</p>`;
  let notice: { text: string; error?: boolean } | undefined;
  if (result && 'problem' in result) {
    notice = { text: result.problem, error: true };
  } else if (result) {
    const { report } = result;
    if (!report.ok) {
      notice = { text: `${report.rejected.length === 1 ? '1 row was' : `${report.rejected.length} rows were`} refused: nothing has been imported. Fix them and preview again.`, error: true };
    } else if (report.dryRun) {
      notice = { text: 'Preview: nothing has been written yet.' };
      main += `<section class="panel" aria-labelledby="confirm"><h2 id="confirm">Import this?</h2>
<p>Importing will create ${total(report, 'created')}, update ${total(report, 'updated')} and leave ${total(report, 'unchanged')} unchanged, as listed below.</p>
<form method="post" action="${ADMIN_PATHS.import}">${csrfField(ctx.csrf)}<input type="hidden" name="kind" value="${h(pasted.kind)}"><input type="hidden" name="name" value="${h(pasted.name)}"><input type="hidden" name="content" value="${h(pasted.content)}">
<button type="submit" class="button primary">Import</button></form></section>`;
    } else {
      notice = { text: `Imported: ${total(report, 'created')} created, ${total(report, 'updated')} updated, ${total(report, 'unchanged')} unchanged.` };
    }
    main += reportTables(report, report.dryRun || !report.ok ? 'preview' : 'written');
  }
  const written = result && 'report' in result && result.report.ok && !result.report.dryRun;
  main += pasteForm(ctx, written ? { content: '', name: 'pasted', kind: 'auto' } : pasted, { heading: result ? (written ? 'Import another file' : 'The file') : 'Paste a file' });
  return consolePage(ctx, { title: 'Import', section: 'admin', main, ...(notice ? { notice } : {}) });
}

/** The file as a batch of rows, or why it cannot be read as the kind chosen. */
function read(pasted: Pasted): { batch: ImportBatch } | { problem: string } {
  if (pasted.content.trim() === '') return { problem: 'Paste the CSV or JSON to import first.' };
  try {
    const batch = batchFromFile(pasted.name, pasted.content);
    const problem = kindProblem(batch, pasted.kind);
    return problem ? { problem } : { batch };
  } catch (error) {
    if (error instanceof ImportFileError) return { problem: error.message };
    throw error;
  }
}

/** The import page: paste, preview (a dry run: the row-by-row report, nothing written), then import. */
export const importPages: ConsolePageModule = (router, { core, admin, handle }) => {
  router.get(ADMIN_PATHS.import, admin, (_req, res) => {
    res.type('html').send(importPage(localsOf(res).page, { content: '', name: 'pasted', kind: 'auto' }));
  });

  for (const [path, dryRun] of [
    [ADMIN_PATHS.importPreview, true],
    [ADMIN_PATHS.import, false],
  ] as const) {
    router.post(
      path,
      admin,
      // The core records the import (or its preview) in its transaction, naming the signed-in admin; a rejected one records nothing.
      handle(async (req, res) => {
        const pasted = pastedFrom(req.body);
        const read_ = read(pasted);
        if ('problem' in read_) {
          res.status(422).type('html').send(importPage(localsOf(res).page, pasted, read_));
          return;
        }
        await core.takeAllowance({ action: 'import', employeeId: localsOf(res).viewer.employeeId });
        const report = await core.importOrganisation({ batch: read_.batch, dryRun, auditActor: { employeeId: localsOf(res).viewer.employeeId, channel: 'console' } });
        res.status(report.ok ? 200 : 422).type('html').send(importPage(localsOf(res).page, pasted, { report }));
      }),
    );
  }
};
