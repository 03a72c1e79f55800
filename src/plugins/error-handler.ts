import fp from 'fastify-plugin';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, isStorageUnavailable, type ErrorBody } from '../errors';

/** Maps anything thrown to API.md's error body. 5xx bodies never carry internals. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  const fe = err as Partial<FastifyError> & { validation?: Array<{ instancePath?: string; message?: string; params?: unknown }>; validationContext?: string };
  if (fe && Array.isArray(fe.validation)) {
    const details = fe.validation.map((v) => ({
      in: fe.validationContext,
      path: v.instancePath || (v.params as { issue?: { path?: unknown[] } } | undefined)?.issue?.path?.join('/') || '',
      message: v.message,
    }));
    return new AppError('VALIDATION_FAILED', `Invalid ${fe.validationContext ?? 'request'}: ${details.map((d) => `${d.path || '(root)'} ${d.message}`).join('; ')}`, { details });
  }
  switch (fe?.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send JSON (Content-Type: application/json).');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('VALIDATION_FAILED', 'The body is not valid JSON.');
    default:
      break;
  }
  if (typeof fe?.statusCode === 'number' && fe.statusCode === 413) return new AppError('PAYLOAD_TOO_LARGE', 'The request body is too large.');
  if (typeof fe?.statusCode === 'number' && fe.statusCode >= 400 && fe.statusCode < 500) {
    // Malformed requests Fastify itself rejects (bad content length, bad URL encoding, …).
    return new AppError('VALIDATION_FAILED', 'The request is malformed.');
  }
  if (isStorageUnavailable(err)) return new AppError('UNAVAILABLE', 'Storage is unavailable; nothing was recorded. Safe to retry.');
  return new AppError('INTERNAL', 'Internal error.');
}

export function errorBody(err: AppError, requestId: string): ErrorBody {
  return { statusCode: err.statusCode, code: err.code, message: err.message, requestId, ...err.extra };
}

export function sendError(request: FastifyRequest, reply: FastifyReply, raw: unknown): FastifyReply {
  const err = toAppError(raw);
  if (err.statusCode >= 500) {
    request.log.error({ err: raw, code: err.code }, 'request failed');
  } else {
    // Expected refusals (409 already voted, 401, 422…) at debug: at info, the duplicate-vote path
    // would write a second log line per request on top of the access line. Faults stay at error.
    request.log.debug({ code: err.code }, err.message);
  }
  // Router errors (frameworkErrors) are answered before any hook ran.
  if (!reply.hasHeader('x-request-id')) reply.header('x-request-id', request.id);
  if (err.retryAfterS !== undefined && !reply.hasHeader('retry-after')) reply.header('retry-after', String(err.retryAfterS));
  if (err.code === 'UNAVAILABLE' && !reply.hasHeader('retry-after')) reply.header('retry-after', '1');
  return reply.code(err.statusCode).type('application/json; charset=utf-8').send(errorBody(err, request.id));
}

export const errorHandlerPlugin = fp(
  async (app) => {
    app.setErrorHandler((err, request, reply) => sendError(request, reply, err));
  },
  { name: 'error-handler' },
);
