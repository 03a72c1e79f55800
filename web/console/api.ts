import type { Session } from './session';
import type { AuditEntry, Ballot, BallotSummary, Candidate, Flag, FlagContext, Scores, Timeline } from './types';

/** The API as the console calls it: always with the signed-in key, never anything else. */

export interface ErrorBody {
  statusCode: number;
  code: string;
  message: string;
  requestId?: string;
  details?: Array<{ path?: string; message?: string }>;
  flagIds?: string[];
  [k: string]: unknown;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
  }
  get code(): string {
    return this.body.code;
  }
}

type Method = 'GET' | 'POST' | 'DELETE';

export interface Api {
  request<T>(method: Method, path: string, body?: unknown): Promise<T>;
  download(path: string, accept: string): Promise<{ blob: Blob; filename: string | null }>;
}

/**
 * @param onUnauthenticated called when a signed-in key is refused as a credential (401: revoked,
 * expired): the console signs out.
 */
export function createApi(session: () => Session | null, onUnauthenticated: () => void): Api {
  async function send(method: Method, path: string, accept: string, body?: unknown): Promise<Response> {
    const s = session();
    const headers: Record<string, string> = { accept };
    if (s) headers.authorization = `Bearer ${s.key}`;
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: Response;
    try {
      res = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), cache: 'no-store', credentials: 'omit' });
    } catch {
      throw new ApiError(0, { statusCode: 0, code: 'NETWORK', message: '无法连接服务，请检查网络后重试。' });
    }
    if (res.ok) return res;
    let err: ErrorBody;
    try {
      err = (await res.json()) as ErrorBody;
    } catch {
      err = { statusCode: res.status, code: `HTTP_${res.status}`, message: res.statusText };
    }
    if (res.status === 401 && s) onUnauthenticated();
    throw new ApiError(res.status, err);
  }

  return {
    async request<T>(method: Method, path: string, body?: unknown): Promise<T> {
      const res = await send(method, path, 'application/json', body);
      if (res.status === 204) return undefined as T;
      return (await res.json()) as T;
    },
    async download(path: string, accept: string) {
      const res = await send('GET', path, accept);
      const cd = res.headers.get('content-disposition') ?? '';
      const m = /filename="([^"]+)"/.exec(cd);
      return { blob: await res.blob(), filename: m ? m[1] : null };
    },
  };
}

/** Typed calls, one per endpoint the console uses. */
export function endpoints(api: Api) {
  const id = encodeURIComponent;
  return {
    me: () => api.request<{ role: 'admin' | 'auditor'; label: string }>('GET', '/v1/staff/me'),
    ballots: () => api.request<{ ballots: BallotSummary[] }>('GET', '/v1/staff/ballots'),
    ballot: (ballotId: string) => api.request<Ballot>('GET', `/v1/ballots/${id(ballotId)}`),
    createBallot: (body: Record<string, unknown>) => api.request<Ballot>('POST', '/v1/ballots', body),
    addCandidates: (ballotId: string, candidates: Array<{ name: string; city: string; county?: string | null; summary?: string | null }>) =>
      api.request<{ candidates: Candidate[] }>('POST', `/v1/ballots/${id(ballotId)}/candidates`, { candidates }),
    deleteCandidate: (ballotId: string, candidateId: string) => api.request<void>('DELETE', `/v1/ballots/${id(ballotId)}/candidates/${id(candidateId)}`),
    publish: (ballotId: string) => api.request<Ballot>('POST', `/v1/ballots/${id(ballotId)}/publish`, {}),
    scores: (ballotId: string) => api.request<Scores>('GET', `/v1/ballots/${id(ballotId)}/scores`),
    finalize: (ballotId: string, override?: { reason: string }) =>
      api.request<Scores>('POST', `/v1/ballots/${id(ballotId)}/finalize`, override ? { override: true, reason: override.reason } : {}),
    timeline: (ballotId: string, bucket: 'minute' | 'hour', from?: string, to?: string) => {
      const q = new URLSearchParams({ bucket });
      if (from) q.set('from', from);
      if (to) q.set('to', to);
      return api.request<Timeline>('GET', `/v1/ballots/${id(ballotId)}/timeline?${q.toString()}`);
    },
    flags: (ballotId: string, status?: string) =>
      api.request<{ flags: Flag[] }>('GET', `/v1/ballots/${id(ballotId)}/flags${status ? `?status=${id(status)}` : ''}`),
    flag: (flagId: string) => api.request<Flag>('GET', `/v1/flags/${id(flagId)}`),
    flagContext: (flagId: string, hoursBefore: number, hoursAfter: number) =>
      api.request<FlagContext>('GET', `/v1/flags/${id(flagId)}/context?hoursBefore=${hoursBefore}&hoursAfter=${hoursAfter}`),
    review: (flagId: string, decision: 'confirm' | 'dismiss', note: string) => api.request<Flag>('POST', `/v1/flags/${id(flagId)}/review`, { decision, note }),
    raiseFlag: (ballotId: string, body: { candidateId: string; reason: string; windowStart?: string; windowEnd?: string }) =>
      api.request<Flag>('POST', `/v1/ballots/${id(ballotId)}/flags`, body),
    detect: (ballotId: string) => api.request<{ flags: Flag[] }>('POST', `/v1/ballots/${id(ballotId)}/detect`, {}),
    auditLog: (ballotId: string | null, after: number | null) => {
      const q = new URLSearchParams({ limit: '200' });
      if (ballotId) q.set('ballotId', ballotId);
      if (after !== null) q.set('after', String(after));
      return api.request<{ entries: AuditEntry[] }>('GET', `/v1/audit-log?${q.toString()}`);
    },
    verifyAuditLog: () => api.request<{ ok: true; entries: number } | { ok: false; firstBadSeq: number }>('GET', '/v1/audit-log/verify'),
    scoresCsv: (ballotId: string) => api.download(`/v1/ballots/${id(ballotId)}/scores?format=csv`, 'text/csv'),
    ledger: (ballotId: string) => api.download(`/v1/ballots/${id(ballotId)}/ledger`, 'application/x-ndjson'),
  };
}

export type Endpoints = ReturnType<typeof endpoints>;
