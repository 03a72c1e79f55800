import { spawn } from 'node:child_process';
import path from 'node:path';
import { sparePort } from '../helpers/spare-port';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

/** `npm run fake-wechat`: serves the fake outside production, refuses to start in it. */
describe('npm run fake-wechat', () => {
  function run(env: Record<string, string>): Promise<{ code: number | null; out: string; kill: () => void; ready: Promise<void> }> {
    const child = spawn(TSX, ['src/dev/fake-wechat-cli.ts'], { cwd: ROOT, env: { PATH: process.env.PATH ?? '', ...env } });
    let out = '';
    let markReady: () => void = () => {};
    const ready = new Promise<void>((resolve) => (markReady = resolve));
    const onData = (d: Buffer) => {
      out += d.toString();
      if (out.includes('npm run dev')) markReady();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    return new Promise((resolve) => {
      const result = { code: null as number | null, kill: () => child.kill('SIGTERM'), ready, get out() { return out; } };
      child.on('exit', (code) => resolve({ ...result, code, out }));
      void ready.then(() => resolve(result));
    });
  }

  it('refuses to start with NODE_ENV=production', async () => {
    const res = await run({ NODE_ENV: 'production', FAKE_WECHAT_PORT: String(await sparePort()) });
    expect(res.code).toBe(1);
    expect(res.out).toContain('refuses to run with NODE_ENV=production');
  });

  it('outside production it serves the authorize page and prints how to point the service at it', async () => {
    const port = await sparePort();
    const res = await run({ NODE_ENV: 'development', FAKE_WECHAT_PORT: String(port) });
    try {
      expect(res.out).toContain(`WECHAT_API_BASE=http://127.0.0.1:${port}`);
      const page = await fetch(`http://127.0.0.1:${port}/connect/oauth2/authorize?appid=wx1&redirect_uri=${encodeURIComponent('http://localhost:3000/vote/')}&state=s1&scope=snsapi_base`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('模拟微信授权');
    } finally {
      res.kill();
    }
  });
});
