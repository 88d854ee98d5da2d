import { sectionToCsv, type CsvSection } from '../../admin-io/csv-export.js';
import { CSV_COLUMNS } from '../../admin-io/csv-import.js';
import type { ConsolePageModule } from '../create-console-router.js';
import { localsOf, PageError } from '../create-console-router.js';
import { consolePage } from '../pages/layout.js';
import { h } from './admin-html.js';
import { ADMIN_PATHS } from './admin-paths.js';

const CSV_SECTIONS = Object.keys(CSV_COLUMNS) as CsvSection[];
const SECTION_WORDS: Record<CsvSection, string> = { skills: 'Skills', roles: 'Roles and their expected skills', content: 'Learning content', employees: 'People' };
const isCsvSection = (value: string): value is CsvSection => (CSV_SECTIONS as string[]).includes(value);

/** The organisation export: the whole JSON document, and each kind of record as CSV, in the import's own format. */
export const exportPages: ConsolePageModule = (router, { core, admin, handle, audit }) => {
  router.get(ADMIN_PATHS.export, admin, (_req, res) => {
    const main = `<h1>Export</h1>
<p class="muted">Everything the import reads, in its own format: an export imports back unchanged. Scores and answers are not part of it.</p>
<div class="panel"><h2>The whole organisation</h2><p><a class="button primary" href="${ADMIN_PATHS.exportJson}" download>Download organisation.json</a></p></div>
<div class="panel"><h2>One kind as CSV</h2><ul>${CSV_SECTIONS.map(
      (section) => `<li><a href="${ADMIN_PATHS.exportCsv(section)}" download>${h(SECTION_WORDS[section])} (${section}.csv)</a></li>`,
    ).join('')}</ul></div>`;
    res.type('html').send(consolePage(localsOf(res).page, { title: 'Export', section: 'admin', main }));
  });

  router.get(
    ADMIN_PATHS.exportJson,
    admin,
    audit('organisation.export', () => ({ label: 'organisation' }), () => ({ format: 'json' })),
    handle(async (_req, res) => {
      res.attachment('organisation.json').type('application/json').send(`${JSON.stringify(await core.exportOrganisation(), null, 2)}\n`);
    }),
  );

  router.get(
    `${ADMIN_PATHS.export}/:file`,
    admin,
    audit('organisation.export', () => ({ label: 'organisation' }), (req) => ({ format: 'csv', section: String(req.params.file).replace(/\.csv$/, '') })),
    handle(async (req, res) => {
      const section = /^([a-z]+)\.csv$/.exec(String(req.params.file))?.[1] ?? '';
      if (!isCsvSection(section)) throw new PageError(404, 'Not found', 'There is no such export.');
      res.attachment(`${section}.csv`).type('text/csv; charset=utf-8').send(sectionToCsv(await core.exportOrganisation(), section));
    }),
  );
};
