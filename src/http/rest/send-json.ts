import type { Response } from 'express';

interface Serialized {
  text: string;
  etag: string | undefined;
}

/** JSON text and entity tag of views that cannot change (frozen: the core's kept learner reads), by the view itself. */
const serialized = new WeakMap<object, Serialized>();

/**
 * Sends a reply body as JSON. A frozen view is the same object on every read the core serves it from what it
 * keeps, so its text and ETag are made once and reused; anything else goes through res.json as usual.
 * Conditional requests (If-None-Match) still get 304 from Express.
 */
export function sendJson(res: Response, body: unknown): void {
  if (body === null || typeof body !== 'object' || !Object.isFrozen(body)) {
    res.json(body);
    return;
  }
  let entry = serialized.get(body);
  if (!entry) {
    const text = JSON.stringify(body);
    const makeEtag = res.app.get('etag fn') as ((body: string, encoding: string) => string) | undefined;
    entry = { text, etag: makeEtag?.(text, 'utf8') };
    serialized.set(body, entry);
  }
  if (entry.etag) res.setHeader('ETag', entry.etag);
  res.type('application/json').send(entry.text);
}
