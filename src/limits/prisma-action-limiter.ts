import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import type { Db } from '../core/ports/database.js';
import type { ActionLimiter } from '../core/ports/action-limiter.js';
import type { Allowance, CostlyAction, LimitCounter } from '../core/limits/rules/costly-actions.js';

/**
 * Limits on costly actions kept in the database (rate-limiter-flexible's Prisma store, table
 * RateLimiterFlexible), so every process counts the same uses. One store per action and allowance, its
 * key prefix `limit:<action>`: a row's key is `limit:<action>:person:<employeeId>` or
 * `limit:<action>:workspace:<id>`. A key over its allowance is also blocked in this process's memory
 * until its window ends, so a burst past the limit stops costing database writes.
 */
export class PrismaActionLimiter implements ActionLimiter {
  private readonly stores = new Map<string, RateLimiterPrisma>();

  constructor(private readonly db: Db) {}

  private storeFor(action: CostlyAction, allowance: Allowance): RateLimiterPrisma {
    const id = `${action}/${allowance.points}/${allowance.windowSeconds}`;
    let store = this.stores.get(id);
    if (!store) {
      store = new RateLimiterPrisma({
        storeClient: this.db,
        tableName: 'rateLimiterFlexible',
        keyPrefix: `limit:${action}`,
        points: allowance.points,
        duration: allowance.windowSeconds,
        inMemoryBlockOnConsumed: allowance.points + 1,
        // Each store's timer clears every expired row of the table: one store doing it is enough.
        clearExpiredByTimeout: this.stores.size === 0,
      });
      this.stores.set(id, store);
    }
    return store;
  }

  async take(action: CostlyAction, counters: readonly LimitCounter[]): Promise<number | null> {
    const outcomes = await Promise.allSettled(counters.map((counter) => this.storeFor(action, counter.allowance).consume(counter.key)));
    let waitMs: number | null = null;
    for (const outcome of outcomes) {
      if (outcome.status === 'fulfilled') continue;
      // consume rejects with a RateLimiterRes when over the limit, with an Error when the store failed
      if (!(outcome.reason instanceof RateLimiterRes)) throw outcome.reason;
      waitMs = Math.max(waitMs ?? 0, outcome.reason.msBeforeNext);
    }
    return waitMs;
  }
}
