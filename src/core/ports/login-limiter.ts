/** Keys of one sign-in attempt: the (normalised) username or e-mail tried, and the caller's network address. */
export interface LoginAttempt {
  account: string;
  address: string;
}

/**
 * Limits sign-in attempts, shared by every process (rate-limiter-flexible on the database in src/auth).
 * `attempt` counts an attempt before the password is checked (so parallel guesses are counted too) and
 * answers the seconds to wait when over a limit, else null; `succeeded` forgets the account's failures.
 */
export interface LoginLimiter {
  attempt(keys: LoginAttempt): Promise<number | null>;
  succeeded(keys: LoginAttempt): Promise<void>;
}
