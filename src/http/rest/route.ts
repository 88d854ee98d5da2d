import { sendJson } from './send-json.js';
import type { Request, Router } from 'express';
import { z } from 'zod';
import type { AuditActor } from '../../core/audit/actor.js';
import type { NoteAuditInput } from '../../core/audit/note-audit.js';
import type { AuditAction } from '../../core/audit/rules/audit-actions.js';
import type { AuditDetail } from '../../core/audit/rules/audit-detail.js';
import type { CostlyAction } from '../../core/limits/rules/costly-actions.js';
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

type Input<P, Q, B> = { params: Infer<P>; query: Infer<Q>; body: Infer<B> };

/**
 * What the audit log records when the route answers 2xx: every admin route and every route that reads a team or
 * another person's data states its own. Either the route names the subject (recorded after the handler, before
 * the reply is sent: no entry, no reply), or the core records the entry in the transaction of the change, with the
 * actor the handler passes it (inCore).
 */
export type RouteAudit<P = unknown, Q = unknown, B = unknown> =
  | { action: AuditAction; subject: (input: Input<P, Q, B>) => NoteAuditInput['subject']; detail?: (input: Input<P, Q, B>) => AuditDetail; inCore?: never }
  | { action: AuditAction; inCore: true };

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
  /** the audit entry a 2xx records (admin and manager routes); none for a learner's own data */
  audit?: RouteAudit<P, Q, B>;
  /** a costly action: each call takes one use of its allowance, and past it the answer is 429 with Retry-After */
  limit?: CostlyAction;
  /** actor: who the caller is, for a core use case that records its own audit entry */
  handle(input: { params: Infer<P>; query: Infer<Q>; body: Infer<B>; req: Request; actor: AuditActor }): Promise<Reply>;
}

export interface RouteAuditing {
  /** the caller of these routes (the API token) */
  actor: AuditActor;
  note(input: NoteAuditInput): Promise<void>;
}

export const defineRoute = <P extends Schema | undefined, B extends Schema | undefined, Q extends Schema | undefined>(route: Route<P, B, Q>) =>
  route as unknown as Route;

function describe(error: z.ZodError) {
  return error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

/**
 * Registers the routes; a path parameter that does not parse is malformed (400), a body that does not validate is invalid (422).
 * A route with a `limit` takes one use of the caller's allowance (`takeAllowance`) once its request is valid.
 */
export function registerRoutes(router: Router, routes: Route[], auditing: RouteAuditing, limits: { takeAllowance?: (action: CostlyAction) => Promise<void> } = {}): void {
  for (const route of routes) {
    router[route.method](route.path, async (req, res) => {
      const params = route.params ? route.params.safeParse(req.params) : { success: true as const, data: undefined };
      if (!params.success) throw new HttpError(400, 'MALFORMED_REQUEST', 'An identifier in the address is not valid.', describe(params.error));
      const query = route.query ? route.query.safeParse(req.query) : { success: true as const, data: undefined };
      if (!query.success) throw new HttpError(422, 'VALIDATION_FAILED', 'A query parameter is not valid.', describe(query.error));
      const body = route.body ? route.body.safeParse(req.body ?? {}) : { success: true as const, data: undefined };
      if (!body.success) throw new HttpError(422, 'VALIDATION_FAILED', 'The request body is not valid.', describe(body.error));
      if (route.limit && limits.takeAllowance) await limits.takeAllowance(route.limit);
      const input = { params: params.data, query: query.data, body: body.data };
      const reply = await route.handle({ ...input, req, actor: auditing.actor } as never);
      const audit = route.audit as RouteAudit | undefined;
      if (audit && !audit.inCore && (reply.status ?? 200) < 300) {
        await auditing.note({ actor: auditing.actor, action: audit.action, subject: audit.subject(input as never), ...(audit.detail ? { detail: audit.detail(input as never) } : {}) });
      }
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
