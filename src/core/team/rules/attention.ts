/**
 * Why a manager should (or need not) look at one direct report, and in which order the digest lists
 * them: the people who need attention first, most urgent first; then those who finished; on track last.
 */
export const ATTENTION_REASONS = ['STALLED', 'NOT_STARTED', 'GAPS_GROWING', 'ASSESSMENT_UNFINISHED', 'NO_PATH', 'DONE', 'ON_TRACK'] as const;
export type AttentionReason = (typeof ATTENTION_REASONS)[number];

/** The reasons that ask the manager to act (a nudge, a conversation). */
const NEEDS_ATTENTION: ReadonlySet<AttentionReason> = new Set(['STALLED', 'NOT_STARTED', 'GAPS_GROWING', 'ASSESSMENT_UNFINISHED', 'NO_PATH']);

export const needsAttention = (reason: AttentionReason): boolean => NEEDS_ATTENTION.has(reason);

export interface AttentionFacts {
  /** a scored assessment exists */
  assessed: boolean;
  /** an assessment is open (started, not scored) */
  assessmentOpen: boolean;
  /** certain gaps of the latest scored assessment (0 when not assessed) */
  certainGaps: number;
  /** the current learning path's items, or null without a path */
  path: { done: number; total: number } | null;
  /** something unfinished and no activity for REMINDER_AFTER_DAYS */
  stalled: boolean;
  /** certain gaps at the last digest this manager received, when the person was assessed then; else null */
  gapsAtLastDigest: number | null;
}

/** The one reason that matters most for this person now. */
export function attentionFor(facts: AttentionFacts): AttentionReason {
  if (facts.stalled) return 'STALLED';
  if (!facts.assessed && !facts.assessmentOpen) return 'NOT_STARTED';
  if (facts.assessed && facts.gapsAtLastDigest !== null && facts.certainGaps > facts.gapsAtLastDigest) return 'GAPS_GROWING';
  if (facts.assessmentOpen) return 'ASSESSMENT_UNFINISHED';
  if (facts.path && facts.path.total > 0 && facts.path.done === facts.path.total) return 'DONE';
  if (!facts.path && facts.certainGaps > 0) return 'NO_PATH';
  return 'ON_TRACK';
}

/** Digest order: by reason (see ATTENTION_REASONS), then by name. */
export function byAttention<T extends { attention: AttentionReason; name: string }>(a: T, b: T): number {
  return ATTENTION_REASONS.indexOf(a.attention) - ATTENTION_REASONS.indexOf(b.attention) || a.name.localeCompare(b.name);
}
