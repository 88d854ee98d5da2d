import { sendJson } from './send-json.js';
import type { Request, Router } from 'express';
import { z } from 'zod';
import { HttpError } from '../http-error.js';

/** Where Skillcheck's own, versioned API lives; the original backend's routes stay under /api/. */
export const API_V1 = '/api/v1';

export interface Reply {
  status?: number;
  body?: unknown;
  /** a non-JSON reply (CSV export) */
  text?: { contentType: string; content: string; filename?: string };
  /** a binary reply (a PNG picture) */
  binary?: { contentType: string; content: Buffer };
}

type Schema = z.ZodType;
type Infer<S> = S extends Schema ? z.output<S> : undefined;

/** One REST route: what it accepts, what it answers, and its handler. Registration and the OpenAPI document both read it. */
export interface Route<P extends Schema | undefined = Schema | undefined, B extends Schema | undefined = Schema | undefined, Q extends Schema | undefined = Schema | undefined> {
  method: 'get' | 'post' | 'patch' | 'delete';
  /** express path with :params; a trailing slash is optional (the original's routes end in one) */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  params?: P;
  query?: Q;
  body?: B;
  /** request media types other than JSON the route accepts, e.g. text/csv */
  bodyMediaTypes?: string[];
  responses: Record<number, { description: string; schema?: Schema; mediaType?: string }>;
  handle(input: { params: Infer<P>; query: Infer<Q>; body: Infer<B>; req: Request }): Promise<Reply>;
}

export const defineRoute = <P extends Schema | undefined, B extends Schema | undefined, Q extends Schema | undefined>(route: Route<P, B, Q>) =>
  route as unknown as Route;

function describe(error: z.ZodError) {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/** Registers the routes; a path parameter that does not parse is malformed (400), a body that does not validate is invalid (422). */
export function registerRoutes(router: Router, routes: Route[]): void {
  for (const route of routes) {
    router[route.method](route.path, async (req, res) => {
      const params = route.params ? route.params.safeParse(req.params) : { success: true as const, data: undefined };
      if (!params.success) throw new HttpError(400, 'MALFORMED_REQUEST', 'An identifier in the address is not valid.', describe(params.error));
      const query = route.query ? route.query.safeParse(req.query) : { success: true as const, data: undefined };
      if (!query.success) throw new HttpError(422, 'VALIDATION_FAILED', 'A query parameter is not valid.', describe(query.error));
      const body = route.body ? route.body.safeParse(req.body ?? {}) : { success: true as const, data: undefined };
      if (!body.success) throw new HttpError(422, 'VALIDATION_FAILED', 'The request body is not valid.', describe(body.error));
      const reply = await route.handle({ params: params.data, query: query.data, body: body.data, req } as never);
      res.status(reply.status ?? 200);
      if (reply.text) {
        res.type(reply.text.contentType);
        if (reply.text.filename) res.attachment(reply.text.filename);
        res.send(reply.text.content);
      } else if (reply.binary) res.type(reply.binary.contentType).send(reply.binary.content);
      else sendJson(res, reply.body);
    });
  }
  // A known address asked with another method: 405 and the methods it takes, not "nothing here".
  const methodsByPath = new Map<string, Set<string>>();
  for (const route of routes) methodsByPath.set(route.path, (methodsByPath.get(route.path) ?? new Set()).add(route.method.toUpperCase()));
  for (const [path, methods] of methodsByPath) {
    const allowed = [...methods, ...(methods.has('GET') ? ['HEAD'] : [])].join(', ');
    router.all(path, (req, res, next) => {
      res.setHeader('Allow', allowed);
      next(new HttpError(405, 'METHOD_NOT_ALLOWED', `${req.method} is not allowed here; this address takes ${[...methods].join(' or ')}.`, { allowed: [...methods] }));
    });
  }
}
