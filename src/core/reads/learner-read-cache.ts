import { LRUCache } from 'lru-cache';
import type { CoreDeps } from '../context.js';

/** The learner reads kept: each is one view per person. */
export type LearnerRead = 'dashboard' | 'progress-bar' | 'learning-path';

const LEARNER_READS: readonly LearnerRead[] = ['dashboard', 'progress-bar', 'learning-path'];

interface Entry {
  stamp: string;
  view: unknown;
}

/**
 * Learner reads computed once and served again while nothing they are computed from has changed, in this
 * process, bounded by size (least recently used first out). Whether an entry is still true is asked of the
 * database on every read (one statement: the read stamps of read-stamps.ts), so a write by any process,
 * through any code path, is seen by the next read.
 */
export class LearnerReadCache {
  private readonly entries: LRUCache<string, Entry>;
  hits = 0;
  misses = 0;

  constructor(options: { maxBytes: number }) {
    this.entries = new LRUCache<string, Entry>({ maxSize: options.maxBytes, sizeCalculation: (entry) => sizeOf(entry.view) });
  }

  get(key: string, stamp: string): unknown {
    const entry = this.entries.get(key);
    if (entry?.stamp === stamp) {
      this.hits += 1;
      return entry.view;
    }
    this.misses += 1;
    return undefined;
  }

  set(key: string, stamp: string, view: unknown): void {
    this.entries.set(key, { stamp, view: deepFreeze(view) });
  }

  /** Drops every read kept for one person (an erased person leaves nothing behind in memory). */
  forget(employeeId: number): void {
    for (const read of LEARNER_READS) this.entries.delete(`${read}:${employeeId}`);
  }

  /** Whether anything is kept for one person. */
  holds(employeeId: number): boolean {
    return LEARNER_READS.some((read) => this.entries.has(`${read}:${employeeId}`));
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Bytes a view takes, roughly: its JSON text, two bytes a character, once when stored. */
const sizeOf = (view: unknown) => Math.max(1, JSON.stringify(view).length * 2);

/** A kept view is shared by every later reader: frozen, so that a caller changing it fails loudly instead of changing everyone's. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

interface StampRow {
  own: number | bigint;
  manager: number | bigint | null;
  catalogue: number | bigint | null;
}

/**
 * The read stamp of a person: their own version, their manager's and the catalogue's, in one statement.
 * Null when there is no such person (the read itself then says so) or no catalogue row (nothing is kept).
 */
export async function readStamp(deps: CoreDeps, employeeId: number): Promise<string | null> {
  const rows = await deps.db.$queryRaw<StampRow[]>`
    SELECT e."readVersion" AS "own", m."readVersion" AS "manager", c."version" AS "catalogue"
    FROM "Employee" e
    LEFT JOIN "Employee" m ON m."id" = e."managerId"
    LEFT JOIN "CatalogueStamp" c ON c."id" = 1
    WHERE e."id" = ${employeeId}`;
  const row = rows[0];
  if (!row || row.catalogue === null) return null;
  return `${row.own}:${row.manager ?? '-'}:${row.catalogue}`;
}

/**
 * A learner read through the cache: the kept view when the person's read stamp has not moved since it was
 * computed, else computed now. The stamp is read before computing, so a write that lands while computing
 * leaves the entry already stale for the next read, never wrongly fresh.
 */
export async function cachedLearnerRead<T>(deps: CoreDeps, read: LearnerRead, employeeId: number, compute: () => Promise<T>): Promise<T> {
  const cache = deps.readCache;
  if (!cache || !Number.isSafeInteger(employeeId)) return compute();
  const stamp = await readStamp(deps, employeeId);
  if (stamp === null) return compute();
  const key = `${read}:${employeeId}`;
  const kept = cache.get(key, stamp);
  if (kept !== undefined) return kept as T;
  const view = await compute();
  cache.set(key, stamp, view);
  return view;
}
