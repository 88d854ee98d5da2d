import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from './http-error.js';
import { isLocalRequest } from './local-clients.js';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * With API_TOKEN set, a request needs `Authorization: Bearer <API_TOKEN>` (compared in constant
 * time). Without it, only local clients are answered (loopback, not relayed by a proxy): the server
 * warns about this at start.
 */
export function apiAccess(apiToken: string | undefined): RequestHandler {
  const expected = apiToken ? digest(apiToken) : null;
  return (req, _res, next) => {
    if (expected) {
      const header = req.headers.authorization ?? '';
      const match = /^Bearer\s+(.+)$/i.exec(header);
      if (!match) return next(new HttpError(401, 'UNAUTHORIZED', 'This API needs an "Authorization: Bearer <token>" header.'));
      if (!timingSafeEqual(digest(match[1]!.trim()), expected)) return next(new HttpError(403, 'FORBIDDEN', 'That API token is not valid.'));
      return next();
    }
    if (!isLocalRequest(req)) {
      return next(new HttpError(403, 'FORBIDDEN', 'The API answers only local clients until an API token is configured.'));
    }
    next();
  };
}
