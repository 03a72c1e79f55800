/**
 * The server-side half of WeChat web OAuth: trades the one-time `code` the voter's browser got from
 * WeChat for the voter's openid (sns/oauth2/access_token). Nothing the client says about its own
 * identity is trusted; only what WeChat answers here.
 *
 * The exchange never throws: every outcome is a value, so the route maps each one to exactly one
 * API.md error and the reason can be logged without the URL (which carries our app secret).
 */

export interface WechatClientOptions {
  appId: string;
  secret: string;
  /** e.g. https://api.weixin.qq.com (no trailing slash). */
  apiBase: string;
  timeoutMs: number;
  /**
   * Refuse to call WeChat without an app id and secret (production). Outside production the call is
   * made anyway, so a local fake or sandbox WeChat works with no credentials configured.
   */
  requireCredentials?: boolean;
  /** Injected for tests of the client alone; the service uses Node's global fetch. */
  fetch?: typeof fetch;
}

export type WechatExchange =
  | { kind: 'ok'; openid: string; unionid: string | null }
  /** WeChat refused the code itself (invalid, already used, expired): the page should restart OAuth. */
  | { kind: 'code-rejected'; errcode: number }
  /** A snapshot-page ("virtual") user: WeChat shows a preview, not a real signed-in account. */
  | { kind: 'snapshot-user' }
  /** WeChat unreachable, too slow, answered garbage, or refused *us* (appid/secret/quota). */
  | { kind: 'unavailable'; reason: string; errcode?: number };

export interface WechatClient {
  exchangeCode(code: string): Promise<WechatExchange>;
}

/**
 * errcodes that are about the code the voter brought, so a fresh OAuth round trip fixes them.
 * 40029 invalid code, 40163 code been used, 42003 code expired, 40030 (expired/invalid grant, as
 * WeChat reports for stale codes), 41008 missing code. Anything else (40013 invalid appid, 40125
 * invalid secret, 40001 bad credential, 40164 IP not whitelisted, -1 system busy, 45011 quota, and
 * errcodes we have never seen) is treated as WeChat being unusable for us: a 502 an operator must
 * look at, rather than a 401 that would send voters round the OAuth loop for nothing.
 */
export const CODE_REJECTED_ERRCODES: ReadonlySet<number> = new Set([40029, 40163, 42003, 40030, 41008]);

/** What an openid from WeChat looks like (28 chars of base64url in practice); anything else is garbage. */
export const OPENID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/;

/** WeChat's answer is a few hundred bytes; a much larger body is not WeChat. */
const MAX_BODY_CHARS = 16 * 1024;

export function createWechatClient(opts: WechatClientOptions): WechatClient {
  const doFetch = opts.fetch ?? fetch;

  return {
    async exchangeCode(code) {
      if (opts.requireCredentials && (!opts.appId || !opts.secret)) return { kind: 'unavailable', reason: 'WeChat sign-in is not configured (WECHAT_APPID/WECHAT_SECRET)' };

      const query = new URLSearchParams({ appid: opts.appId, secret: opts.secret, code, grant_type: 'authorization_code' });
      const url = `${opts.apiBase}/sns/oauth2/access_token?${query.toString()}`;

      let status: number;
      let text: string;
      try {
        // One signal covers connecting, the headers and the body: a server that trickles
        // its answer is cut off at the same deadline as one that never answers.
        const res = await doFetch(url, {
          method: 'GET',
          headers: { accept: 'application/json' },
          // A redirect is not WeChat's API answering; don't follow it with our secret in the URL.
          redirect: 'manual',
          signal: AbortSignal.timeout(opts.timeoutMs),
        });
        status = res.status;
        text = await res.text();
      } catch (err) {
        return { kind: 'unavailable', reason: describeFetchError(err) };
      }

      if (status !== 200) return { kind: 'unavailable', reason: `HTTP ${status}` };
      if (text.length > MAX_BODY_CHARS) return { kind: 'unavailable', reason: 'oversized body' };
      return interpretBody(text);
    },
  };
}

/** Maps WeChat's JSON answer to an outcome. Exported for unit tests of the mapping. */
export function interpretBody(text: string): WechatExchange {
  let body: unknown;
  try {
    // WeChat often labels JSON as text/plain, so the content type is not checked: the parse is.
    body = JSON.parse(text);
  } catch {
    return { kind: 'unavailable', reason: 'body is not JSON' };
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) return { kind: 'unavailable', reason: 'body is not a JSON object' };
  const b = body as Record<string, unknown>;

  // Some WeChat endpoints send errcode 0 on success; only a non-zero errcode is an error.
  if (b.errcode !== undefined && b.errcode !== 0) {
    const errcode = typeof b.errcode === 'number' ? b.errcode : Number(b.errcode);
    if (!Number.isFinite(errcode)) return { kind: 'unavailable', reason: 'non-numeric errcode' };
    if (CODE_REJECTED_ERRCODES.has(errcode)) return { kind: 'code-rejected', errcode };
    return { kind: 'unavailable', reason: `WeChat errcode ${errcode}`, errcode };
  }

  if (b.is_snapshotuser === 1 || b.is_snapshotuser === '1') return { kind: 'snapshot-user' };

  if (typeof b.openid !== 'string' || !OPENID_PATTERN.test(b.openid)) return { kind: 'unavailable', reason: 'answer has no usable openid' };
  const unionid = typeof b.unionid === 'string' && OPENID_PATTERN.test(b.unionid) ? b.unionid : null;
  return { kind: 'ok', openid: b.openid, unionid };
}

/**
 * A loggable reason for a failed fetch. Built from error names and codes only: undici's messages
 * and causes can quote the request, and the request URL carries our app secret.
 */
function describeFetchError(err: unknown): string {
  const e = err as { name?: unknown; cause?: { code?: unknown; name?: unknown } } | null;
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return 'timeout';
  const causeCode = typeof e?.cause?.code === 'string' ? e.cause.code : typeof e?.cause?.name === 'string' ? e.cause.name : 'unknown';
  return `connection failed (${causeCode})`;
}
