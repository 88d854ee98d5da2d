import { emptyBatch, type ImportBatch } from '../core/admin/views.js';

export class ImportFileError extends Error {
  override name = 'ImportFileError';
}

const asArray = (value: unknown, what: string): unknown[] => {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ImportFileError(`"${what}" must be a list`);
  return value;
};

/**
 * An organisation JSON file: `{ "skills": [...], "roles": [...], "content": [...], "employees": [...],
 * "questionBank": [{ "skill": "<key>", "questions": [...] }] }`, every section optional (the format
 * of prisma/seed/demo-organisation.json and of the export).
 */
export function batchFromJson(name: string, value: unknown): ImportBatch {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new ImportFileError(`${name}: expected an object with skills, roles, content, employees and/or questionBank`);
  }
  const body = value as Record<string, unknown>;
  const known = ['skills', 'roles', 'content', 'employees', 'questionBank'];
  const unknown = Object.keys(body).filter((key) => !known.includes(key));
  if (unknown.length > 0) throw new ImportFileError(`${name}: unknown section ${unknown.map((key) => `"${key}"`).join(', ')}; expected ${known.join(', ')}`);
  const batch = emptyBatch();
  for (const section of ['skills', 'roles', 'content', 'employees'] as const) {
    batch[section] = asArray(body[section], section).map((data, index) => ({ source: `${name} ${section}[${index}]`, data }));
  }
  asArray(body.questionBank, 'questionBank').forEach((group, groupIndex) => {
    const { skill, questions } = (group ?? {}) as { skill?: unknown; questions?: unknown };
    asArray(questions, `questionBank[${groupIndex}].questions`).forEach((question, index) => {
      batch.questionBank.push({ source: `${name} questionBank[${groupIndex}].questions[${index}]`, data: { skill, question } });
    });
  });
  return batch;
}

export function mergeBatches(...batches: ImportBatch[]): ImportBatch {
  const merged = emptyBatch();
  for (const batch of batches) for (const section of Object.keys(merged) as (keyof ImportBatch)[]) merged[section].push(...batch[section]);
  return merged;
}
