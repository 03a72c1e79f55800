import { startBrowserEnv, type BrowserEnv } from '../helpers/browser';

jest.setTimeout(60_000);

describe('pages in a real browser', () => {
  let env: BrowserEnv;
  beforeAll(async () => {
    env = await startBrowserEnv();
  });
  afterAll(async () => {
    await env?.close();
  });

  it('/ leads to the voter page, which runs its script under the strict CSP', async () => {
    const { page } = await env.newPhone();
    const cspViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    const res = await page.goto(`${env.baseUrl}/`);
    expect(res?.status()).toBe(200);
    expect(new URL(page.url()).pathname).toBe('/vote/');
    await page.getByRole('heading', { name: '网上投票' }).waitFor();
    expect(cspViolations).toEqual([]);
  });

  it('/console/ is served', async () => {
    const { page } = await env.newPhone();
    const res = await page.goto(`${env.baseUrl}/console/`);
    expect(res?.status()).toBe(200);
    expect(res?.headers()['cache-control']).toBe('no-cache');
  });

  it('/docs (swagger-ui) renders the API under the strict CSP (one hashed style allowed)', async () => {
    const { page } = await env.newPhone();
    const cspViolations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) cspViolations.push(m.text());
    });
    await page.goto(`${env.baseUrl}/docs`);
    await page.getByText('/v1/client-config').first().waitFor();
    expect(cspViolations).toEqual([]);
  });

  it('a broken ballot link says the ballot is not found and leads to the list', async () => {
    const { page } = await env.newPhone();
    await page.goto(`${env.baseUrl}/vote/?ballot=not-a-ballot`);
    await page.getByText('找不到这个投票').waitFor();
    await page.getByRole('button', { name: '查看全部投票' }).click();
    await page.getByRole('heading', { name: '网上投票' }).waitFor();
    expect(new URL(page.url()).search).toBe('');
  });
});
