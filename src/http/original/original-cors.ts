import cors from 'cors';
import type { RequestHandler } from 'express';

/** Where the original front end calls: its learner and admin routes, and sign-in. */
export const ORIGINAL_API_PATHS = ['/api/learner', '/api/admin', '/api/auth'];

/** How long a browser may keep a preflight's answer. */
const PREFLIGHT_MAX_AGE_SECONDS = 600;

/**
 * CORS for the original front end (the `cors` package): an allowed origin gets the headers, preflights
 * included (Authorization and Content-Type allowed, no cookies: the front end sends a bearer token);
 * any other origin gets no CORS header at all, so its browser keeps the reply from it.
 */
export function originalCors(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  const options: cors.CorsOptions = {
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['Authorization', 'Content-Type'],
    maxAge: PREFLIGHT_MAX_AGE_SECONDS,
  };
  return cors((req, callback) => {
    const origin = req.headers.origin;
    callback(null, origin && allowed.has(origin) ? { ...options, origin } : { origin: false });
  });
}
