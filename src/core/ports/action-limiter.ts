import type { CostlyAction, LimitCounter } from '../limits/rules/costly-actions.js';

/**
 * Counts uses of costly actions, shared by every process (rate-limiter-flexible on the database in
 * src/limits). `take` counts one use against each counter and answers the milliseconds to wait when any
 * of them is over its allowance, else null.
 */
export interface ActionLimiter {
  take(action: CostlyAction, counters: readonly LimitCounter[]): Promise<number | null>;
}
