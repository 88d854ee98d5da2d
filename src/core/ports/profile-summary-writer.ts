import type { ProfileComparison } from '../profile/rules/profile-comparison.js';
import type { MeasuredSkill } from '../profile/views.js';

export interface ProfileSummaryInput {
  employeeName: string;
  roleName: string | null;
  comparison: ProfileComparison;
  /** expected skills with answers: when there are any, the summary speaks of these, not of the claims */
  measured: readonly MeasuredSkill[];
}

/**
 * Writes the short profile summary (AI). Optional: without one, or when it fails, the core uses its
 * deterministic template. The core caches the text, so this is called only when the inputs change.
 */
export interface ProfileSummaryWriter {
  readonly name: string;
  write(input: ProfileSummaryInput): Promise<string>;
}
