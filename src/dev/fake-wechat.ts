import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for WeChat on loopback, for development (`npm run fake-wechat`) and tests: the web
 * OAuth authorize step (a page to pick an openid, then a redirect back with a code), the code
 * exchange (sns/oauth2/access_token), and the JS-SDK's cgi-bin/token and cgi-bin/ticket/getticket.
 * A real HTTP server, so the service's real fetch, timeout and parsing code runs. Tests say how the
 * next exchanges are answered and read back what the service sent.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Resolves when the client closed the request (for a hung answer: when the service gave up). */
  closed: Promise<void>;
}

export type FakeBehaviour =
  /** Codes handed out by the authorize step map to their openid, once each; others are 40029. */
  | { kind: 'issued-codes' }
  | { kind: 'success'; openid: string; unionid?: string; isSnapshotUser?: 0 | 1; extra?: Record<string, unknown> }
  | { kind: 'errcode'; errcode: number; errmsg?: string }
  /** Never answers: the service's own timeout has to end the exchange. */
  | { kind: 'hang' }
  | { kind: 'raw'; status: number; body: string; contentType?: string };

export interface FakeWechat {
  /** e.g. http://127.0.0.1:41234, for WECHAT_API_BASE. */
  baseUrl: string;
  /** For WECHAT_OAUTH_AUTHORIZE_URL. */
  authorizeUrl: string;
  /** Every request to the API paths (not the authorize page), in order. */
  requests: RecordedRequest[];
  /** How every following code exchange is answered (until changed). */
  respond(behaviour: FakeBehaviour): void;
  /** The authorize step signs in as this openid at once, without showing its page (null: show it). */
  autoApprove(openid: string | null): void;
  close(): Promise<void>;
}

export interface FakeWechatOptions {
  port?: number;
  host?: string;
  behaviour?: FakeBehaviour;
}

export const FAKE_APPID = 'wx0123456789abcdef';
export const FAKE_SECRET = 'fake-app-secret-0123456789abcdef';
export const AUTHORIZE_PATH = '/connect/oauth2/authorize';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const token = (prefix: string) => `${prefix}_${randomBytes(12).toString('hex')}`;

export async function startFakeWechat(opts: FakeWechatOptions = {}): Promise<FakeWechat> {
  let behaviour: FakeBehaviour = opts.behaviour ?? { kind: 'issued-codes' };
  let autoOpenid: string | null = null;
  const requests: RecordedRequest[] = [];
  const issuedCodes = new Map<string, { openid: string; used: boolean }>();
  const accessTokens = new Set<string>();

  const json = (res: ServerResponse, body: unknown) => {
    // WeChat labels its JSON text/plain; the service must not depend on the content type.
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end(JSON.stringify(body));
  };
  const success = (openid: string, b?: Extract<FakeBehaviour, { kind: 'success' }>) => ({
    access_token: 'ACCESS_TOKEN_FROM_FAKE_WECHAT',
    expires_in: 7200,
    refresh_token: 'REFRESH_TOKEN_FROM_FAKE_WECHAT',
    openid,
    scope: 'snsapi_base',
    ...(b?.unionid ? { unionid: b.unionid } : {}),
    ...(b?.isSnapshotUser !== undefined ? { is_snapshotuser: b.isSnapshotUser } : {}),
    ...b?.extra,
  });

  /** Back to the page that asked, as WeChat does: redirect_uri plus code and state. */
  const redirectBack = (res: ServerResponse, redirectUri: string, state: string, openid: string) => {
    let target: URL;
    try {
      target = new URL(redirectUri);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('redirect_uri 参数错误');
      return;
    }
    const code = token('code');
    issuedCodes.set(code, { openid, used: false });
    target.searchParams.set('code', code);
    target.searchParams.set('state', state);
    res.writeHead(302, { location: target.toString() }).end();
  };

  const authorizePage = (res: ServerResponse, q: URLSearchParams) => {
    const hidden = ['appid', 'redirect_uri', 'state', 'scope']
      .map((k) => `<input type="hidden" name="${k}" value="${escapeHtml(q.get(k) ?? '')}">`)
      .join('');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(`<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>模拟微信授权</title></head><body style="font:16px sans-serif;margin:24px">
<h1 style="font-size:20px">模拟微信授权（仅供开发测试）</h1>
<p>应用 ${escapeHtml(q.get('appid') ?? '')} 请求获取你的身份（${escapeHtml(q.get('scope') ?? '')}）。</p>
<form method="get" action="${AUTHORIZE_PATH}/confirm">${hidden}
<label>openid <input name="openid" value="${token('o_fake').slice(0, 28)}" pattern="[A-Za-z0-9_\\-]{1,128}" required style="font-size:16px;width:100%"></label>
<p><button type="submit" style="font-size:18px;padding:8px 24px">允许</button></p></form></body></html>`);
  };

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const q = url.searchParams;

    if (url.pathname === AUTHORIZE_PATH) {
      if (autoOpenid) return redirectBack(res, q.get('redirect_uri') ?? '', q.get('state') ?? '', autoOpenid);
      return authorizePage(res, q);
    }
    if (url.pathname === `${AUTHORIZE_PATH}/confirm`) {
      const openid = q.get('openid') ?? '';
      if (!/^[A-Za-z0-9_-]{1,128}$/.test(openid)) return void res.writeHead(400).end('bad openid');
      return redirectBack(res, q.get('redirect_uri') ?? '', q.get('state') ?? '', openid);
    }

    const closed = new Promise<void>((resolve) => res.once('close', () => resolve()));
    requests.push({ method: req.method ?? '', path: url.pathname, query: Object.fromEntries(q), closed });
    if (url.pathname === '/cgi-bin/token') {
      if (q.get('grant_type') !== 'client_credential' || !q.get('appid') || !q.get('secret')) return json(res, { errcode: 40013, errmsg: 'invalid appid' });
      const t = token('ACCESS');
      accessTokens.add(t);
      return json(res, { access_token: t, expires_in: 7200 });
    }
    if (url.pathname === '/cgi-bin/ticket/getticket') {
      if (!accessTokens.has(q.get('access_token') ?? '')) return json(res, { errcode: 40001, errmsg: 'invalid credential' });
      return json(res, { errcode: 0, errmsg: 'ok', ticket: token('TICKET'), expires_in: 7200 });
    }
    if (url.pathname !== '/sns/oauth2/access_token') {
      res.writeHead(404).end();
      return;
    }
    const b = behaviour;
    switch (b.kind) {
      case 'issued-codes': {
        const issued = issuedCodes.get(q.get('code') ?? '');
        if (!issued) return json(res, { errcode: 40029, errmsg: 'invalid code' });
        if (issued.used) return json(res, { errcode: 40163, errmsg: 'code been used' });
        issued.used = true;
        return json(res, success(issued.openid));
      }
      case 'success':
        return json(res, success(b.openid, b));
      case 'errcode':
        return json(res, { errcode: b.errcode, errmsg: b.errmsg ?? 'error' });
      case 'hang':
        return;
      case 'raw':
        res.writeHead(b.status, { 'content-type': b.contentType ?? 'text/html' });
        res.end(b.body);
        return;
    }
  });
  await new Promise<void>((resolve) => server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;

  return {
    baseUrl,
    authorizeUrl: `${baseUrl}${AUTHORIZE_PATH}`,
    requests,
    respond(next) {
      behaviour = next;
    },
    autoApprove(openid) {
      autoOpenid = openid;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
