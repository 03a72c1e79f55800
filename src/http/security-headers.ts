import helmet, { type HelmetOptions } from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * Security headers by kind of answer. app.ts's first hook puts the API set on every answer (errors
 * and 404s too); the HTML pages (/vote/, /console/, /docs) replace it with helmet's full set.
 */

/**
 * What matters for JSON: no sniffing a body as another type, nothing loadable or framable from it,
 * no Referer leaked onwards. Five headers instead of helmet's dozen keeps each answer cheap.
 */
export const API_SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'x-content-type-options': 'nosniff',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'cross-origin-resource-policy': 'same-origin',
  'referrer-policy': 'no-referrer',
});

/**
 * The pages' CSP: everything from our own origin, no inline script or style, no eval, not framable.
 * img-src allows data: because weui draws its icons as data: SVG masks. upgrade-insecure-requests
 * is left out: production sits behind HTTPS (and HSTS), and it would break plain-HTTP local runs.
 */
export const PAGE_CSP_DIRECTIVES = {
  defaultSrc: ["'self'"],
  baseUri: ["'self'"],
  connectSrc: ["'self'"],
  fontSrc: ["'self'", 'data:'],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
  imgSrc: ["'self'", 'data:'],
  objectSrc: ["'none'"],
  scriptSrc: ["'self'"],
  scriptSrcAttr: ["'none'"],
  styleSrc: ["'self'"],
  upgradeInsecureRequests: null,
} as const;

/** The same policy as a header value (swagger-ui sets its own CSP header from a string). */
export const PAGE_CSP_HEADER = helmetHeaders({ contentSecurityPolicy: { useDefaults: false, directives: PAGE_CSP_DIRECTIVES } })['content-security-policy'];

/**
 * /docs: the same policy, plus the one <style> element swagger-ui's bundle injects at run time
 * (allowed by its hash, so no other inline style is; a swagger-ui upgrade that changes it shows up
 * as a CSP violation in test/browser/pages-smoke.test.ts).
 */
export const SWAGGER_UI_STYLE_HASH = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";
export const DOCS_CSP_HEADER = helmetHeaders({
  contentSecurityPolicy: { useDefaults: false, directives: { ...PAGE_CSP_DIRECTIVES, styleSrc: ["'self'", SWAGGER_UI_STYLE_HASH] } },
})['content-security-policy'];

export const PAGE_HELMET_OPTIONS: Readonly<HelmetOptions> = {
  contentSecurityPolicy: { useDefaults: false, directives: PAGE_CSP_DIRECTIVES },
  xFrameOptions: { action: 'deny' },
};

/**
 * helmet's headers for the given options, asked once at start-up against a recording response
 * (nothing helmet sets depends on the request), then set on each reply as a plain object.
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
