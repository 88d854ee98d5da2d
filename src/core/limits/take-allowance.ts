import type { CoreDeps } from '../context.js';
import { SkillcheckError } from '../errors.js';
import { allowancesFrom, countersFor, type CostlyAction, type Requester } from './rules/costly-actions.js';
import { secondsToWait, waitInWords } from './rules/wait.js';

/** The seconds to wait before `who` may take `action` again, taking one use when allowed (null); always null without a limiter. */
export async function waitForAllowance(deps: CoreDeps, action: CostlyAction, who: Requester): Promise<number | null> {
  if (!deps.limiter) return null;
  const counters = countersFor(deps.settings.limits ?? allowancesFrom(), action, who);
  if (counters.length === 0) return null;
  const waitMs = await deps.limiter.take(action, counters);
  return waitMs === null ? null : secondsToWait(waitMs);
}

/**
 * Takes one use of a costly action for a person and their workspace, or refuses with RATE_LIMITED and
 * the seconds to wait (details.retryAfterSeconds). Adapters call it (through the core) before on-demand
 * work; the core calls it before an AI call.
 */
export async function takeAllowance(deps: CoreDeps, input: { action: CostlyAction } & Requester): Promise<void> {
  const seconds = await waitForAllowance(deps, input.action, input);
  if (seconds === null) return;
  deps.logger.info({ action: input.action, employeeId: input.employeeId ?? null, workspace: input.workspace ?? null, retryAfterSeconds: seconds }, 'costly action limited');
  throw new SkillcheckError('RATE_LIMITED', `That was asked for too often in a short time. Please wait ${waitInWords(seconds)} and try again.`, {
    retryAfterSeconds: seconds,
    action: input.action,
  });
}
