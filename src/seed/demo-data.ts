import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { seedDir } from '../shared/project-paths.js';
import { bankFileSchema, contentSchema, organisationSchema, type BankFileData, type ContentData, type OrganisationData } from '../core/admin/organisation-schemas.js';

export interface DemoData {
  organisation: OrganisationData;
  content: ContentData[];
  questionBank: BankFileData[];
}

function readJson<T>(file: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Reads and validates the demo organisation, learning content and question bank under prisma/seed/. */
export function loadDemoData(directory: string = seedDir): DemoData {
  const bankDir = join(directory, 'question-bank');
  return {
    organisation: readJson(join(directory, 'demo-organisation.json'), organisationSchema),
    content: readJson(join(directory, 'learning-content.json'), z.array(contentSchema)),
    questionBank: readdirSync(bankDir)
      .filter((name) => name.endsWith('.json'))
      .sort()
      .map((name) => readJson(join(bankDir, name), bankFileSchema)),
  };
}

/** The demo organisation's people, as their employee number and e-mail address: how the demo data set is recognised. */
export function demoPeople(directory: string = seedDir): { employeeNumber: string; email: string }[] {
  return readJson(join(directory, 'demo-organisation.json'), organisationSchema).employees.map((employee) => ({ employeeNumber: employee.employeeNumber, email: employee.email }));
}
