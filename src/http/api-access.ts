import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { HttpError } from './http-error.js';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();
const loopback = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);

/**
 * With API_TOKEN set, a request needs `Authorization: Bearer <API_TOKEN>` (compared in constant
 * time). Without it, only loopback clients are answered: the server warns about this at start.
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
    if (!loopback.has(req.socket.remoteAddress ?? '')) {
      return next(new HttpError(403, 'FORBIDDEN', 'The API answers only local clients until an API token is configured.'));
    }
    next();
  };
}
