import http from 'node:http';
import type { AddressInfo } from 'node:net';
import helmet from 'helmet';
import { helmetHeaders } from '../../src/http/security-headers';

/** The precomputed headers are exactly what helmet's own middleware puts on a real response. */
describe('helmetHeaders', () => {
  it('matches helmet applied to a real node:http response', async () => {
    const options = { contentSecurityPolicy: false } as const;
    const middleware = helmet(options);
    const server = http.createServer((req, res) => middleware(req, res, () => res.end('ok')));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
      const real: Record<string, string> = {};
      // Drop what node:http adds by itself.
      const nodeOwn = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);
      res.headers.forEach((value, name) => {
        if (!nodeOwn.has(name)) real[name] = value;
      });
      const precomputed = helmetHeaders(options);
      expect(precomputed).toEqual(real);
      expect(precomputed['x-content-type-options']).toBe('nosniff');
      expect(precomputed['strict-transport-security']).toMatch(/max-age=\d+/);
      expect(precomputed).not.toHaveProperty('content-security-policy');
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
