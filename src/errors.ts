/**
 * The one error catalogue. Every error a client can see is an AppError with a code from here;
 * the error handler renders it as API.md's body. Anything else becomes a 500 that says nothing.
 */
export const ERROR_STATUS = {
  VALIDATION_FAILED: 400,
  UNAUTHENTICATED: 401,
  WECHAT_CODE_REJECTED: 401,
  FORBIDDEN: 403,
  SNAPSHOT_USER: 403,
  NOT_FOUND: 404,
  ALREADY_VOTED_TODAY: 409,
  BALLOT_NOT_OPEN: 409,
  BALLOT_NOT_CLOSED: 409,
  INVALID_STATE: 409,
  UNREVIEWED_FLAGS: 409,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INVALID_SELECTION: 422,
  NOT_DIFFERENTIAL: 422,
  INVALID_WINDOW: 422,
  IDEMPOTENCY_KEY_REUSED: 422,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  WECHAT_UNAVAILABLE: 502,
  UNAVAILABLE: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export class AppError extends Error {
  readonly statusCode: number;
  readonly code: ErrorCode;
  /** Extra body fields listed in API.md (e.g. `voteId`, `nextVoteAt`, `phase`). */
  readonly extra: Record<string, unknown>;
  /** Sent as the Retry-After header (seconds) by the error handler. */
  retryAfterS?: number;
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    const status = ERROR_STATUS[code];
    // A 4xx is an answer, not a fault: nobody reads its stack, and capturing one is most of what
    // an Error costs. The duplicate-vote path (retries, stuffing scripts) makes thousands a second.
    const limit = Error.stackTraceLimit;
    if (status < 500) Error.stackTraceLimit = 0;
    super(message);
    Error.stackTraceLimit = limit;
    this.name = 'AppError';
    this.code = code;
    this.extra = extra;
    this.statusCode = status;
  }
}

export const errors = {
  validation: (message: string, details?: unknown) =>
    new AppError('VALIDATION_FAILED', message, details === undefined ? {} : { details }),
  unauthenticated: (message = 'A valid credential is required.') => new AppError('UNAUTHENTICATED', message),
  forbidden: (message = 'This credential may not do this.') => new AppError('FORBIDDEN', message),
  notFound: (what: string) => new AppError('NOT_FOUND', `No such ${what}.`),
  invalidState: (message: string) => new AppError('INVALID_STATE', message),
  unavailable: (message = 'Storage is unavailable; nothing was recorded. Safe to retry.') =>
    new AppError('UNAVAILABLE', message),
};

/** Body of every error response (API.md). */
export interface ErrorBody {
  statusCode: number;
  code: ErrorCode;
  message: string;
  requestId: string;
  [extra: string]: unknown;
}

const PG_UNAVAILABLE_CODES = new Set(['57P01', '57P02', '57P03', '53300', '08000', '08001', '08003', '08006', '57014']);
const NET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH', 'EAI_AGAIN']);

/**
 * True when an error means a store (PostgreSQL or Redis) could not be reached or answered too late:
 * the request did not take effect and the client may retry (503 UNAVAILABLE).
 */
export function isStorageUnavailable(err: unknown): boolean {
  if (!err || typeof err !== 'object') return false;
  const e = err as { code?: unknown; message?: unknown; name?: unknown };
  if (typeof e.code === 'string' && (PG_UNAVAILABLE_CODES.has(e.code) || NET_CODES.has(e.code))) return true;
  if (e.name === 'MaxRetriesPerRequestError') return true;
  const msg = typeof e.message === 'string' ? e.message : '';
  return /Connection terminated|connection timeout|timeout exceeded when trying to connect|Connection is closed|Command timed out|Stream isn't writeable|Client has encountered a connection error|Cannot use a pool after calling end|terminating connection/i.test(
    msg,
  );
}
