import express, { type NextFunction, type Request, type RequestHandler, type Response, type Router } from 'express';
import { z } from 'zod';
import { mayActFor } from '../../core/accounts/principal.js';
import type { NoteAuditInput } from '../../core/audit/note-audit.js';
import type { Core } from '../../core/create-core.js';
import { isSkillcheckError } from '../../core/errors.js';
import type { Logger } from '../../core/ports/logger.js';
import { createEmployee, createEmployeeForm, parseForm, updateEmployee, updateEmployeeForm } from './employee-form.js';
import { FORBIDDEN, OriginalHttpError, originalErrorHandler } from './original-errors.js';
import { analyticsReply } from './shapes/analytics.js';
import { questionsReply, startReply, submitReply } from './shapes/assessment.js';
import { createdEmployee, dashboardReply, employeeDetail, listedEmployee, publicEmployee } from './shapes/employee.js';
import { contentReply, generatePathReply, learningPathReply, type ContentAction } from './shapes/learning.js';
import { progressBarReply, workflowReply } from './shapes/progress.js';
import { auditActorOf, principalOf, requireAdmin } from './web-auth.js';

/** Request bodies of these routes larger than this are refused (413 {"detail"}). */
export const ORIGINAL_BODY_LIMIT = '100kb';
/** The most employees the original's lists answer (the core's directory limit). */
export const EMPLOYEE_LIST_LIMIT = 200;

export interface OriginalRoutesOptions {
  core: Core;
  logger: Logger;
  /** who is calling (webAuth): the API token, or a web account's access token; 401 {"detail"} otherwise */
  authenticate: RequestHandler;
}

type Handler = (req: Request, res: Response) => Promise<unknown>;

/** What the audit log records when a handler succeeds (set by the handler or employeeOf on res.locals.audit). */
type PendingAudit = Omit<NoteAuditInput, 'actor'>;
const auditLater = (res: Response, audit: PendingAudit) => {
  res.locals.audit = audit;
};

const idParam = z.coerce.number().int().positive().max(2 ** 31 - 1);
/** A path id that is not a whole number is a page that does not exist, as the original's URL patterns answered. */
const idOf = (value: unknown): number => {
  const parsed = idParam.safeParse(value);
  if (!parsed.success) throw new OriginalHttpError(404, { detail: 'Not found.' });
  return parsed.data;
};

/**
 * A learner acts only for their own employee; an admin (or the API token) for any. The original's 403 {"error"}.
 * A web account acting for someone else (an admin) is recorded in the audit log, as is the API token on the
 * employee pages (audit: 'always'); a person's own data and a service's workflow calls are not.
 */
const employeeOf = (req: Request, res: Response, words = FORBIDDEN, audit: 'always' | 'for-another' = 'for-another'): number => {
  const employeeId = idOf(req.params.employeeId);
  const principal = principalOf(res);
  if (!mayActFor(principal, employeeId)) throw new OriginalHttpError(403, { error: words });
  const own = principal.kind === 'account' && principal.employeeId === employeeId;
  if (!own && (audit === 'always' || principal.kind === 'account')) {
    auditLater(res, { action: req.method === 'GET' ? 'person.read' : 'person.change', subject: { employeeId } });
  }
  return employeeId;
};

const submitBody = z.object({ answers: z.record(z.string(), z.unknown()).optional() }).loose();

/**
 * The original backend's routes under /api/ with its reply shapes, so its front end runs unchanged:
 * thin over the core (every rule stays there), each reply mapped by src/http/original/shapes, each
 * error by original-errors.ts. Paths answer with and without the trailing slash.
 */
export function originalRoutes(options: OriginalRoutesOptions): Router {
  const { core } = options;
  const router = express.Router();
  /** Runs a handler, passing any failure to the router's error handler; the handler's value is the JSON reply, sent after its audit entry. */
  const reply =
    (handler: Handler, status = 200) =>
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const body = await handler(req, res);
        const audit = res.locals.audit as PendingAudit | undefined;
        if (audit) await core.noteAudit({ actor: auditActorOf(principalOf(res)), ...audit });
        if (!res.headersSent) res.status(status).json(body);
      } catch (error) {
        next(error);
      }
    };
  const auth = options.authenticate;
  // Bodies are read after the caller is known: nobody unknown gets a body parsed.
  const json = express.json({ limit: ORIGINAL_BODY_LIMIT });
  /** every path and the methods it answers, for 405 and its Allow header */
  const methods = new Map<string, Set<string>>();
  const on = (method: 'get' | 'post' | 'put' | 'patch', path: string, ...handlers: RequestHandler[]) => {
    methods.set(path, (methods.get(path) ?? new Set()).add(method.toUpperCase()));
    router[method](path, ...handlers);
  };

  // Employees.
  // The original answered this to anyone, for its self-registration page; self-registration is gone, so the
  // names of the whole company go to signed-in callers only.
  on('get', '/api/learner/employees/public', auth, reply(async () => (await core.listEmployees({ limit: EMPLOYEE_LIST_LIMIT })).employees.map(publicEmployee)));
  on(
    'get',
    '/api/learner/employees',
    auth,
    requireAdmin,
    reply(async (_req, res) => {
      auditLater(res, { action: 'organisation.read', subject: { label: 'organisation' }, detail: { view: 'employees' } });
      return (await core.listEmployees({ limit: EMPLOYEE_LIST_LIMIT })).employees.map(listedEmployee);
    }),
  );
  on(
    'post',
    '/api/learner/employees/create',
    auth,
    requireAdmin,
    json,
    reply(async (req, res) => {
      const created = await createEmployee(core, parseForm(createEmployeeForm, req.body));
      auditLater(res, { action: 'person.change', subject: { employeeId: created.id }, detail: { change: 'create' } });
      return createdEmployee(created);
    }, 201),
  );
  on(
    'get',
    '/api/learner/employees/:employeeId',
    auth,
    reply(async (req, res) => employeeDetail(await core.getProfile({ employeeId: employeeOf(req, res, 'Permission denied', 'always') }))),
  );
  const update = reply(async (req, res) => {
    const employeeId = employeeOf(req, res, 'Permission denied', 'always');
    const form = parseForm(updateEmployeeForm, req.body);
    await updateEmployee(core, employeeId, form);
    auditLater(res, { action: 'person.change', subject: { employeeId }, detail: { change: 'update', fields: Object.keys(form).filter((field) => form[field as keyof typeof form] !== undefined) } });
    return { message: 'Profile updated successfully' };
  });
  on('put', '/api/learner/employees/:employeeId/update', auth, json, update);
  on('patch', '/api/learner/employees/:employeeId/update', auth, json, update);

  // The learner's workflow.
  const base = '/api/learner/:employeeId';
  on('get', `${base}/dashboard`, auth, reply(async (req, res) => dashboardReply(await core.getDashboard({ employeeId: employeeOf(req, res) }))));
  on('get', `${base}/progress-bar`, auth, reply(async (req, res) => progressBarReply(await core.getProgressBar({ employeeId: employeeOf(req, res) }))));
  // The original answered this one to anybody; here it asks who is calling, like every other learner route.
  on(
    'get',
    `${base}/workflow`,
    auth,
    reply(async (req, res) => {
      const employeeId = employeeOf(req, res);
      const [bar, standing] = await Promise.all([core.getProgressBar({ employeeId }), core.getStanding({ employeeId })]);
      return workflowReply(bar, standing);
    }),
  );
  on('post', `${base}/assessment/start`, auth, json, reply(async (req, res) => startReply(await core.startAssessment({ employeeId: employeeOf(req, res) }))));
  const generate = reply(async (req, res) => {
    const employeeId = employeeOf(req, res);
    // Whether this call draws the set: the original said so only then, and answered the cached set without a message.
    const standing = await core.getStanding({ employeeId });
    const set = await core.generateQuestions({ employeeId });
    return questionsReply(set, standing.open !== null && standing.open.total === 0);
  });
  on('post', `${base}/assessment/generate`, auth, json, generate);
  on('post', `${base}/assessment/questions`, auth, json, generate);
  on(
    'post',
    `${base}/assessment/submit`,
    auth,
    json,
    reply(async (req, res) => {
      const employeeId = employeeOf(req, res);
      const body = parseForm(submitBody, req.body);
      if (!body.answers || Object.keys(body.answers).length === 0) throw new OriginalHttpError(400, { error: 'No answers submitted' });
      return submitReply(await core.submitAssessment({ employeeId, answers: body.answers }));
    }),
  );
  const generatePath = reply(async (req, res) => {
    const employeeId = employeeOf(req, res);
    const path = await core.generateLearningPath({ employeeId });
    return generatePathReply(path, await core.getResults({ employeeId }));
  });
  on('post', `${base}/generate_learning_path`, auth, json, generatePath);
  on('post', `${base}/learning-path/generate`, auth, json, generatePath);
  // Before any path the original listed no items (200), and its front end draws an empty page from that.
  on(
    'get',
    `${base}/learning-path`,
    auth,
    reply(async (req, res) => {
      try {
        return learningPathReply(await core.getLearningPath({ employeeId: employeeOf(req, res) }));
      } catch (error) {
        if (isSkillcheckError(error) && error.code === 'NO_LEARNING_PATH') return { items: [] };
        throw error;
      }
    }),
  );
  for (const action of ['start', 'open', 'complete'] as const satisfies ContentAction[]) {
    on(
      'post',
      `${base}/learning/:contentId/${action}`,
      auth,
      json,
      reply(async (req, res) => {
        const input = { employeeId: employeeOf(req, res), contentId: idOf(req.params.contentId) };
        const view = action === 'start' ? await core.startContent(input) : action === 'open' ? await core.openContent(input) : await core.completeContent(input);
        return contentReply(view, action);
      }),
    );
  }

  // The admin's figures.
  on(
    'get',
    '/api/admin/analytics',
    auth,
    requireAdmin,
    reply(async (_req, res) => {
      auditLater(res, { action: 'organisation.read', subject: { label: 'organisation' }, detail: { view: 'analytics' } });
      return analyticsReply(await core.getAnalytics());
    }),
  );

  // A known path asked with another method: 405 {"detail"} with Allow; an unknown one under these prefixes: 404 {"detail"}, as the original.
  for (const [path, allowed] of methods) {
    const allow = [...allowed, ...(allowed.has('GET') ? ['HEAD'] : [])].join(', ');
    router.all(path, (req, res, next) => {
      if (req.method === 'OPTIONS') return next();
      res.set('Allow', allow).status(405).json({ detail: `Method "${req.method}" not allowed.` });
    });
  }
  router.use(['/api/learner', '/api/admin'], (_req, _res, next) => next(new OriginalHttpError(404, { detail: 'Not found.' })));
  router.use(['/api/learner', '/api/admin'], originalErrorHandler(options.logger));
  return router;
}
