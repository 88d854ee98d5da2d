import { batchFromCsv } from './csv-import.js';
import { batchFromJson, ImportFileError } from './json-import.js';
import type { ImportBatch } from '../core/admin/views.js';

/** An uploaded or given file: JSON when it says so (name or first character), CSV otherwise. */
export function batchFromFile(name: string, text: string): ImportBatch {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed === '') throw new ImportFileError(`${name}: the file is empty`);
  if (name.toLowerCase().endsWith('.json') || trimmed.startsWith('{') || trimmed.startsWith('[')) {
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (error) {
      throw new ImportFileError(`${name}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
    }
    return batchFromJson(name, value);
  }
  return batchFromCsv(name, text);
}
