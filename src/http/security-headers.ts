import helmet, { type HelmetOptions } from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * helmet's security headers, for every answer (app.ts sets them in its first hook, so errors and
 * 404s carry them too).
 *
 * helmet decides the headers; it is asked once, at start-up, against a recording response, and the
 * result is set on each reply. Without a Content-Security-Policy (this is a JSON API) nothing helmet
 * sets depends on the request, so the answer is the same every time. (@fastify/helmet ran helmet's
 * middleware chain and two async hooks on every request: about 7% of a duplicate vote's CPU.)
 */
export function helmetHeaders(options: Readonly<HelmetOptions>): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: unknown) {
      headers[name.toLowerCase()] = String(value);
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  let called = false;
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (err?: unknown) => {
    if (err) throw err;
    called = true;
  });
  // helmet's middleware is synchronous; if a future version is not, fail at start-up, not silently.
  if (!called) throw new Error('helmet did not finish synchronously: security headers cannot be precomputed');
  return headers;
}
