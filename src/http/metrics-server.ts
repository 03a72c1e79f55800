import type { MetricsExposure } from '../config';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { timingSafeEqual, createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { AppMetrics } from '../plugins/metrics';

/**
 * Where GET /metrics is served. The scrape reveals vote counts (even for a ballot that hides them)
 * and how the stuffing detector fares, so in production it is not on the public port: it gets a
 * listener of its own, on an internal address, and can require a scrape credential.
 */
export type { MetricsExposure } from '../config';

const digest = (s: string) => createHash('sha256').update(s).digest();

/** True when the request carries the scrape credential (or none is configured). */
export function scrapeAllowed(req: IncomingMessage, token: string | null): boolean {
  if (token === null) return true;
  const m = /^Bearer (.+)$/i.exec(String(req.headers.authorization ?? '').trim());
  // Hashes of equal length, compared in constant time: the token's length leaks nothing either.
  return m !== null && timingSafeEqual(digest(m[1]), digest(token));
}

/** The separate metrics listener: GET /metrics and nothing else. */
export async function startMetricsServer(metrics: AppMetrics, exposure: MetricsExposure & { port: number }): Promise<{ port: number; close: () => Promise<void> }> {
  const server = http.createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'GET' || path !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n');
      return;
    }
    if (!scrapeAllowed(req, exposure.token)) {
      res.writeHead(401, { 'content-type': 'text/plain', 'www-authenticate': 'Bearer' }).end('unauthorized\n');
      return;
    }
    metrics.scrape().then(
      (text) => res.writeHead(200, { 'content-type': metrics.registry.contentType }).end(text),
      () => res.writeHead(500, { 'content-type': 'text/plain' }).end('scrape failed\n'),
    );
  });
  server.requestTimeout = 10_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(exposure.port, exposure.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
