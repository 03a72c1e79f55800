import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake of WeChat's OAuth API on loopback: a real HTTP server on port 0, so the service's real
 * fetch, timeout and parsing code runs. Each test says how the next exchanges are answered and can
 * read back what the service sent.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  /** Resolves when the client closed the request (for a hung answer: when the service gave up). */
  closed: Promise<void>;
}

export type FakeBehaviour =
  | { kind: 'success'; openid: string; unionid?: string; isSnapshotUser?: 0 | 1; extra?: Record<string, unknown> }
  | { kind: 'errcode'; errcode: number; errmsg?: string }
  /** Never answers: the service's own timeout has to end the exchange. */
  | { kind: 'hang' }
  | { kind: 'raw'; status: number; body: string; contentType?: string };

export interface FakeWechat {
  /** e.g. http://127.0.0.1:41234, for WECHAT_API_BASE. */
  baseUrl: string;
  requests: RecordedRequest[];
  /** How every following exchange is answered (until changed). */
  respond(behaviour: FakeBehaviour): void;
  close(): Promise<void>;
}

export const FAKE_APPID = 'wx0123456789abcdef';
export const FAKE_SECRET = 'fake-app-secret-0123456789abcdef';

export async function startFakeWechat(): Promise<FakeWechat> {
  let behaviour: FakeBehaviour = { kind: 'errcode', errcode: 40029, errmsg: 'invalid code' };
  const requests: RecordedRequest[] = [];

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

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://fake');
    const closed = new Promise<void>((resolve) => res.once('close', () => resolve()));
    requests.push({ method: req.method ?? '', path: url.pathname, query: Object.fromEntries(url.searchParams), closed });
    if (url.pathname !== '/sns/oauth2/access_token') {
      res.writeHead(404).end();
      return;
    }
    const b = behaviour;
    switch (b.kind) {
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    respond(next) {
      behaviour = next;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A loopback port nothing listens on (bound, then released), for "connection refused". */
export async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}
