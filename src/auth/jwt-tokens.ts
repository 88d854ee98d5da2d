import { errors, jwtVerify, SignJWT } from 'jose';
import type { TokenClaims, TokenIssuer } from '../core/ports/token-issuer.js';

const ALGORITHM = 'HS256';

/**
 * JWTs signed with HS256 (jose), with the claims the original front end reads (`token_type`, `user_id`,
 * `role`, `employee_id`, `jti`, `iat`, `exp`) plus `sid`, the session. Verification accepts only HS256
 * with this secret (so `none` and every other algorithm are refused), an unexpired token, and the type asked for.
 */
export class JwtTokens implements TokenIssuer {
  private readonly key: Uint8Array;

  constructor(secret: string) {
    this.key = new TextEncoder().encode(secret);
  }

  sign(claims: TokenClaims): Promise<string> {
    return new SignJWT({ token_type: claims.type, user_id: claims.userId, role: claims.role, employee_id: claims.employeeId, sid: claims.sid })
      .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
      .setJti(claims.jti)
      .setIssuedAt(Math.floor(claims.issuedAt.getTime() / 1000))
      .setExpirationTime(Math.floor(claims.expiresAt.getTime() / 1000))
      .sign(this.key);
  }

  async verify(token: string, type: TokenClaims['type']): Promise<TokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, { algorithms: [ALGORITHM], requiredClaims: ['exp', 'iat', 'jti'] });
      const { token_type, user_id, role, employee_id, sid, jti, exp, iat } = payload;
      if (token_type !== type || typeof sid !== 'string' || typeof jti !== 'string') return null;
      if (typeof user_id !== 'number' || !Number.isSafeInteger(user_id)) return null;
      if (role !== 'EMPLOYEE' && role !== 'ADMIN') return null;
      if (employee_id !== null && (typeof employee_id !== 'number' || !Number.isSafeInteger(employee_id))) return null;
      return { type, jti, userId: user_id, role, employeeId: employee_id, sid, expiresAt: new Date(exp! * 1000), issuedAt: new Date(iat! * 1000) };
    } catch (error) {
      if (error instanceof errors.JOSEError || error instanceof TypeError) return null;
      throw error;
    }
  }
}
