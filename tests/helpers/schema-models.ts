import { readFileSync } from 'node:fs';
import { schemaPath } from '../../src/shared/project-paths.js';

/** Each model of the schema with its scalar field names. */
export function models(): Map<string, string[]> {
  const text = readFileSync(schemaPath('sqlite'), 'utf8');
  const found = new Map<string, string[]>();
  for (const match of text.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const fields = [...match[2]!.matchAll(/^\s+(\w+)\s+\w+/gm)].map((field) => field[1]!);
    found.set(match[1]!, fields);
  }
  return found;
}

/**
 * The columns through which a row belongs to a person: their employee id under any of its names, or the id of
 * something of theirs (a sitting, a learning path, a web account). A new table with one of these is a table of
 * personal data, which the export and the erase must know.
 */
export const PERSON_COLUMNS = ['employeeId', 'recipientId', 'managerId', 'subjectId', 'actorId', 'sessionId', 'pathId', 'accountId'] as const;

/** The models holding a person's rows, read from the schema: Employee itself and every model with a person column. */
export function personModels(): string[] {
  return [...models()].filter(([name, fields]) => name === 'Employee' || fields.some((field) => (PERSON_COLUMNS as readonly string[]).includes(field))).map(([name]) => name);
}
