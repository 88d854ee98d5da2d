/** Password hashing (argon2id in src/auth). */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /**
   * Whether the password matches the hash. With hash null (no such account) it checks against a fixed dummy
   * hash and answers false, taking as long as a real check, so timing does not tell which usernames exist.
   */
  verify(hash: string | null, password: string): Promise<boolean>;
}
