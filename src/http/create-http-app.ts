import express, { type Express, type Router } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger as PinoLogger } from 'pino';
import type { Core } from '../core/create-core.js';
import type { Readiness } from '../db/readiness.js';
import type { OpenLinks } from './open-links.js';
import { isSkillcheckError } from '../core/errors.js';
import { apiAccess } from './api-access.js';
import { redactedUrl } from './log-redaction.js';
import { routeFamily, type Metrics } from '../app/metrics.js';
import { errorHandler, HttpError } from './http-error.js';
import { adminRoutes } from './rest/admin-routes.js';
import { pictureRoutes } from './rest/picture-routes.js';
import { learnerRoutes } from './rest/learner-routes.js';
import { privacyRoutes } from './rest/privacy-routes.js';
import { authRoutes } from './original/auth-routes.js';
import { webAuth } from './original/web-auth.js';
import { buildOpenApiDocument } from './rest/openapi.js';
import { originalCors, ORIGINAL_API_PATHS } from './original/original-cors.js';
import { originalRoutes } from './original/original-routes.js';
import { API_V1, registerRoutes } from './rest/route.js';
import { auditRoutes } from './rest/audit-routes.js';
import { API_TOKEN_ACTOR } from '../core/audit/actor.js';
import { API_WORKSPACE } from '../core/limits/rules/costly-actions.js';

export interface HttpAppOptions {
  core: Core;
  logger: PinoLogger;
  apiToken?: string;
  version: string;
  readiness: () => Promise<Readiness>;
  /** platform adapters' routers (Slack at POST /slack/events, Teams at POST /api/messages); each parses its own bodies */
  adapterRouters?: Router[];
  links: OpenLinks;
  /** the operators' metrics: every request is timed into them, GET /metrics serves them */
  metrics?: Metrics;
  /** the web console under /app (its own body parsing, guards and HTML error pages) */
  consoleRouter?: Router;
  /** REMINDER_AFTER_DAYS, for the stalled flag in team reports */
  stallDays: number;
  /** CORS_ORIGINS: browser origins allowed on the original's routes under /api/ (none when empty or absent) */
  corsOrigins?: string[];
}

/** Request bodies larger than this are refused (413); imports may be larger. */
export const JSON_BODY_LIMIT = '100kb';
export const IMPORT_BODY_LIMIT = '5mb';

/**
 * The one HTTP application of the process: GET /healthz and /readyz, Skillcheck's REST API under /api/v1/
 * (with its OpenAPI document at /api/openapi.json), and later Slack (POST /slack/events) and Teams (POST /api/messages).
 */
export function createHttpApp(options: HttpAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(
    pinoHttp({
      logger: options.logger,
      customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
      serializers: {
        req: (req: { method: string; url: string; id: unknown }) => ({ id: req.id, method: req.method, url: redactedUrl(req.url) }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    }),
  );

  const { metrics } = options;
  if (metrics) {
    app.use((req, res, next) => {
      const end = metrics.httpDuration.startTimer();
      res.once('finish', () => end({ family: routeFamily(req.path), method: req.method, status: String(res.statusCode) }));
      next();
    });
  }

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const readiness = await options.readiness();
    res.status(readiness.ready ? 200 : 503).json(readiness);
  });

  // Prometheus text format, behind the same access rule as the REST API (the token, or this machine).
  if (metrics) {
    const access = apiAccess(options.apiToken);
    app.get('/metrics', access, async (_req, res) => {
      res.type(metrics.registry.contentType).send(await metrics.registry.metrics());
    });
  }

  // The original front end is served from another origin: its routes (and sign-in) answer CORS for the allowed ones.
  if (options.corsOrigins?.length) app.use(ORIGINAL_API_PATHS, originalCors(options.corsOrigins));

  for (const router of options.adapterRouters ?? []) app.use(router);

  // Links in chat cards: record the open, then go to the content (also when it can no longer be recorded).
  app.get('/open/:token', async (req, res, next) => {
    const link = options.links.verify(req.params.token);
    if (!link) return next(new HttpError(404, 'NOT_FOUND', 'This link is not valid.'));
    try {
      await options.core.openContent({ employeeId: link.e, contentId: link.c });
    } catch (error) {
      if (!isSkillcheckError(error)) options.logger.error({ err: error }, 'recording an open failed');
    }
    res.redirect(302, link.u);
  });

  if (options.consoleRouter) app.use(options.consoleRouter);

  const routes = [...learnerRoutes(options.core), ...adminRoutes(options.core, { stallDays: options.stallDays }), ...pictureRoutes(options.core), ...auditRoutes(options.core), ...privacyRoutes(options.core)];
  // Built at the first request for it, not at every start (some 0.7 MB and a quarter of a second).
  let document: ReturnType<typeof buildOpenApiDocument> | undefined;

  // Skillcheck's own API (/api/v1/...) and its OpenAPI document are behind the API access rule.
  const access = apiAccess(options.apiToken);
  app.use(API_V1, access);
  app.use('/api/openapi.json', access);
  app.use(`${API_V1}/admin/import`, express.json({ limit: IMPORT_BODY_LIMIT }), express.text({ type: ['text/csv', 'text/plain'], limit: IMPORT_BODY_LIMIT }));
  app.use(API_V1, express.json({ limit: JSON_BODY_LIMIT }));
  app.get('/api/openapi.json', (_req, res) => {
    res.json((document ??= buildOpenApiDocument(routes, { version: options.version })));
  });
  const router = express.Router();
  // Every caller of /api/v1 holds the API token (or, with none set, is on this machine): the audit log names it so,
  // and together they are one workspace for the allowances of costly actions.
  const restActor = options.apiToken ? API_TOKEN_ACTOR('rest') : { ...API_TOKEN_ACTOR('rest'), label: 'local client (no API token set)' };
  registerRoutes(router, routes, { actor: restActor, note: (entry) => options.core.noteAudit(entry) }, { takeAllowance: (action) => options.core.takeAllowance({ action, workspace: API_WORKSPACE }) });
  app.use(router);

  // The original backend's routes and reply shapes under /api/ (its front end runs unchanged against them), and its
  // sign-in: the API token, or a web account's access token (not behind the /api/v1 rule).
  const authenticate = webAuth({ apiToken: options.apiToken, verifyAccess: (token) => options.core.verifyAccess({ token }) });
  app.use('/api/auth', authRoutes({ core: options.core, logger: options.logger, authenticate }));
  app.use(originalRoutes({ core: options.core, logger: options.logger, authenticate }));

  app.use((req, _res, next) => {
    next(new HttpError(404, 'NOT_FOUND', `There is nothing at ${req.method} ${req.path}.`));
  });
  app.use(errorHandler(options.logger));
  return app;
}
