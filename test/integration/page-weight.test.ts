import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { createTestContext, type TestContext } from '../helpers/test-app';

/**
 * What a phone downloads for the voter page, as the service sends it compressed: the HTML, every
 * asset it names, and every chunk those load (the WeChat-only share chunk included). API answers
 * are not counted. The figures are written to artifacts/page-weight.json.
 */
describe('voter page weight', () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(() => ctx.close());

  async function transferred(encoding: 'gzip' | 'br'): Promise<Record<string, number>> {
    const sizes: Record<string, number> = {};
    const queue = ['/vote/'];
    while (queue.length > 0) {
      const url = queue.shift()!;
      if (url in sizes) continue;
      const res = await ctx.app.inject({ url, headers: { 'accept-encoding': encoding } });
      expect({ url, status: res.statusCode }).toEqual({ url, status: 200 });
      sizes[url] = res.rawPayload.length;
      if (res.headers['content-encoding'] !== encoding) throw new Error(`${url} was not sent with ${encoding}`);
      const text = (await ctx.app.inject({ url })).body;
      // /assets/x.js from the HTML; ./x.js (dynamic imports) from a chunk, relative to /assets/.
      for (const m of text.matchAll(/(\/assets\/|\.\/)([\w.-]+\.(?:js|css))/g)) queue.push(`/assets/${m[2]}`);
    }
    return sizes;
  }

  it('is under 100 KB gzip, everything included', async () => {
    const gzip = await transferred('gzip');
    const br = await transferred('br');
    const total = (s: Record<string, number>) => Object.values(s).reduce((a, b) => a + b, 0);
    mkdirSync(resolve(__dirname, '../../artifacts'), { recursive: true });
    writeFileSync(resolve(__dirname, '../../artifacts/page-weight.json'), JSON.stringify({ gzipBytes: total(gzip), brotliBytes: total(br), gzip, br }, null, 2));
    expect(Object.keys(gzip).some((u) => u.endsWith('.css'))).toBe(true);
    expect(Object.keys(gzip).filter((u) => u.endsWith('.js')).length).toBeGreaterThanOrEqual(2);
    expect(total(gzip)).toBeLessThan(100 * 1024);
  });
});
