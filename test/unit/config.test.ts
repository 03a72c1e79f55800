import os from 'node:os';
import { loadConfig } from '../../src/config';

describe('config: WEB_CONCURRENCY', () => {
  it('defaults to one process (the service as it always ran)', () => {
    expect(loadConfig({}).webConcurrency).toBe(1);
  });

  it('takes a worker count from 1 to 64', () => {
    expect(loadConfig({ WEB_CONCURRENCY: '1' }).webConcurrency).toBe(1);
    expect(loadConfig({ WEB_CONCURRENCY: '2' }).webConcurrency).toBe(2);
    expect(loadConfig({ WEB_CONCURRENCY: ' 8 ' }).webConcurrency).toBe(8);
    expect(loadConfig({ WEB_CONCURRENCY: '64' }).webConcurrency).toBe(64);
  });

  it('`auto` is one worker per CPU this process may use', () => {
    expect(loadConfig({ WEB_CONCURRENCY: 'auto' }).webConcurrency).toBe(Math.min(64, os.availableParallelism()));
  });

  it.each(['0', '-1', '65', '1.5', 'two', 'AUTO ', ''])('refuses %j, naming the variable', (value) => {
    expect(() => loadConfig({ WEB_CONCURRENCY: value })).toThrow(/WEB_CONCURRENCY/);
  });
});

describe('config: WeChat endpoints', () => {
  const prod = { NODE_ENV: 'production', VOTER_TOKEN_SECRET: 'p'.repeat(40) };

  it('defaults the OAuth authorize URL to WeChat', () => {
    expect(loadConfig({}).wechat.oauthAuthorizeUrl).toBe('https://open.weixin.qq.com/connect/oauth2/authorize');
  });

  it.each(['http://127.0.0.1:3900', 'http://localhost:3900', 'http://[::1]:3900', 'http://0.0.0.0:3900', 'http://127.8.9.1'])(
    'production refuses a loopback WeChat (the local fake): %s',
    (url) => {
      expect(() => loadConfig({ ...prod, WECHAT_API_BASE: url })).toThrow(/WECHAT_API_BASE: a loopback address is refused in production/);
      expect(() => loadConfig({ ...prod, WECHAT_OAUTH_AUTHORIZE_URL: `${url}/connect/oauth2/authorize` })).toThrow(/WECHAT_OAUTH_AUTHORIZE_URL: a loopback/);
    },
  );

  it('outside production a loopback WeChat is allowed (development and tests use the fake)', () => {
    expect(loadConfig({ WECHAT_API_BASE: 'http://127.0.0.1:3900' }).wechat.apiBase).toBe('http://127.0.0.1:3900');
    expect(loadConfig({ ...prod }).wechat.apiBase).toBe('https://api.weixin.qq.com');
  });
});
