import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';

/**
 * An error the client caused or may see: it becomes `{ error: { code, message, details? } }`
 * with its status. Everything else is logged and answered with a bare 500.
 */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export const badRequest = (code: string, message: string, details?: unknown) => new HttpError(400, code, message, details);
export const unauthorized = (message = 'Sign in first.') => new HttpError(401, 'unauthorized', message);
export const notFound = (message = 'Not found.') => new HttpError(404, 'not_found', message);
export const conflict = (code: string, message: string) => new HttpError(409, code, message);

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

export function errorBody(code: string, message: string, details?: unknown): ErrorBody {
  return { error: details === undefined ? { code, message } : { code, message, details } };
}

/** Fastify's own client errors (bad JSON, too large, wrong content type …) under stable codes. */
const FASTIFY_CODES: Record<string, { code: string; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'invalid_json', message: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { code: 'invalid_json', message: 'The request body is empty; send a JSON object.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', message: 'The request body is too large.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { code: 'unsupported_media_type', message: 'Send the request body as application/json.' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { code: 'bad_request', message: 'The Content-Length header does not match the body.' },
  FST_ERR_CTP_INVALID_TYPE: { code: 'bad_request', message: 'The Content-Type header is invalid.' },
};

export function handleError(error: FastifyError | HttpError | Error, request: FastifyRequest, reply: FastifyReply): void {
  if (error instanceof HttpError) {
    void reply.code(error.statusCode).send(errorBody(error.code, error.message, error.details));
    return;
  }
  const statusCode = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  if (statusCode >= 400 && statusCode < 500) {
    const known = 'code' in error && typeof error.code === 'string' ? FASTIFY_CODES[error.code] : undefined;
    const fallback = error instanceof SyntaxError
      ? FASTIFY_CODES.FST_ERR_CTP_INVALID_JSON_BODY!
      : { code: 'bad_request', message: 'The request could not be understood.' };
    const { code, message } = known ?? fallback;
    void reply.code(statusCode).send(errorBody(code, message));
    return;
  }
  request.log.error({ err: error }, 'request failed');
  void reply.code(500).send(errorBody('internal', 'Something went wrong on the server. Please try again later.'));
}
