/**
 * How a person shows up in rows that have no column of theirs: rate-limit keys, digest snapshots and the labels
 * of audit entries. Pure functions, shared by the export, the erase and their tests.
 */

/**
 * The rate-limit keys that name a person: the sign-in limit of each of their web accounts (kept under the
 * account's id, `login:account:#<id>`, and under a name typed before the account existed), and per-person
 * limits (`…:person:<employee id>`).
 */
export function rateLimitKeysOf(employeeId: number, accounts: readonly { id: number; names: readonly string[] }[]): { exact: string[]; containing: string } {
  const exact = accounts.flatMap((account) => [`login:account:#${account.id}`, ...account.names.map((name) => `login:account:${name.trim().toLowerCase()}`)]);
  return { exact, containing: `:person:${employeeId}` };
}

/** Whether a rate-limit key is one of a person's per-person keys (`…:person:<id>` or `…:person:<id>:…`, never `:person:<id>0`). */
export function isPersonKey(key: string, employeeId: number): boolean {
  return new RegExp(`:person:${employeeId}(?::|$)`).test(key);
}

/** A manager's digest snapshot is an object keyed by report id: the figures about one report, or undefined. */
export function snapshotFiguresOf(snapshot: string, employeeId: number): unknown {
  const parsed = parseObject(snapshot);
  return parsed ? parsed[String(employeeId)] : undefined;
}

/** The snapshot without the report's figures; null when it did not hold them (nothing to write). */
export function snapshotWithout(snapshot: string, employeeId: number): string | null {
  const parsed = parseObject(snapshot);
  if (!parsed || !Object.hasOwn(parsed, String(employeeId))) return null;
  const { [String(employeeId)]: _removed, ...rest } = parsed;
  return JSON.stringify(rest);
}

/** A nudge's snapshot names the manager who sent it: without that link once the manager is erased; null when it does not name them. */
export function nudgeSnapshotWithoutManager(snapshot: string, managerId: number): string | null {
  const parsed = parseObject(snapshot);
  if (!parsed || parsed.managerId !== managerId) return null;
  return JSON.stringify({ ...parsed, managerId: null });
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/**
 * Text with every whole occurrence of the person's identifiers (employee number, e-mail, name, usernames)
 * replaced by the pseudonym: "team of E1001" becomes "team of erased person 7f3a…". Whole occurrences only, so
 * erasing E100 leaves E1001 alone.
 */
export function pseudonymised(text: string, identifiers: readonly string[], pseudonym: string): string {
  let result = text;
  for (const identifier of [...identifiers].filter((value) => value.trim().length > 0).sort((a, b) => b.length - a.length)) {
    const escaped = identifier.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    result = result.replace(new RegExp(`(?<![\\p{L}\\p{N}_@.-])${escaped}(?![\\p{L}\\p{N}_@-])`, 'giu'), pseudonym);
  }
  return result;
}

/** One random pseudonym for an erased person, the same in every audit entry about or by them. */
export function erasedPersonLabel(randomHex: string): string {
  return `erased person ${randomHex}`;
}
