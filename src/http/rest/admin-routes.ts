import { z } from 'zod';
import { sectionToCsv } from '../../admin-io/csv-export.js';
import { teamReportCsv } from '../../admin-io/team-report-csv.js';
import { batchFromCsv } from '../../admin-io/csv-import.js';
import { batchFromJson } from '../../admin-io/json-import.js';
import type { Core } from '../../core/create-core.js';
import { HttpError } from '../http-error.js';
import { defineRoute, type Route } from './route.js';
import { questionRoutes } from './question-routes.js';
import { roleRoutes } from './role-routes.js';
import { importReportSchema, teamViewSchema } from './view-schemas.js';

const flag = z.enum(['true', 'false', '1', '0']).optional().transform((value) => value === 'true' || value === '1');

/** Admin import/export and read-only reports. */
export function adminRoutes(core: Core, options: { stallDays: number }): Route[] {
  return [
    defineRoute({
      method: 'post',
      path: '/api/v1/admin/import',
      operationId: 'importOrganisation',
      summary: 'Import roles, skills, learning content, employees (and bank questions) from JSON or CSV',
      description:
        'JSON: `{ skills, roles, content, employees, questionBank }` (any subset). CSV (Content-Type text/csv): one kind per file, recognised by its header. ' +
        'Every row is validated; if any is rejected, nothing is written and the answer is 422 with the report. Importing the same data again changes nothing.',
      tag: 'Admin',
      query: z.object({ dry_run: flag, name: z.string().max(200).optional() }),
      body: z.unknown(),
      bodyMediaTypes: ['text/csv'],
      limit: 'import',
      responses: {
        200: { description: 'Imported (or, with dry_run, what would be imported)', schema: importReportSchema },
        422: { description: 'Rows were rejected; nothing was written. The report is in error.details.' },
      },
      audit: { action: 'organisation.import', inCore: true },
      handle: async ({ query, req, actor }) => {
        const name = query.name ?? 'upload';
        const batch = req.is('text/csv') || req.is('text/plain')
          ? batchFromCsv(name, typeof req.body === 'string' ? req.body : '')
          : req.is('application/json')
            ? batchFromJson(name, req.body)
            : null;
        if (!batch) throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the file as application/json or text/csv.');
        const report = await core.importOrganisation({ batch, dryRun: query.dry_run, auditActor: actor });
        if (!report.ok) throw new HttpError(422, 'IMPORT_REJECTED', `${report.rejected.length === 1 ? '1 row was' : `${report.rejected.length} rows were`} rejected; nothing was imported.`, report);
        return { body: report };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/admin/export',
      operationId: 'exportOrganisation',
      summary: 'Everything an import reads, as one JSON document that imports back unchanged',
      tag: 'Admin',
      responses: { 200: { description: 'The organisation', mediaType: 'application/json' } },
      audit: { action: 'organisation.export', subject: () => ({ label: 'organisation' }), detail: () => ({ format: 'json' }) },
      handle: async () => ({ body: await core.exportOrganisation() }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/admin/export/:section.csv',
      operationId: 'exportOrganisationCsv',
      summary: 'One kind of record as CSV, in the columns the CSV import reads',
      tag: 'Admin',
      params: z.object({ section: z.enum(['skills', 'roles', 'content', 'employees']) }),
      responses: { 200: { description: 'The CSV file', mediaType: 'text/csv' } },
      audit: { action: 'organisation.export', subject: () => ({ label: 'organisation' }), detail: ({ params }) => ({ format: 'csv', section: params.section }) },
      handle: async ({ params }) => ({
        text: { contentType: 'text/csv; charset=utf-8', content: sectionToCsv(await core.exportOrganisation(), params.section), filename: `${params.section}.csv` },
      }),
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/manager/:employeeId/team-report.csv',
      operationId: 'getTeamReportCsv',
      summary: "A manager's team as CSV: one row per direct report and assessed skill",
      tag: 'Reports',
      params: z.object({ employeeId: z.coerce.number().int().positive().max(2 ** 31 - 1) }),
      responses: { 200: { description: 'The CSV file', mediaType: 'text/csv' } },
      audit: { action: 'team.report.read', subject: ({ params }) => ({ teamOf: params.employeeId }) },
      limit: 'teamReport',
      handle: async ({ params }) => {
        const rows = await core.getTeamReport({ managerId: params.employeeId, stallDays: options.stallDays });
        const content = teamReportCsv(rows);
        return { text: { contentType: 'text/csv; charset=utf-8', content, filename: `team-report-${params.employeeId}.csv` } };
      },
    }),
    defineRoute({
      method: 'get',
      path: '/api/v1/manager/:employeeId/team',
      operationId: 'getTeam',
      summary: "A manager's direct reports with their progress bars and latest scores",
      tag: 'Reports',
      params: z.object({ employeeId: z.coerce.number().int().positive().max(2 ** 31 - 1) }),
      responses: { 200: { description: 'The team', schema: teamViewSchema } },
      audit: { action: 'team.read', subject: ({ params }) => ({ teamOf: params.employeeId }) },
      handle: async ({ params }) => ({ body: await core.getTeam({ managerId: params.employeeId }) }),
    }),
    ...questionRoutes(core),
    ...roleRoutes(core),
  ];
}
