/** What a web account's tokens say (the original's claims, plus the session id). */
export interface TokenClaims {
  type: 'access' | 'refresh';
  /** the token's own id */
  jti: string;
  userId: number;
  role: 'EMPLOYEE' | 'ADMIN';
  employeeId: number | null;
  /** the WebSession's publicId */
  sid: string;
  expiresAt: Date;
  issuedAt: Date;
}

/** Signs and checks tokens (JWT with jose in src/auth). */
export interface TokenIssuer {
  sign(claims: TokenClaims): Promise<string>;
  /** the claims of a well-signed, unexpired token of this type; null for anything else */
  verify(token: string, type: TokenClaims['type']): Promise<TokenClaims | null>;
}
