import type { OrganisationExport } from '../core/admin/export-organisation.js';
import { CSV_COLUMNS } from './csv-import.js';
import type { CsvValue } from './csv-cell.js';
import { writeCsv } from './write-csv.js';

export type CsvSection = keyof typeof CSV_COLUMNS;

/** One section of an export as CSV, in exactly the columns the CSV import reads (formula-leading cells neutralised, which the import undoes). */
export function sectionToCsv(data: OrganisationExport, section: CsvSection): string {
  const rows: CsvValue[][] =
    section === 'skills'
      ? data.skills.map((skill) => [skill.key, skill.name, skill.aliases.join('|'), skill.description])
      : section === 'roles'
        ? data.roles.flatMap((role) => role.skills.map((entry) => [role.key, role.name, role.description, entry.skill, entry.category, entry.targetLevel]))
        : section === 'content'
          ? data.content.map((item) => [item.key, item.skill, item.type, item.title, item.url, item.thumbnailUrl, item.minutes, item.difficulty, item.source])
          : data.employees.map((employee) => [
              employee.employeeNumber,
              employee.name,
              employee.email,
              employee.title,
              employee.role,
              employee.manager,
              employee.timezone,
              employee.skills.map((entry) => `${entry.skill}:${entry.level}`).join('|'),
              employee.notifyVia,
              employee.isAdmin ? 'true' : 'false',
            ]);
  return writeCsv([CSV_COLUMNS[section], ...rows]);
}
