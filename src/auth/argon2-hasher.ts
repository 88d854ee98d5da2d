import argon2 from 'argon2';
import type { PasswordHasher } from '../core/ports/password-hasher.js';

/**
 * A fixed argon2id hash (of a password nobody uses) with the same cost as real ones: checking an unknown
 * username against it takes as long as checking a real account, so timing does not tell which exist.
 */
const DUMMY_HASH = '$argon2id$v=19$m=65536,p=4,t=3$ovdYpiMxzgcRRp3ihFtJsA$CrK58o+88ecHKYJHRS6JLPQ5TI7dorTHCNr9UJDRaj4';

/** argon2id with the library's defaults (64 MiB, 3 passes, 4 lanes: the RFC 9106 second recommendation's cost class). */
export class Argon2Hasher implements PasswordHasher {
  hash(password: string): Promise<string> {
    return argon2.hash(password, { type: argon2.argon2id });
  }

  async verify(hash: string | null, password: string): Promise<boolean> {
    try {
      const matches = await argon2.verify(hash ?? DUMMY_HASH, password);
      return hash !== null && matches;
    } catch {
      // a hash the library cannot read matches nothing
      return false;
    }
  }
}
