export const PASSWORD_MIN_LENGTH = 10;
/** argon2 hashes any length, but a megabyte-long "password" is only a way to keep the server busy. */
export const PASSWORD_MAX_LENGTH = 1024;

/**
 * Why a password may not be used, in words a person understands; null when it may. Length is what makes a
 * password hard to guess, so the rule is about length, not about mixing character kinds. A password that is
 * the username (or the e-mail address) is the first thing anyone tries.
 */
export function passwordProblem(password: string, identity: { username: string; email?: string | null }): string | null {
  if ([...password].length < PASSWORD_MIN_LENGTH)
    return `A password needs at least ${PASSWORD_MIN_LENGTH} characters: longer passwords are much harder to guess. A few unrelated words make a good one.`;
  if (password.length > PASSWORD_MAX_LENGTH) return `A password has at most ${PASSWORD_MAX_LENGTH} characters.`;
  const lowered = password.trim().toLowerCase();
  if (lowered === identity.username.trim().toLowerCase() || (identity.email && lowered === identity.email.trim().toLowerCase()))
    return 'A password cannot be the username or the e-mail address: that is the first thing anyone would try.';
  return null;
}
