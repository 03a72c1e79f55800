import { randomBytes } from 'node:crypto';
import type Redis from 'ioredis';
import { jssdkSignature } from '../domain/jssdk-signature';

/**
 * The JS-SDK's share configuration: WeChat's access_token and jsapi_ticket, cached in Redis so
 * every instance shares one pair (WeChat allows 2,000 access_token fetches a day per app and
 * each new token voids the last), refreshed ahead of expiry by one instance at a time.
 */

export interface JssdkOptions {
  redis: Redis;
  appId: string;
  secret: string;
  apiBase: string;
  timeoutMs: number;
  /** Refuse without credentials (production); elsewhere a local fake needs none. */
  requireCredentials: boolean;
  fetch?: typeof fetch;
  /** Refresh this long before WeChat's expiry (default 5 minutes). */
  refreshMarginMs?: number;
  /** A refresh held longer than this is presumed dead and another instance may take over. */
  lockMs?: number;
}

export type JssdkConfig =
  | { kind: 'ok'; appId: string; timestamp: number; nonceStr: string; signature: string }
  | { kind: 'unavailable'; reason: string };

interface Cached {
  value: string;
  /** On the service's clock (the test clock in tests). */
  expiresAtMs: number;
}

const TICKET_KEY = 'wechat:jsapi-ticket';
const TOKEN_KEY = 'wechat:access-token';
const LOCK_KEY = 'wechat:jsapi-refresh-lock';
const RELEASE_LOCK = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

class WechatError extends Error {
  constructor(
    readonly reason: string,
    readonly errcode?: number,
  ) {
    super(reason);
  }
}

export interface JssdkService {
  config(url: string, now: Date): Promise<JssdkConfig>;
}

export function createJssdkService(opts: JssdkOptions): JssdkService {
  const doFetch = opts.fetch ?? fetch;
  const margin = opts.refreshMarginMs ?? 5 * 60_000;
  const lockMs = opts.lockMs ?? 10_000;
  const { redis } = opts;

  async function readCached(key: string): Promise<Cached | null> {
    const raw = await redis.get(key);
    if (!raw) return null;
    try {
      const c = JSON.parse(raw) as Cached;
      return typeof c.value === 'string' && typeof c.expiresAtMs === 'number' ? c : null;
    } catch {
      return null;
    }
  }

  async function store(key: string, value: string, expiresInS: number, nowMs: number): Promise<Cached> {
    const c: Cached = { value, expiresAtMs: nowMs + expiresInS * 1000 };
    await redis.set(key, JSON.stringify(c), 'PX', Math.max(1000, expiresInS * 1000));
    return c;
  }

  /** GET a WeChat API path; never throws its URL (it carries our secret) into a message. */
  async function wechatGet(path: string, query: Record<string, string>): Promise<Record<string, unknown>> {
    let res: Response;
    let text: string;
    try {
      res = await doFetch(`${opts.apiBase}${path}?${new URLSearchParams(query).toString()}`, {
        headers: { accept: 'application/json' },
        redirect: 'manual',
        signal: AbortSignal.timeout(opts.timeoutMs),
      });
      text = await res.text();
    } catch (err) {
      const name = (err as { name?: string } | null)?.name;
      throw new WechatError(name === 'TimeoutError' || name === 'AbortError' ? `${path}: timeout` : `${path}: connection failed`);
    }
    if (res.status !== 200) throw new WechatError(`${path}: HTTP ${res.status}`);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw new WechatError(`${path}: body is not JSON`);
    }
    if (!body || typeof body !== 'object') throw new WechatError(`${path}: body is not an object`);
    const b = body as Record<string, unknown>;
    if (b.errcode !== undefined && b.errcode !== 0) throw new WechatError(`${path}: errcode ${String(b.errcode)}`, Number(b.errcode));
    return b;
  }

  const positive = (v: unknown) => (typeof v === 'number' && v > 0 ? v : 7200);

  async function accessToken(nowMs: number, force: boolean): Promise<string> {
    const cached = force ? null : await readCached(TOKEN_KEY);
    if (cached && nowMs < cached.expiresAtMs - margin) return cached.value;
    const b = await wechatGet('/cgi-bin/token', { grant_type: 'client_credential', appid: opts.appId, secret: opts.secret });
    if (typeof b.access_token !== 'string' || !b.access_token) throw new WechatError('/cgi-bin/token: no access_token');
    return (await store(TOKEN_KEY, b.access_token, positive(b.expires_in), nowMs)).value;
  }

  async function fetchTicket(nowMs: number): Promise<Cached> {
    let token = await accessToken(nowMs, false);
    let b: Record<string, unknown>;
    try {
      b = await wechatGet('/cgi-bin/ticket/getticket', { access_token: token, type: 'jsapi' });
    } catch (err) {
      // 40001 / 42001: the cached access_token was voided or expired early; fetch a new one once.
      if (!(err instanceof WechatError) || (err.errcode !== 40001 && err.errcode !== 42001)) throw err;
      token = await accessToken(nowMs, true);
      b = await wechatGet('/cgi-bin/ticket/getticket', { access_token: token, type: 'jsapi' });
    }
    if (typeof b.ticket !== 'string' || !b.ticket) throw new WechatError('/cgi-bin/ticket/getticket: no ticket');
    return store(TICKET_KEY, b.ticket, positive(b.expires_in), nowMs);
  }

  /** A fresh-enough ticket: the cached one, or one refresh under the lock, or the holder's result. */
  async function ticket(nowMs: number): Promise<string> {
    const cached = await readCached(TICKET_KEY);
    if (cached && nowMs < cached.expiresAtMs - margin) return cached.value;
    const lockValue = randomBytes(12).toString('hex');
    if (await redis.set(LOCK_KEY, lockValue, 'PX', lockMs, 'NX')) {
      try {
        // Someone may have refreshed between our read and our lock.
        const again = await readCached(TICKET_KEY);
        if (again && nowMs < again.expiresAtMs - margin) return again.value;
        return (await fetchTicket(nowMs)).value;
      } finally {
        await redis.eval(RELEASE_LOCK, 1, LOCK_KEY, lockValue).catch(() => {});
      }
    }
    // Another instance is refreshing: a ticket still inside its validity serves meanwhile.
    if (cached && nowMs < cached.expiresAtMs) return cached.value;
    const deadline = performance.now() + Math.min(lockMs, opts.timeoutMs * 2 + 500);
    while (performance.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      const fresh = await readCached(TICKET_KEY);
      if (fresh && nowMs < fresh.expiresAtMs) return fresh.value;
    }
    throw new WechatError('another instance is refreshing the ticket and has not finished');
  }

  return {
    async config(url, now) {
      if (opts.requireCredentials && (!opts.appId || !opts.secret)) return { kind: 'unavailable', reason: 'WeChat is not configured (WECHAT_APPID/WECHAT_SECRET)' };
      try {
        const t = await ticket(now.getTime());
        const timestamp = Math.floor(now.getTime() / 1000);
        const nonceStr = randomBytes(12).toString('hex');
        return { kind: 'ok', appId: opts.appId, timestamp, nonceStr, signature: jssdkSignature({ ticket: t, nonceStr, timestamp, url }) };
      } catch (err) {
        return { kind: 'unavailable', reason: err instanceof WechatError ? err.reason : 'Redis unavailable' };
      }
    },
  };
}
