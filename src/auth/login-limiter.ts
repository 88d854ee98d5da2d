import { RateLimiterPrisma, RateLimiterRes } from 'rate-limiter-flexible';
import type { Db } from '../core/ports/database.js';
import type { LoginAttempt, LoginLimiter } from '../core/ports/login-limiter.js';

export interface LoginLimits {
  /** attempts per username or e-mail in a window (5) */
  perAccount: number;
  /** attempts per network address in a window (20) */
  perAddress: number;
  /** the window, in seconds (15 minutes) */
  windowSeconds: number;
}

export const DEFAULT_LOGIN_LIMITS: LoginLimits = { perAccount: 5, perAddress: 20, windowSeconds: 15 * 60 };

/**
 * Sign-in limits kept in the database (rate-limiter-flexible's Prisma store, table RateLimiterFlexible), so
 * every process of the service counts the same attempts. Each attempt is counted before the password is
 * checked; a success forgets the account's count and gives the address its point back.
 */
export class PrismaLoginLimiter implements LoginLimiter {
  private readonly byAccount: RateLimiterPrisma;
  private readonly byAddress: RateLimiterPrisma;

  constructor(db: Db, limits: LoginLimits = DEFAULT_LOGIN_LIMITS) {
    const store = { storeClient: db, tableName: 'rateLimiterFlexible', duration: limits.windowSeconds, clearExpiredByTimeout: true };
    this.byAccount = new RateLimiterPrisma({ ...store, keyPrefix: 'login:account', points: limits.perAccount });
    this.byAddress = new RateLimiterPrisma({ ...store, keyPrefix: 'login:address', points: limits.perAddress });
  }

  async attempt(keys: LoginAttempt): Promise<number | null> {
    const outcomes = await Promise.allSettled([this.byAccount.consume(keys.account), this.byAddress.consume(keys.address)]);
    let waitMs = 0;
    for (const outcome of outcomes) {
      if (outcome.status === 'fulfilled') continue;
      // consume rejects with a RateLimiterRes when over the limit, with an Error when the store failed
      if (!(outcome.reason instanceof RateLimiterRes)) throw outcome.reason;
      waitMs = Math.max(waitMs, outcome.reason.msBeforeNext);
    }
    return waitMs > 0 || outcomes.some((outcome) => outcome.status === 'rejected') ? Math.max(1, Math.ceil(waitMs / 1000)) : null;
  }

  async succeeded(keys: LoginAttempt): Promise<void> {
    await Promise.all([this.byAccount.delete(keys.account), this.byAddress.reward(keys.address, 1)]);
  }
}
