export interface TokenLifetimes {
  /** JWT_ACCESS_MINUTES: how long an access token works (the original front end never refreshes, so people sign in again after this) */
  accessMinutes: number;
  /** JWT_REFRESH_DAYS: how long a session lasts without a refresh; each refresh starts this period again */
  refreshDays: number;
}

/** When an access token issued now stops working: never after its session ends. */
export const accessExpiry = (now: Date, lifetimes: TokenLifetimes, sessionEnds: Date): Date =>
  new Date(Math.min(now.getTime() + lifetimes.accessMinutes * 60_000, sessionEnds.getTime()));

/** When a session (and the refresh token issued now) ends, counted from its sign-in or its latest refresh. */
export const sessionExpiry = (now: Date, lifetimes: TokenLifetimes): Date => new Date(now.getTime() + lifetimes.refreshDays * 86_400_000);
