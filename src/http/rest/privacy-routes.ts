import { z } from 'zod';
import type { Core } from '../../core/create-core.js';
import { HttpError } from '../http-error.js';
import { API_V1, defineRoute, type Route } from './route.js';

const person = z.object({ employeeNumber: z.string().trim().min(1).max(200) });

const erasureSchema = z.object({
  pseudonym: z.string().describe('how the audit log names the erased person from now on'),
  deleted: z.record(z.string(), z.number().int()).describe('rows deleted, by table'),
  unlinked: z.record(z.string(), z.number().int()).describe('rows kept but changed so they no longer name the person'),
});

/** Personal data rights for admins: everything stored about one person, and erasing them. */
export function privacyRoutes(core: Core): Route[] {
  return [
    defineRoute({
      method: 'get',
      path: `${API_V1}/admin/employees/:employeeNumber/personal-data`,
      operationId: 'exportPersonalData',
      summary: 'Everything stored about one employee, as a JSON download (a data access request)',
      description:
        'Every row of every table that names the person, table by table, the figures their managers\' digests keep about them, and the audit ' +
        'entries about them and by them. Secrets that are not personal data (password and token hashes) are left out and listed under `withheld`. ' +
        'Recorded in the audit log (employee.export).',
      tag: 'Personal data',
      params: person,
      audit: { action: 'employee.export', inCore: true },
      responses: {
        200: { description: 'The export, as a file to download', mediaType: 'application/json' },
        404: { description: 'No employee has that number (EMPLOYEE_NOT_FOUND)' },
      },
      handle: async ({ params, actor }) => {
        const data = await core.exportPerson({ employeeNumber: params.employeeNumber, actor });
        const filename = `personal-data-${params.employeeNumber.replace(/[^\w.-]+/g, '_')}.json`;
        return { text: { contentType: 'application/json; charset=utf-8', content: `${JSON.stringify(data, null, 2)}\n`, filename } };
      },
    }),
    defineRoute({
      method: 'post',
      path: `${API_V1}/admin/employees/:employeeNumber/erase`,
      operationId: 'erasePerson',
      summary: 'Erase an employee and everything stored about them, in one transaction (irreversible)',
      description:
        'Deletes every row that names the person and their employee record; their reports lose their manager; their figures leave digest ' +
        'snapshots; audit entries about them or by them stay, naming them by a random pseudonym, and an employee.erase entry records the erase. ' +
        'The body must repeat the employee number as `confirm`: erasing cannot be undone. A POST rather than a DELETE: the confirmation is a ' +
        'body, which a DELETE has no defined meaning for (some clients and proxies drop it), and the answer is a report of what was erased.',
      tag: 'Personal data',
      params: person,
      body: z.object({ confirm: z.string().max(200).describe('the employee number again') }),
      audit: { action: 'employee.erase', inCore: true },
      responses: {
        200: { description: 'Erased: what was deleted and changed, by table', schema: erasureSchema },
        404: { description: 'No employee has that number (EMPLOYEE_NOT_FOUND)' },
        422: { description: 'The confirmation is missing or does not repeat the employee number (ERASE_NOT_CONFIRMED)' },
      },
      handle: async ({ params, body, actor }) => {
        if (body.confirm.trim() !== params.employeeNumber) {
          throw new HttpError(422, 'ERASE_NOT_CONFIRMED', `Erasing cannot be undone: to erase ${params.employeeNumber}, send their employee number again as "confirm".`);
        }
        return { body: await core.erasePerson({ employeeNumber: params.employeeNumber, actor }) };
      },
    }),
  ];
}
