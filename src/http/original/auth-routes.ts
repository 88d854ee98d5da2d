import express, { type ErrorRequestHandler, type RequestHandler, type Response, Router } from 'express';
import type { Core } from '../../core/create-core.js';
import { isSkillcheckError, type ErrorCode } from '../../core/errors.js';
import type { Logger } from '../../core/ports/logger.js';
import { auditActorOf, principalOf, requireAdmin } from './web-auth.js';

export interface AuthRoutesOptions {
  core: Core;
  logger: Logger;
  /** webAuth: the caller's Principal on res.locals.principal, or 401 {"detail"} */
  authenticate: RequestHandler;
}

const REQUIRED = 'This field is required.';
const BLANK = 'This field may not be blank.';
const NOT_TEXT = 'Not a valid string.';

/** The original's field errors (Django REST framework's shape): {"field": ["message"]}, 400. */
type FieldErrors = Record<string, string[]>;

function textFields(body: unknown, required: readonly string[], optional: readonly string[] = []): { values: Record<string, string | undefined>; errors: FieldErrors | null } {
  const source = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const values: Record<string, string | undefined> = {};
  const errors: FieldErrors = {};
  for (const field of [...required, ...optional]) {
    const value = source[field];
    if (value === undefined || value === null) {
      if (required.includes(field)) errors[field] = [REQUIRED];
    } else if (typeof value !== 'string') errors[field] = [NOT_TEXT];
    else if (value.trim() === '' && required.includes(field)) errors[field] = [BLANK];
    else values[field] = value;
  }
  return { values, errors: Object.keys(errors).length > 0 ? errors : null };
}

/** Which field a refusal of the core is about, for the original's {"field": [...]} answers. */
const fieldOf: Partial<Record<ErrorCode, string>> = {
  USERNAME_INVALID: 'username',
  USERNAME_TAKEN: 'username',
  PASSWORD_TOO_WEAK: 'password',
  EMAIL_TAKEN: 'email',
  INVALID_INPUT: 'email',
  ACCOUNT_NEEDS_EMPLOYEE: 'employee_id',
  EMPLOYEE_NOT_FOUND: 'employee_id',
  EMPLOYEE_HAS_ACCOUNT: 'employee_id',
};

const sendTokenRefused = (res: Response) => res.status(401).json({ detail: 'Token is invalid or expired' });

/**
 * The original's sign-in routes under /api/auth/, with its reply shapes: login/, refresh/, logout/, me/ and
 * register/ (admins only: the original let anyone register as an admin). Errors are {"detail"} or field lists,
 * never a stack trace.
 */
export function authRoutes(options: AuthRoutesOptions): Router {
  const { core, authenticate } = options;
  const router = Router();
  router.use(express.json({ limit: '16kb' }));

  router.post('/login/', async (req, res) => {
    const { values, errors } = textFields(req.body, ['username', 'password']);
    if (errors) return void res.status(400).json(errors);
    const tokens = await core.signIn({ username: values.username!, password: values.password!, address: req.ip ?? req.socket.remoteAddress ?? 'unknown' });
    res.json({ refresh: tokens.refresh, access: tokens.access });
  });

  router.post('/refresh/', async (req, res) => {
    const { values, errors } = textFields(req.body, ['refresh']);
    if (errors) return void res.status(400).json(errors);
    const tokens = await core.refreshSession({ refresh: values.refresh! });
    res.json({ access: tokens.access, refresh: tokens.refresh });
  });

  // With {"refresh"}: that session ends. Without: the session of the bearer's access token.
  router.post(
    '/logout/',
    async (req, res, next) => {
      const { values } = textFields(req.body, [], ['refresh']);
      if (values.refresh === undefined) return next();
      await core.signOut({ refresh: values.refresh });
      res.status(205).end();
    },
    authenticate,
    async (_req, res) => {
      const principal = principalOf(res);
      if (principal.kind !== 'account') return void res.status(400).json({ refresh: [REQUIRED] });
      await core.signOut({ sessionId: principal.sessionId });
      res.status(205).end();
    },
  );

  router.get('/me/', authenticate, async (_req, res) => {
    const principal = principalOf(res);
    if (principal.kind !== 'account') return void res.status(404).json({ detail: 'The API token belongs to no web account.' });
    const me = await core.describeMe({ principal });
    res.json({ id: me.id, username: me.username, email: me.email, role: me.role, employee_id: me.employeeId, employee_name: me.employeeName });
  });

  router.post('/register/', authenticate, requireAdmin, async (req, res) => {
    const { values, errors } = textFields(req.body, ['username', 'password'], ['email', 'role']);
    const body = (typeof req.body === 'object' && req.body !== null ? req.body : {}) as Record<string, unknown>;
    const fieldErrors: FieldErrors = { ...errors };
    const role = values.role ?? 'EMPLOYEE';
    if (role !== 'EMPLOYEE' && role !== 'ADMIN') fieldErrors.role = [`"${role}" is not a valid choice.`];
    const rawEmployee = body.employee_id;
    const employeeId = rawEmployee === undefined || rawEmployee === null || rawEmployee === '' ? null : Number(rawEmployee);
    if (employeeId !== null && !Number.isSafeInteger(employeeId)) fieldErrors.employee_id = ['A valid integer is required.'];
    if (Object.keys(fieldErrors).length > 0) return void res.status(400).json(fieldErrors);
    const account = await core.createAccount({
      actor: principalOf(res),
      username: values.username!,
      password: values.password!,
      email: values.email?.trim() ? values.email : null,
      role: role as 'EMPLOYEE' | 'ADMIN',
      employeeId,
      auditActor: auditActorOf(principalOf(res)),
    });
    res.status(201).json({ message: 'User registered successfully', user_id: account.id, username: account.username, email: account.email, role: account.role });
  });

  // The original's answers for a known address asked with another method, and for an unknown one.
  const allowed: Record<string, string> = { '/login/': 'POST', '/refresh/': 'POST', '/logout/': 'POST', '/me/': 'GET', '/register/': 'POST' };
  for (const [path, method] of Object.entries(allowed)) {
    router.all(path, (req, res, next) => {
      if (req.method === 'OPTIONS') return next();
      res.setHeader('Allow', `${method}, OPTIONS`);
      res.status(405).json({ detail: `Method "${req.method}" not allowed.` });
    });
  }
  router.use((req, res, next) => (req.method === 'OPTIONS' ? next() : void res.status(404).json({ detail: 'Not found.' })));
  router.use(authErrors(options.logger));
  return router;
}

/** The core's refusals in the original's shapes; anything unexpected is logged and answered without details. */
function authErrors(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    if (isSkillcheckError(error)) {
      switch (error.code) {
        case 'SIGN_IN_FAILED':
          return void res.status(401).json({ detail: error.message });
        case 'TOKEN_NOT_VALID':
          return void sendTokenRefused(res);
        case 'SIGN_IN_LIMITED': {
          const seconds = Number(error.details?.retryAfterSeconds ?? 60);
          res.setHeader('Retry-After', String(seconds));
          return void res.status(429).json({ detail: `${error.message} You can try again in ${Math.ceil(seconds / 60)} minute${seconds > 60 ? 's' : ''}.` });
        }
        case 'ACCOUNTS_ADMIN_ONLY':
          return void res.status(403).json({ detail: error.message });
        case 'ACCOUNT_NOT_FOUND':
          return void res.status(404).json({ detail: error.message });
      }
      const field = fieldOf[error.code];
      if (field) return void res.status(400).json({ [field]: [error.message] });
    }
    const type = typeof error?.type === 'string' ? error.type : '';
    if (type === 'entity.parse.failed') return void res.status(400).json({ detail: 'The request body is not valid JSON.' });
    if (type === 'entity.too.large') return void res.status(413).json({ detail: 'The request body is too large.' });
    if (type.endsWith('.unsupported')) return void res.status(415).json({ detail: 'The request body uses an encoding or character set the server does not accept.' });
    logger.error({ err: error, method: req.method, url: req.originalUrl }, 'unhandled error');
    res.status(500).json({ detail: 'Something went wrong.' });
  };
}
