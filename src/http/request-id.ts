import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/**
 * Request ids are always made here, never taken from the client: a client-chosen X-Request-Id
 * could reuse another request's id and blur the logs. A sane client id is kept beside ours, in its
 * own log field (clientRequestId), so a proxy's id can still be followed through.
 */
export const generateRequestId = (): string => randomUUID();

const SANE_CLIENT_ID = /^[A-Za-z0-9._-]{8,64}$/;

/** The client's X-Request-Id when it is a plain token of 8..64 characters, else undefined. */
export function clientRequestId(raw: IncomingMessage): string | undefined {
  const given = raw.headers['x-request-id'];
  return typeof given === 'string' && SANE_CLIENT_ID.test(given) ? given : undefined;
}
