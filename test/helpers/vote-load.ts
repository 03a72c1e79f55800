import { randomUUID } from 'node:crypto';
import type { Outcome, VoteHistory } from './history-checker';

/**
 * Concurrent voters over real HTTP, each request with a client-side timeout, every request and its
 * outcome recorded in a VoteHistory. The mix is mostly first votes of fresh accounts, plus repeats
 * of accounts that already voted (expect 409) and invalid selections (expect 422), so the checker
 * sees definite rejections too.
 */
export interface VoteLoadOptions {
  baseUrl: () => string;
  ballotId: string;
  candidateIds: string[];
  token: (accountId: string) => string;
  history: VoteHistory;
  /** Parallel in-flight requests. */
  concurrency: number;
  /** Keeps going until this resolves (or `maxRequests` is reached). */
  until: Promise<unknown>;
  maxRequests?: number;
  /** Client-side timeout of every request: nothing may hang. */
  timeoutMs?: number;
  accountPrefix?: string;
  /** Pause between a worker's requests (keeps a 2-core box usable). */
  thinkMs?: number;
}

export async function sendVote(
  baseUrl: string,
  ballotId: string,
  token: string,
  candidateIds: string[],
  timeoutMs: number,
  idempotencyKey?: string,
): Promise<Outcome> {
  try {
    const res = await fetch(`${baseUrl}/v1/ballots/${ballotId}/votes`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'application/json',
        ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
      },
      body: JSON.stringify({ candidateIds }),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await res.text();
    let body: Record<string, unknown> | null = null;
    try {
      body = JSON.parse(text) as Record<string, unknown>;
    } catch {
      body = null;
    }
    return { kind: 'response', status: res.status, body };
  } catch (err) {
    const e = err as { name?: string; message?: string; cause?: { code?: string; message?: string } };
    const code = e.cause?.code ?? e.name ?? 'error';
    if (code === 'ECONNREFUSED') return { kind: 'refused', error: code };
    return { kind: 'ambiguous', error: `${code}: ${e.cause?.message ?? e.message ?? ''}` };
  }
}

export async function runVoteLoad(o: VoteLoadOptions): Promise<void> {
  const timeoutMs = o.timeoutMs ?? 5000;
  const prefix = o.accountPrefix ?? `load-${randomUUID().slice(0, 8)}-`;
  let stopped = false;
  void o.until.then(() => {
    stopped = true;
  });
  let sent = 0;
  let next = 0;
  const voted: string[] = [];

  const worker = async () => {
    while (!stopped && (o.maxRequests === undefined || sent < o.maxRequests)) {
      sent += 1;
      const r = sent % 10;
      let accountId: string;
      let candidateIds: string[];
      if (r === 3 && voted.length > 0) {
        // An account that already has an acknowledged vote today: must be 409.
        accountId = voted[(sent * 7919) % voted.length];
        candidateIds = [o.candidateIds[sent % o.candidateIds.length]];
      } else if (r === 7) {
        // A fresh account choosing a candidate that does not exist: must be 422, nothing stored.
        accountId = `${prefix}${next++}`;
        candidateIds = [randomUUID()];
      } else {
        accountId = `${prefix}${next++}`;
        candidateIds = [o.candidateIds[sent % o.candidateIds.length]];
      }
      const idempotencyKey = r === 5 ? randomUUID() : undefined;
      const startedAt = performance.now();
      const outcome = await sendVote(o.baseUrl(), o.ballotId, o.token(accountId), candidateIds, timeoutMs, idempotencyKey);
      o.history.record({ ballotId: o.ballotId, accountId, candidateIds, idempotencyKey, startedAt, endedAt: performance.now(), outcome });
      if (outcome.kind === 'response' && outcome.status === 201) voted.push(accountId);
      if (o.thinkMs) await new Promise((res) => setTimeout(res, o.thinkMs));
    }
  };
  await Promise.all(Array.from({ length: o.concurrency }, worker));
}
