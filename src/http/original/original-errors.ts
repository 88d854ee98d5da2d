import type { ErrorRequestHandler } from 'express';
import { isSkillcheckError, type ErrorCode, type ErrorKind } from '../../core/errors.js';
import type { Logger } from '../../core/ports/logger.js';

/** The original's two error bodies: {"error"} for what the caller did wrong in the workflow, {"detail"} for the rest. */
export type OriginalErrorBody = { error: string } | { detail: string };
export interface OriginalError {
  status: number;
  body: OriginalErrorBody;
}

/** An error these routes answer themselves (a bad body, an unknown role), already in one of the original's shapes. */
export class OriginalHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: OriginalErrorBody,
  ) {
    super('error' in body ? body.error : body.detail);
  }
}

export const SOMETHING_WENT_WRONG = 'Something went wrong.';
/** The original's words where its front end may show them. */
export const NO_ACTIVE_ASSESSMENT = 'No active assessment';
export const FORBIDDEN = 'Forbidden';

/** Codes whose original answer had its own words. */
const originalWords: Partial<Record<ErrorCode, string>> = { NO_OPEN_ASSESSMENT: NO_ACTIVE_ASSESSMENT };
/** Codes answered otherwise than their kind: a question id of another sitting is a bad request body, not a permission. */
const byCode: Partial<Record<ErrorCode, (message: string) => OriginalError>> = {
  QUESTION_NOT_IN_SESSION: (message) => ({ status: 400, body: { error: message } }),
};

/**
 * A Skillcheck error as the original answered such a case: unknown ids 404 {"detail"}; a workflow step
 * out of order or a value not valid 400 {"error"} (the original answered "No active assessment" with
 * 400); may not 403 {"error"}; a service not reachable 503 {"detail"}.
 */
const byKind: Record<ErrorKind, (message: string) => OriginalError> = {
  not_found: (message) => ({ status: 404, body: { detail: message } }),
  invalid: (message) => ({ status: 400, body: { error: message } }),
  conflict: (message) => ({ status: 400, body: { error: message } }),
  forbidden: (message) => ({ status: 403, body: { error: message } }),
  unavailable: (message) => ({ status: 503, body: { detail: message } }),
  limited: (message) => ({ status: 429, body: { detail: message } }),
};

const bodyParserErrors: Record<string, OriginalError> = {
  'entity.parse.failed': { status: 400, body: { error: 'Invalid JSON payload' } },
  'entity.too.large': { status: 413, body: { detail: 'The request body is too large.' } },
  'encoding.unsupported': { status: 415, body: { detail: 'The request body uses an encoding the server does not accept.' } },
  'charset.unsupported': { status: 415, body: { detail: 'The request body uses a character set the server does not accept.' } },
  'request.aborted': { status: 400, body: { error: 'The request was aborted before its body arrived.' } },
};

/** Any failure on the original's routes, as the original's status and body; null for an unexpected one (500). */
export function originalErrorFor(error: unknown): OriginalError | null {
  if (error instanceof OriginalHttpError) return { status: error.status, body: error.body };
  if (isSkillcheckError(error)) return (byCode[error.code] ?? byKind[error.kind])(originalWords[error.code] ?? error.message);
  const type = (error as { type?: unknown } | null)?.type;
  if (typeof type === 'string' && bodyParserErrors[type]) return bodyParserErrors[type];
  return null;
}

/** The error handler of the original's router: never a stack trace; unexpected errors logged and answered 500 {"detail"}. */
export function originalErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const known = originalErrorFor(error);
    if (!known) logger.error({ err: error, method: req.method, url: req.originalUrl }, 'unhandled error');
    const { status, body } = known ?? { status: 500, body: { detail: SOMETHING_WENT_WRONG } };
    const retryAfter = isSkillcheckError(error) ? error.details?.retryAfterSeconds : undefined;
    if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
    res.status(status).json(body);
  };
}
