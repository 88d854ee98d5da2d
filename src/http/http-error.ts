import type { ErrorRequestHandler } from 'express';
import { ImportFileError } from '../admin-io/json-import.js';
import { isSkillcheckError, type ErrorKind } from '../core/errors.js';
import type { Logger } from '../core/ports/logger.js';

/** An error the HTTP layer answers itself, with a stable code and a message fit for a client. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export const statusForKind: Record<ErrorKind, number> = { not_found: 404, invalid: 422, conflict: 409, forbidden: 403, unavailable: 503, limited: 429 };

const bodyParserErrors: Record<string, [number, string, string]> = {
  'entity.parse.failed': [400, 'MALFORMED_JSON', 'The request body is not valid JSON.'],
  'entity.too.large': [413, 'PAYLOAD_TOO_LARGE', 'The request body is too large.'],
  'encoding.unsupported': [415, 'UNSUPPORTED_ENCODING', 'The request body uses an encoding the server does not accept.'],
  'charset.unsupported': [415, 'UNSUPPORTED_CHARSET', 'The request body uses a character set the server does not accept.'],
  'request.aborted': [400, 'REQUEST_ABORTED', 'The request was aborted before its body arrived.'],
};

/**
 * Every failure becomes `{ "error": { "code", "message", "details"? } }` with the right status.
 * Never an HTML page, never a stack trace: unexpected errors are logged and answered with a
 * generic message.
 */
export function errorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    let status = 500;
    let body: { code: string; message: string; details?: unknown } = {
      code: 'INTERNAL_ERROR',
      message: 'Something went wrong on our side. Please try again; if it keeps happening, tell your administrator.',
    };
    const parserError = typeof error?.type === 'string' ? bodyParserErrors[error.type] : undefined;
    if (error instanceof HttpError) {
      status = error.status;
      body = { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) };
    } else if (isSkillcheckError(error)) {
      status = statusForKind[error.kind];
      // A limited request says when to come back (seconds), as the details do.
      const retryAfter = error.details?.retryAfterSeconds;
      if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
      body = { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) };
    } else if (error instanceof ImportFileError) {
      status = 400;
      body = { code: 'INVALID_FILE', message: error.message };
    } else if (parserError) {
      [status, body.code, body.message] = parserError;
    } else {
      logger.error({ err: error, method: req.method, url: req.originalUrl }, 'unhandled error');
    }
    res.status(status).json({ error: body });
  };
}
