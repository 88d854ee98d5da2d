export const IMPORT_SECTIONS = ['skills', 'roles', 'content', 'employees', 'questionBank'] as const;
export type ImportSection = (typeof IMPORT_SECTIONS)[number];

/** One row of an import, with where it came from ("employees.csv line 4", "roles[2]") for the report. */
export interface ImportRow {
  source: string;
  data: unknown;
}

export type ImportBatch = Record<ImportSection, ImportRow[]>;

export interface ImportReport {
  /** false when any row was rejected: then nothing was written */
  ok: boolean;
  dryRun: boolean;
  counts: Record<ImportSection, { received: number; created: number; updated: number; unchanged: number }>;
  rejected: { section: ImportSection; source: string; key: string | null; reason: string }[];
}

export const emptyBatch = (): ImportBatch => ({ skills: [], roles: [], content: [], employees: [], questionBank: [] });
