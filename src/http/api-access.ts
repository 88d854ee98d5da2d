import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from './http-error.js';
import { isLocalRequest, isLoopbackUrl } from './local-clients.js';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/** A check of a presented token against the configured one, in constant time; always false when none is configured. */
export function tokenMatcher(apiToken: string | undefined): (candidate: string) => boolean {
  const expected = apiToken ? digest(apiToken) : null;
  return (candidate) => expected !== null && timingSafeEqual(digest(candidate), expected);
}

/**
 * With API_TOKEN set, a request needs `Authorization: Bearer <API_TOKEN>` (compared in constant
 * time). Without it, only local clients are answered (loopback, not relayed by a proxy): the server
 * warns about this at start.
 */
export function apiAccess(apiToken: string | undefined): RequestHandler {
  const matches = tokenMatcher(apiToken);
  return (req, _res, next) => {
    if (apiToken) {
      const header = req.headers.authorization ?? '';
      const match = /^Bearer\s+(.+)$/i.exec(header);
      if (!match) return next(new HttpError(401, 'UNAUTHORIZED', 'This API needs an "Authorization: Bearer <token>" header.'));
      if (!matches(match[1]!.trim())) return next(new HttpError(403, 'FORBIDDEN', 'That API token is not valid.'));
      return next();
    }
    if (!isLocalRequest(req)) {
      return next(new HttpError(403, 'FORBIDDEN', 'The API answers only local clients until an API token is configured.'));
    }
    // A web page elsewhere can make the browser on this machine send a simple request here (a form POST
    // needs no preflight); the browser says where the page came from, so such a request is refused.
    const origin = req.headers.origin;
    if (origin !== undefined && !isLoopbackUrl(origin)) {
      return next(new HttpError(403, 'FORBIDDEN', 'The API does not answer requests from web pages elsewhere until an API token is configured.'));
    }
    next();
  };
}
