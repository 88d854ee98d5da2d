import { isAbsolute, resolve } from 'node:path';

/** What DATABASE_URL selects: a SQLite file (`file:` path) or a PostgreSQL server. */
export type DatabaseTarget = { provider: 'sqlite'; filePath: string } | { provider: 'postgresql'; url: string };

export class DatabaseUrlError extends Error {
  override name = 'DatabaseUrlError';
}

export function parseDatabaseUrl(url: string, cwd: string = process.cwd()): DatabaseTarget {
  if (url.startsWith('file:')) {
    const raw = url.slice('file:'.length).replace(/^\/\/(?=\/)/, '').split('?')[0] ?? '';
    if (raw === '') throw new DatabaseUrlError('DATABASE_URL "file:" needs a path, e.g. file:./data/skillcheck.db');
    return { provider: 'sqlite', filePath: raw === ':memory:' ? raw : isAbsolute(raw) ? raw : resolve(cwd, raw) };
  }
  if (url.startsWith('postgres://') || url.startsWith('postgresql://')) return { provider: 'postgresql', url };
  throw new DatabaseUrlError('DATABASE_URL must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL)');
}
