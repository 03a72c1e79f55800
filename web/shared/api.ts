/**
 * fetch for the service's JSON API. Every outcome is a value (never a throw): an answer with its
 * parsed body, an API.md error body, or a network failure, so each page decides what to say.
 */

export interface ApiErrorBody {
  statusCode: number;
  code: string;
  message: string;
  requestId?: string;
  [extra: string]: unknown;
}

export type ApiResult<T> =
  | { ok: true; status: number; body: T; headers: Headers }
  /** The service answered with an error; `error` is API.md's body (or a stand-in if it was not JSON). */
  | { ok: false; kind: 'http'; status: number; error: ApiErrorBody; retryAfterS: number | null; headers: Headers }
  /** No answer: offline, connection lost, timed out. The request may or may not have reached the service. */
  | { ok: false; kind: 'network' };

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  /** Bearer credential: a voter token or a staff key. */
  token?: string | null;
  headers?: Record<string, string>;
  timeoutMs?: number;
}

/** Seconds from a Retry-After header (delta-seconds or an HTTP date); null if absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | null {
  if (!value) return null;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, Math.ceil((at - nowMs) / 1000));
}

function asErrorBody(status: number, parsed: unknown): ApiErrorBody {
  const b = parsed as Partial<ApiErrorBody> | null;
  if (b && typeof b === 'object' && typeof b.code === 'string') {
    return { ...b, statusCode: status, code: b.code, message: typeof b.message === 'string' ? b.message : '' };
  }
  return { statusCode: status, code: status >= 500 ? 'UNAVAILABLE' : 'UNKNOWN', message: '' };
}

export async function apiFetch<T>(path: string, req: ApiRequest = {}): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...req.headers };
  if (req.token) headers.authorization = `Bearer ${req.token}`;
  if (req.body !== undefined) headers['content-type'] = 'application/json';
  const controller = typeof AbortController === 'function' ? new AbortController() : null;
  const timer = controller ? setTimeout(() => controller.abort(), req.timeoutMs ?? 15000) : null;
  let res: Response;
  let text: string;
  try {
    res = await fetch(path, {
      method: req.method ?? 'GET',
      headers,
      body: req.body === undefined ? undefined : JSON.stringify(req.body),
      credentials: 'same-origin',
      signal: controller?.signal,
    });
    text = await res.text();
  } catch {
    return { ok: false, kind: 'network' };
  } finally {
    if (timer) clearTimeout(timer);
  }
  let parsed: unknown = null;
  try {
    parsed = text ? JSON.parse(text) : null;
  } catch {
    parsed = null;
  }
  if (res.ok) return { ok: true, status: res.status, body: parsed as T, headers: res.headers };
  return {
    ok: false,
    kind: 'http',
    status: res.status,
    error: asErrorBody(res.status, parsed),
    retryAfterS: parseRetryAfter(res.headers.get('retry-after'), Date.now()),
    headers: res.headers,
  };
}
