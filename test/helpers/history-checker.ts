import type { Pool } from 'pg';

/**
 * Records every vote request of a load run and checks the run against PostgreSQL, the source of
 * truth. The rules are the service's promises (SPEC.md, API.md):
 *  - every 201 is in PostgreSQL exactly once, as acknowledged (account, day, candidates);
 *  - no account has two votes in one ballot on one day;
 *  - a definite answer that is not 201 (4xx, 503) recorded nothing: every stored vote of an account
 *    in the run is explained by a 201 or by a request whose fate the client could not know
 *    (timed out or cut off), one stored vote per such request;
 *  - a 409 ALREADY_VOTED_TODAY names a vote that exists for that account and day;
 *  - 503s and unanswered requests happen only while a store was unavailable (plus a grace period
 *    for reconnecting), never in normal operation.
 */

export type Store = 'redis' | 'postgres' | 'service';

export type Outcome =
  | { kind: 'response'; status: number; body: Record<string, unknown> | null }
  /** ECONNREFUSED: the request never reached a server, so it certainly recorded nothing. */
  | { kind: 'refused'; error: string }
  /** Timed out, reset, cut off: it may or may not have been recorded. */
  | { kind: 'ambiguous'; error: string };

export interface VoteAttempt {
  ballotId: string;
  accountId: string;
  candidateIds: string[];
  idempotencyKey?: string;
  /** performance.now() at send and at answer. */
  startedAt: number;
  endedAt: number;
  outcome: Outcome;
}

interface Window {
  store: Store;
  start: number;
  end: number | null;
}

export interface CheckOptions {
  /** How long after a store came back a 503 or a timeout is still excused (reconnect back-off). */
  graceMs?: number;
  /** Which stores' outages excuse a 503 (a Redis outage should not, if PostgreSQL carries on; the default excuses all). */
  excuse503?: Store[];
}

export interface CheckReport {
  ok: boolean;
  violations: string[];
  stats: Record<string, number>;
}

const DEFINITE_REJECTIONS = new Set([400, 401, 403, 404, 409, 413, 422, 429, 503]);

export class VoteHistory {
  readonly attempts: VoteAttempt[] = [];
  private readonly windows: Window[] = [];

  record(a: VoteAttempt): void {
    this.attempts.push(a);
  }

  /** Marks the start of a store outage (call just before breaking it). */
  outageBegins(store: Store): void {
    this.windows.push({ store, start: performance.now(), end: null });
  }

  /** Marks the end of the latest outage of this store (call once it is back). */
  outageEnds(store: Store): void {
    const w = [...this.windows].reverse().find((x) => x.store === store && x.end === null);
    if (!w) throw new Error(`no open outage of ${store}`);
    w.end = performance.now();
  }

  /** Counts of outcomes, e.g. { '201': 812, '409': 40, '503': 3, ambiguous: 1 }. */
  stats(): Record<string, number> {
    const s: Record<string, number> = { total: this.attempts.length };
    for (const a of this.attempts) {
      const k = a.outcome.kind === 'response' ? String(a.outcome.status) : a.outcome.kind;
      s[k] = (s[k] ?? 0) + 1;
    }
    return s;
  }

  private excused(a: VoteAttempt, stores: Store[], graceMs: number): boolean {
    return this.windows.some(
      (w) => stores.includes(w.store) && a.endedAt >= w.start && a.startedAt <= (w.end ?? Number.POSITIVE_INFINITY) + graceMs,
    );
  }

  async check(pool: Pool, opts: CheckOptions = {}): Promise<CheckReport> {
    const graceMs = opts.graceMs ?? 3000;
    const excuse503 = opts.excuse503 ?? ['redis', 'postgres', 'service'];
    const violations: string[] = [];
    const ballots = [...new Set(this.attempts.map((a) => a.ballotId))];
    const accounts = new Set(this.attempts.map((a) => `${a.ballotId}|${a.accountId}`));

    const { rows } = await pool.query<{ id: string; ballot_id: string; account_id: string; day: string; candidate_ids: string[] }>(
      `SELECT id, ballot_id, account_id, to_char(day, 'YYYY-MM-DD') AS day, candidate_ids::text[] AS candidate_ids
       FROM votes WHERE ballot_id = ANY($1::uuid[])`,
      [ballots],
    );
    const byId = new Map<string, typeof rows>();
    for (const r of rows) byId.set(r.id, [...(byId.get(r.id) ?? []), r]);

    // No account has two votes in one ballot on one day.
    const perDay = new Map<string, number>();
    for (const r of rows) {
      const k = `${r.ballot_id}|${r.account_id}|${r.day}`;
      perDay.set(k, (perDay.get(k) ?? 0) + 1);
    }
    for (const [k, n] of perDay) if (n > 1) violations.push(`account has ${n} votes on one day: ${k}`);

    const sameSet = (a: string[], b: string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();
    const acked = new Map<string, string>(); // voteId -> account|ballot|day of its 201
    const explained = new Set<string>();

    for (const a of this.attempts) {
      const o = a.outcome;
      const who = `${a.accountId} in ${a.ballotId}`;
      if (o.kind === 'response' && o.status === 201) {
        const voteId = String(o.body?.voteId ?? '');
        const found = byId.get(voteId) ?? [];
        if (found.length !== 1) {
          violations.push(`201 ${voteId} for ${who} is in PostgreSQL ${found.length} times`);
          continue;
        }
        const r = found[0];
        if (r.account_id !== a.accountId || r.ballot_id !== a.ballotId) violations.push(`201 ${voteId} stored under another account or ballot`);
        if (!sameSet(r.candidate_ids, a.candidateIds)) violations.push(`201 ${voteId} stored with other candidates`);
        if (o.body?.day !== r.day) violations.push(`201 ${voteId} says day ${String(o.body?.day)}, stored ${r.day}`);
        const key = `${a.accountId}|${a.ballotId}|${r.day}`;
        const prev = [...acked].find(([id, k]) => k === key && id !== voteId);
        if (prev) violations.push(`two different votes acknowledged for ${key}: ${prev[0]} and ${voteId}`);
        acked.set(voteId, key);
        explained.add(voteId);
      } else if (o.kind === 'response' && o.status === 409 && o.body?.code === 'ALREADY_VOTED_TODAY') {
        const voteId = String(o.body.voteId ?? '');
        const r = byId.get(voteId)?.[0];
        if (!r) violations.push(`409 ALREADY_VOTED_TODAY for ${who} names ${voteId}, which is not stored`);
        else if (r.account_id !== a.accountId || r.ballot_id !== a.ballotId) violations.push(`409 for ${who} names another account's vote ${voteId}`);
      } else if (o.kind === 'response' && o.status >= 500) {
        if (o.status !== 503) violations.push(`${o.status} ${String(o.body?.code)} for ${who}: a 5xx other than 503`);
        else if (!this.excused(a, excuse503, graceMs)) violations.push(`503 for ${who} while no store was unavailable`);
      } else if (o.kind === 'response' && !DEFINITE_REJECTIONS.has(o.status) && o.status !== 200) {
        violations.push(`unexpected status ${o.status} for ${who}`);
      } else if (o.kind === 'ambiguous' || o.kind === 'refused') {
        if (!this.excused(a, ['redis', 'postgres', 'service'], graceMs)) violations.push(`no answer (${o.error}) for ${who} while every store was up`);
      }
    }

    // Every stored vote of an account of this run is explained by its 201, or by one request
    // whose outcome the client never learned (same account, same candidates).
    const ambiguous = this.attempts.filter((a) => a.outcome.kind === 'ambiguous');
    const used = new Set<VoteAttempt>();
    for (const r of rows) {
      if (!accounts.has(`${r.ballot_id}|${r.account_id}`) || explained.has(r.id)) continue;
      const cause = ambiguous.find(
        (a) => !used.has(a) && a.accountId === r.account_id && a.ballotId === r.ballot_id && sameSet(a.candidateIds, r.candidate_ids),
      );
      if (cause) used.add(cause);
      else violations.push(`vote ${r.id} of ${r.account_id} is stored but was never acknowledged (answered with a definite rejection)`);
    }

    return { ok: violations.length === 0, violations, stats: this.stats() };
  }
}

/**
 * PostgreSQL's counts for a ballot, from the votes themselves and from the exact counter table,
 * keyed by candidate id, plus the total of accepted votes.
 */
export async function countsInPostgres(pool: Pool, ballotId: string): Promise<{ byCandidate: Record<string, number>; total: number; tallies: Record<string, number> }> {
  const votes = await pool.query<{ candidate_id: string; n: string }>(
    `SELECT c AS candidate_id, count(*) AS n FROM votes, unnest(candidate_ids) AS c WHERE ballot_id = $1 GROUP BY c`,
    [ballotId],
  );
  const total = await pool.query<{ n: string }>('SELECT count(*) AS n FROM votes WHERE ballot_id = $1', [ballotId]);
  const tallies = await pool.query<{ candidate_id: string; n: string }>(
    'SELECT candidate_id, sum(votes) AS n FROM vote_tallies WHERE ballot_id = $1 GROUP BY candidate_id',
    [ballotId],
  );
  const toMap = (rs: Array<{ candidate_id: string; n: string }>) => Object.fromEntries(rs.map((r) => [r.candidate_id, Number(r.n)]));
  return { byCandidate: toMap(votes.rows), total: Number(total.rows[0].n), tallies: toMap(tallies.rows) };
}
