import { parse } from 'csv-parse/sync';
import { emptyBatch, type ImportBatch, type ImportRow } from '../core/admin/views.js';
import { fromCsvCell } from './csv-cell.js';
import { ImportFileError } from './json-import.js';

/**
 * CSV files, one kind per file, recognised by their header (column order is free):
 * - skills:    key, name, aliases (separated by |), description
 * - roles:     role_key, role_name, role_description, skill, category (CORE | NICE_TO_HAVE), target_level
 *              one row per expected skill; the rows of one role_key make one role
 * - content:   key, skill, type (VIDEO | COURSE | ARTICLE), title, url, thumbnail_url, minutes, difficulty, source
 * - employees: employee_number, name, email, title, role, manager (employee number), timezone,
 *              skills (skill:level separated by |; an empty cell leaves the claimed skills as they are),
 *              notify_via (AUTO | SLACK | TEAMS | BOTH: where digests and reminders go; optional),
 *              is_admin (true | false: a Skillcheck admin; optional, an empty cell leaves it as it is)
 */
export const CSV_COLUMNS = {
  skills: ['key', 'name', 'aliases', 'description'],
  roles: ['role_key', 'role_name', 'role_description', 'skill', 'category', 'target_level'],
  content: ['key', 'skill', 'type', 'title', 'url', 'thumbnail_url', 'minutes', 'difficulty', 'source'],
  employees: ['employee_number', 'name', 'email', 'title', 'role', 'manager', 'timezone', 'skills', 'notify_via', 'is_admin'],
} as const;

type Kind = keyof typeof CSV_COLUMNS;
type Record_ = Record<string, string>;

const list = (value: string | undefined) => (value ?? '').split('|').map((part) => part.trim()).filter(Boolean);
const optional = (value: string | undefined) => (value === undefined || value.trim() === '' ? undefined : value.trim());
const nullable = (value: string | undefined) => optional(value) ?? null;
/** Yes and no in the usual spellings; anything else stays text, so validation reports it. */
const yesNo = (value: string | undefined) => {
  const text = optional(value)?.toLowerCase();
  if (text === undefined) return undefined;
  return ['true', 'yes', '1'].includes(text) ? true : ['false', 'no', '0'].includes(text) ? false : text;
};
/** Numbers stay text when they are not numbers, so validation reports them instead of a silent NaN. */
const number = (value: string | undefined) => {
  const text = optional(value);
  return text === undefined ? undefined : /^-?\d+$/.test(text) ? Number(text) : text;
};

function detectKind(header: string[]): Kind {
  const columns = new Set(header);
  if (columns.has('employee_number')) return 'employees';
  if (columns.has('role_key')) return 'roles';
  if (columns.has('url') || columns.has('title')) return 'content';
  if (columns.has('key') && columns.has('name')) return 'skills';
  throw new ImportFileError(
    `cannot tell what this CSV holds from its header (${header.join(', ')}); expected the columns of skills, roles, content or employees`,
  );
}

export function batchFromCsv(name: string, text: string): ImportBatch {
  let records: Record_[];
  let header: string[] = [];
  try {
    records = parse(text, {
      columns: (columns: string[]) => (header = columns.map((column) => column.trim().toLowerCase())),
      skip_empty_lines: true,
      trim: true,
      bom: true,
      relax_column_count: false,
    }) as Record_[];
    // Our own exports neutralise formula-leading cells ('=...); the import takes that quote off again.
    records = records.map((record) => Object.fromEntries(Object.entries(record).map(([column, value]) => [column, fromCsvCell(value)])));
  } catch (error) {
    throw new ImportFileError(`${name}: not valid CSV (${error instanceof Error ? error.message : String(error)})`);
  }
  const kind = detectKind(header);
  const unknown = header.filter((column) => column && !(CSV_COLUMNS[kind] as readonly string[]).includes(column));
  if (unknown.length > 0) throw new ImportFileError(`${name}: unknown column ${unknown.join(', ')} for ${kind} (expected ${CSV_COLUMNS[kind].join(', ')})`);
  const batch = emptyBatch();
  const source = (index: number) => `${name} line ${index + 2}`;

  if (kind === 'skills') {
    batch.skills = records.map((row, index) => ({
      source: source(index),
      data: { key: row.key, name: row.name, aliases: list(row.aliases), description: optional(row.description) },
    }));
  } else if (kind === 'content') {
    batch.content = records.map((row, index) => ({
      source: source(index),
      data: {
        key: row.key,
        skill: row.skill,
        type: row.type?.toUpperCase(),
        title: row.title,
        url: row.url,
        thumbnailUrl: nullable(row.thumbnail_url),
        minutes: number(row.minutes),
        difficulty: row.difficulty?.toUpperCase(),
        source: optional(row.source),
      },
    }));
  } else if (kind === 'employees') {
    batch.employees = records.map((row, index): ImportRow => {
      const skills = optional(row.skills)
        ?.split('|')
        .map((entry) => {
          const [skill, level] = entry.split(':').map((part) => part.trim());
          return { skill, level: number(level) ?? 3 };
        });
      return {
        source: source(index),
        data: {
          employeeNumber: row.employee_number,
          name: row.name,
          email: row.email,
          title: optional(row.title),
          role: nullable(row.role),
          manager: nullable(row.manager),
          timezone: nullable(row.timezone),
          ...(optional(row.notify_via) ? { notifyVia: optional(row.notify_via)!.toUpperCase() } : {}),
          ...(yesNo(row.is_admin) !== undefined ? { isAdmin: yesNo(row.is_admin) } : {}),
          ...(skills ? { skills } : {}),
        },
      };
    });
  } else {
    // Rows of one role_key become one role; the role is reported at its first line.
    const roles = new Map<string, { source: string; data: { key: string; name?: string; description?: string; skills: unknown[] } }>();
    records.forEach((row, index) => {
      const key = row.role_key ?? '';
      const role = roles.get(key) ?? { source: source(index), data: { key, name: row.role_name, description: optional(row.role_description), skills: [] } };
      role.data.name ??= optional(row.role_name);
      role.data.description ??= optional(row.role_description);
      role.data.skills.push({ skill: row.skill, category: row.category?.toUpperCase().replace(/[\s-]+/g, '_'), targetLevel: number(row.target_level) });
      roles.set(key, role);
    });
    batch.roles = [...roles.values()];
  }
  return batch;
}
