import express, { type NextFunction, type Request, type Response, type Router } from 'express';
import helmet from 'helmet';
import type { Logger as PinoLogger } from 'pino';
import type { Core } from '../core/create-core.js';
import type { NoteAuditInput } from '../core/audit/note-audit.js';
import type { AuditAction } from '../core/audit/rules/audit-actions.js';
import type { AuditDetail } from '../core/audit/rules/audit-detail.js';
import type { SignedInViewer } from '../core/console/find-console-viewer.js';
import { isManager } from '../core/console/rules/console-access.js';
import { isSkillcheckError } from '../core/errors.js';
import { clearedCookie, sessionCookie, sessionTokenOf } from './console-cookie.js';
import { CsrfTokens } from './csrf.js';
import { CONSOLE_STYLE } from './pages/console-style.js';
import { CONSOLE_PATHS, type PageContext } from './pages/layout.js';
import { problemPage } from './pages/problem-page.js';
import { sessionsPage } from './pages/sessions-page.js';
import { confirmSignInPage, linkProblemPage, signedOutPage } from './pages/sign-in-pages.js';

export interface ConsoleOptions {
  core: Core;
  logger: PinoLogger;
  /** the secret the CSRF tokens are derived with (shared by every process) */
  secret: string | null;
  /** days without learning activity after which a report counts as stalled (REMINDER_AFTER_DAYS) */
  stallDays: number;
}

/** A page answered with a status, as HTML. */
export class PageError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    message: string,
  ) {
    super(message);
  }
}

/** What a signed-in request carries once the guard let it through. */
export interface ConsoleLocals {
  viewer: SignedInViewer;
  sessionToken: string;
  page: PageContext;
}

export const localsOf = (res: Response): ConsoleLocals => res.locals as ConsoleLocals;

/** Form bodies are small: the import page (the largest) takes a company's CSV or JSON. */
export const FORM_BODY_LIMIT = '5mb';

type Handler = (req: Request, res: Response) => Promise<void> | void;
const handle = (handler: Handler) => (req: Request, res: Response, next: NextFunction) => {
  Promise.resolve(handler(req, res)).catch(next);
};

/**
 * The web console under /app, in the server process: sign-in by a one-time link from chat, a session
 * cookie, CSRF tokens on every form, and server-rendered pages (no script) that work with the keyboard
 * and on a phone. `pages` adds the learner, manager and admin pages behind the guards.
 */
export function createConsoleRouter(options: ConsoleOptions, pages: ConsolePageModule[] = []): Router {
  const { core } = options;
  const csrf = new CsrfTokens(options.secret);
  const router = express.Router();

  router.use(
    '/app',
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'none'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
          formAction: ["'self'"],
          frameAncestors: ["'none'"],
          baseUri: ["'none'"],
        },
      },
      referrerPolicy: { policy: 'same-origin' },
      // The console is served over http on localhost too, where HSTS would do nothing useful.
      strictTransportSecurity: false,
    }),
    (_req, res, next) => {
      res.setHeader('Cache-Control', 'no-store');
      next();
    },
  );

  router.get(CONSOLE_PATHS.style, (_req, res) => {
    res.setHeader('Cache-Control', 'public, max-age=3600');
    res.type('text/css').send(CONSOLE_STYLE);
  });

  // Opening a link only asks; chat apps fetch links to preview them, and that must not use the link.
  router.get(
    '/app/sign-in/:token',
    handle(async (req, res) => {
      try {
        const link = await core.peekSignInLink({ token: String(req.params.token) });
        res.type('html').send(confirmSignInPage({ name: link.name, action: CONSOLE_PATHS.signIn(String(req.params.token)) }));
      } catch (error) {
        if (!isSkillcheckError(error)) throw error;
        res.status(error.kind === 'not_found' ? 404 : 410).type('html').send(linkProblemPage(error.message));
      }
    }),
  );

  // A form post from this site's own pages: browsers say so in Sec-Fetch-Site, older ones in Origin. A
  // client that sends neither is no browser, and carries no one else's cookie.
  const sameOrigin = (req: Request) => {
    const site = req.get('sec-fetch-site');
    if (site !== undefined) return site === 'same-origin';
    const origin = req.get('origin');
    if (origin === undefined) return true;
    try {
      return new URL(origin).host === req.get('host');
    } catch {
      return false;
    }
  };

  router.post(
    '/app/sign-in/:token',
    handle(async (req, res) => {
      // Another site must not sign a person in as someone else (login CSRF): only this site's own form.
      if (!sameOrigin(req)) throw new PageError(403, 'Not allowed', 'This form can only be sent from the Skillcheck console itself.');
      try {
        const signedIn = await core.redeemSignInLink({ token: String(req.params.token), userAgent: req.get('user-agent') ?? '' });
        res.setHeader('Set-Cookie', sessionCookie(signedIn.sessionToken, signedIn.expiresAt));
        res.redirect(303, signedIn.landing);
      } catch (error) {
        if (!isSkillcheckError(error)) throw error;
        res.status(error.kind === 'not_found' ? 404 : 410).type('html').send(linkProblemPage(error.message));
      }
    }),
  );

  router.get('/app/signed-out', (_req, res) => {
    res.type('html').send(signedOutPage({ signedOut: true }));
  });

  // Everything below needs a signed-in browser; every form post needs its CSRF token. Answers true when
  // the request may go on, false when it was answered here (a GET while signed out).
  const admit = async (req: Request, res: Response): Promise<boolean> => {
    const sessionToken = sessionTokenOf(req.get('cookie'));
    const viewer = sessionToken ? await core.findConsoleViewer({ sessionToken }) : null;
    if (!viewer || !sessionToken) {
      if (req.method !== 'GET' && req.method !== 'HEAD') throw new PageError(401, 'Please sign in', 'Your session has ended. Ask Skillcheck in chat for a new sign-in link.');
      res.status(401).type('html').send(signedOutPage({ signedOut: false }));
      return false;
    }
    const locals = res.locals as ConsoleLocals;
    locals.viewer = viewer;
    locals.sessionToken = sessionToken;
    locals.page = { viewer, csrf: csrf.tokenFor(sessionToken), path: req.path };
    if (req.method === 'POST') {
      const body = (req.body ?? {}) as Record<string, unknown>;
      if (!sameOrigin(req) || !csrf.matches(sessionToken, body.csrf)) {
        throw new PageError(403, 'This form has expired', 'The form was not accepted (it may be from an older page). Go back, reload the page and try again.');
      }
    }
    return true;
  };
  const guard = (req: Request, res: Response, next: NextFunction) => {
    admit(req, res).then((allowed) => (allowed ? next() : undefined), next);
  };
  router.use('/app', express.urlencoded({ extended: false, limit: FORM_BODY_LIMIT }));
  router.use('/app', (req, res, next) => (req.path.startsWith('/assets/') || req.path.startsWith('/sign-in/') || req.path === '/signed-out' ? next() : guard(req, res, next)));

  const tools: ConsoleTools = {
    core,
    manager: (_req, res, next) => (isManager(localsOf(res).viewer) ? next() : next(new PageError(403, 'Not your page', 'This page is for managers: nobody reports to you in Skillcheck.'))),
    admin: (_req, res, next) => (localsOf(res).viewer.isAdmin ? next() : next(new PageError(403, 'Not your page', 'This page is for Skillcheck admins.'))),
    handle,
    stallDays: options.stallDays,
    audit: (action, subjectOf, detailOf) => (req, res, next) => {
      // The entry is written before the page goes out (no entry, no page), and only for a page served (status
      // under 400): a refused or failed request records nothing.
      const send = res.send.bind(res);
      let sent = false;
      res.send = (body?: unknown) => {
        if (sent || res.statusCode >= 400) return send(body);
        sent = true;
        const viewer = localsOf(res).viewer;
        const detail = detailOf?.(req);
        core
          .noteAudit({ actor: { employeeId: viewer.employeeId, channel: 'console' }, action, subject: subjectOf(req, viewer), ...(detail ? { detail } : {}) })
          .then(() => send(body), next);
        return res;
      };
      next();
    },
  };

  router.post(
    CONSOLE_PATHS.signOut,
    handle(async (_req, res) => {
      const { viewer } = localsOf(res);
      await core.revokeConsoleSession({ employeeId: viewer.employeeId, sessionId: viewer.sessionId });
      res.setHeader('Set-Cookie', clearedCookie());
      res.redirect(303, '/app/signed-out');
    }),
  );

  router.get(
    CONSOLE_PATHS.sessions,
    handle(async (_req, res) => {
      const { page, viewer } = localsOf(res);
      res.type('html').send(sessionsPage(page, await core.listConsoleSessions({ employeeId: viewer.employeeId })));
    }),
  );

  router.post(
    `${CONSOLE_PATHS.sessions}/revoke-all`,
    handle(async (_req, res) => {
      const { viewer } = localsOf(res);
      await core.revokeAllConsoleSessions({ employeeId: viewer.employeeId });
      res.setHeader('Set-Cookie', clearedCookie());
      res.redirect(303, '/app/signed-out');
    }),
  );

  router.post(
    `${CONSOLE_PATHS.sessions}/:id/revoke`,
    handle(async (req, res) => {
      const { viewer, page } = localsOf(res);
      const sessionId = Number(req.params.id);
      if (!Number.isSafeInteger(sessionId)) throw new PageError(404, 'Not found', 'There is no such signed-in browser.');
      try {
        await core.revokeConsoleSession({ employeeId: viewer.employeeId, sessionId });
      } catch (error) {
        if (isSkillcheckError(error) && error.code === 'CONSOLE_SESSION_NOT_FOUND') throw new PageError(404, 'Not found', error.message);
        throw error;
      }
      if (sessionId === viewer.sessionId) {
        res.setHeader('Set-Cookie', clearedCookie());
        res.redirect(303, '/app/signed-out');
        return;
      }
      res.type('html').send(sessionsPage(page, await core.listConsoleSessions({ employeeId: viewer.employeeId }), 'That browser is signed out.'));
    }),
  );

  for (const add of pages) add(router, tools);

  // Anything else under /app, and every failure: a page, never JSON or a stack trace.
  router.use('/app', (req, _res, next) => next(new PageError(404, 'Page not found', `There is no console page at ${req.path}.`)));
  router.use('/app', (error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const page = (res.locals as Partial<ConsoleLocals>).page ?? null;
    if (error instanceof PageError) {
      res.status(error.status).type('html').send(problemPage(page, { title: error.title, message: error.message }));
      return;
    }
    if (isSkillcheckError(error)) {
      const status = error.kind === 'not_found' ? 404 : error.kind === 'forbidden' ? 403 : error.kind === 'invalid' ? 422 : error.kind === 'unavailable' ? 503 : error.kind === 'limited' ? 429 : 409;
      const retryAfter = error.details?.retryAfterSeconds;
      if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
      res.status(status).type('html').send(problemPage(page, { title: 'That did not work', message: error.message }));
      return;
    }
    const status = typeof (error as { status?: unknown })?.status === 'number' ? (error as { status: number }).status : 500;
    if (status >= 500) options.logger.error({ err: error }, 'console page failed');
    res
      .status(status)
      .type('html')
      .send(problemPage(page, { title: status === 413 ? 'Too large' : status < 500 ? 'Not accepted' : 'Something went wrong', message: status === 413 ? 'What you sent is too large.' : status < 500 ? 'The request was not accepted.' : 'Something went wrong on our side. Please try again.' }));
  });
  return router;
}

/** A page module: adds its routes to the console's router with the tools it is given. */
export type ConsolePageModule = (router: Router, tools: ConsoleTools) => void;

/** What page modules get: the core, the guards for their routes, and the async handler wrapper. */
export interface ConsoleTools {
  core: Core;
  /** only people with direct reports */
  manager: (req: Request, res: Response, next: NextFunction) => void;
  /** only admins */
  admin: (req: Request, res: Response, next: NextFunction) => void;
  /** wraps an async handler so its errors reach the console's error page */
  handle: (handler: Handler) => (req: Request, res: Response, next: NextFunction) => void;
  /** days without learning activity after which a report counts as stalled (REMINDER_AFTER_DAYS) */
  stallDays: number;
  /** records who read or changed whose data when the page is served (admin and manager pages), naming the signed-in employee */
  audit: (
    action: AuditAction,
    subject: (req: Request, viewer: SignedInViewer) => NoteAuditInput['subject'],
    detail?: (req: Request) => AuditDetail,
  ) => (req: Request, res: Response, next: NextFunction) => void;
}
