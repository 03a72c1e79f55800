import http from 'node:http';
import type { AddressInfo } from 'node:net';
import helmet from 'helmet';
import { API_SECURITY_HEADERS, helmetHeaders, PAGE_CSP_HEADER, PAGE_HELMET_OPTIONS } from '../../src/http/security-headers';

/** What helmet's own middleware puts on a real node:http response, minus what node adds itself. */
async function realHelmetHeaders(options: Parameters<typeof helmet>[0]): Promise<Record<string, string>> {
  const middleware = helmet(options);
  const server = http.createServer((req, res) => middleware(req, res, () => res.end('ok')));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const res = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
    const real: Record<string, string> = {};
    const nodeOwn = new Set(['date', 'connection', 'keep-alive', 'content-length', 'transfer-encoding']);
    res.headers.forEach((value, name) => {
      if (!nodeOwn.has(name)) real[name] = value;
    });
    return real;
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}

describe('security headers', () => {
  it('the precomputed page headers are exactly what helmet puts on a real response', async () => {
    const precomputed = helmetHeaders(PAGE_HELMET_OPTIONS);
    expect(precomputed).toEqual(await realHelmetHeaders(PAGE_HELMET_OPTIONS));
    expect(precomputed['x-frame-options']).toBe('DENY');
    expect(precomputed['strict-transport-security']).toMatch(/max-age=\d+/);
    expect(precomputed['content-security-policy']).toBe(PAGE_CSP_HEADER);
  });

  it('the page CSP loads only from our origin: no inline or eval script, not framable', () => {
    const directives = new Map(PAGE_CSP_HEADER.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values] as const;
    }));
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('script-src-attr')).toEqual(["'none'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(PAGE_CSP_HEADER).not.toMatch(/unsafe-|https:|\*/);
  });

  it('the API set is the four headers that matter for JSON, all also in the page set (so a page replaces every one)', () => {
    expect(API_SECURITY_HEADERS).toEqual({
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
      'cross-origin-resource-policy': 'same-origin',
      'referrer-policy': 'no-referrer',
    });
    const page = helmetHeaders(PAGE_HELMET_OPTIONS);
    for (const name of Object.keys(API_SECURITY_HEADERS)) expect(page).toHaveProperty(name);
  });
});
