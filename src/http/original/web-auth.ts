import type { RequestHandler, Response } from 'express';
import { isAdmin, type Principal } from '../../core/accounts/principal.js';
import { API_TOKEN_ACTOR, type AuditActor } from '../../core/audit/actor.js';
import { tokenMatcher } from '../api-access.js';

/** The original's answers when the caller is not known, or may not do this (Django REST framework's words). */
export const NOT_SIGNED_IN = 'Authentication credentials were not provided.';
export const TOKEN_NOT_VALID = 'Given token not valid for any token type';
export const NOT_PERMITTED = 'You do not have permission to perform this action.';

export interface WebAuthOptions {
  /** API_TOKEN: a service holding it acts as an admin */
  apiToken?: string;
  /** a signed-in web account's access token, checked (signature, expiry, session, account); null when not valid */
  verifyAccess?: (token: string) => Promise<Principal | null>;
}

/**
 * Who calls the original's routes: `Authorization: Bearer <token>` with the API token (a service, acting as an
 * admin) or a web account's access token. Puts the Principal on res.locals.principal, or answers 401 {"detail"}
 * as the original did.
 */
export function webAuth(options: WebAuthOptions): RequestHandler {
  const isServiceToken = tokenMatcher(options.apiToken);
  return async (req, res, next) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
    if (!match) return void res.status(401).json({ detail: NOT_SIGNED_IN });
    const token = match[1]!;
    if (isServiceToken(token)) {
      res.locals.principal = { kind: 'service' } satisfies Principal;
      return next();
    }
    try {
      const principal = options.verifyAccess ? await options.verifyAccess(token) : null;
      if (!principal) return void res.status(401).json({ detail: TOKEN_NOT_VALID });
      res.locals.principal = principal;
      next();
    } catch (error) {
      next(error);
    }
  };
}

/** The caller webAuth found. */
export const principalOf = (res: Response): Principal => res.locals.principal as Principal;

/** Admin routes: a learner gets 403 {"detail"}, as the original answered. */
export const requireAdmin: RequestHandler = (_req, res, next) => {
  if (!isAdmin(principalOf(res))) return void res.status(403).json({ detail: NOT_PERMITTED });
  next();
};

/** Who the audit log names: the web account (by username), or the API token a service holds. */
export const auditActorOf = (principal: Principal): AuditActor =>
  principal.kind === 'service' ? API_TOKEN_ACTOR('original-api') : { kind: 'web-account', id: principal.accountId, label: principal.username, channel: 'original-api' };
