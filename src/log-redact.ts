/**
 * Paths and keys never written to logs. Its own module so that the cluster primary, which only
 * supervises, can build its logger without loading the whole app.
 */
export const LOG_REDACT = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["idempotency-key"]',
  'headers.authorization',
  '*.token',
  '*.secret',
  '*.apiKey',
  '*.password',
  '*.code',
];

