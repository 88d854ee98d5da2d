/**
 * What an audit entry may say about what was done: counts, section and field names, ids. Never a measurement:
 * the log is read by more people than the scores are, so a key that names a score, a level, an estimate or an
 * answer is refused (a programming error, caught by the tests of whoever records it).
 */
export type AuditDetail = Record<string, string | number | boolean | null | readonly string[] | Record<string, number>>;

const MEASUREMENT_KEYS = /^(score|scores|overall|overallscore|level|levels|levellow|levelhigh|mean|sd|certainty|verdict|verdicts|answer|answers|selectedoption|iscorrect|ability|estimate|estimates)$/i;

export class AuditDetailRefused extends Error {}

/** The detail as it is stored (JSON text), after checking that it holds no measurement. */
export function auditDetailText(detail: AuditDetail = {}): string {
  for (const key of Object.keys(detail)) {
    if (MEASUREMENT_KEYS.test(key)) throw new AuditDetailRefused(`audit detail "${key}" would hold a measurement`);
    const value = detail[key];
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const inner of Object.keys(value)) if (MEASUREMENT_KEYS.test(inner)) throw new AuditDetailRefused(`audit detail "${key}.${inner}" would hold a measurement`);
    }
  }
  return JSON.stringify(detail);
}
