import type { VoteEvent } from './types';

export const MINUTE_MS = 60_000;

/**
 * Columnar view of a ballot's votes, built in one pass: per-candidate per-minute counts for the
 * trigger and per-vote facts (account ordinal, first vote in the ballot, same-account chain) for
 * the evidence. Typed arrays keep a million votes to a few tens of MB and no per-vote objects.
 */
export interface LedgerIndex {
  events: VoteEvent[];
  /** Start of the first minute (epoch ms). */
  t0: number;
  minutes: number;
  candidates: string[];
  /** counts[c * minutes + m]: votes selecting candidate c in minute m. */
  counts: Int32Array;
  /** Candidate selections per minute, all candidates together. */
  totals: Int32Array;
  /** Event indices selecting each candidate, in time order. */
  votesOf: Int32Array[];
  /** Account ordinal of each event. */
  account: Int32Array;
  /** 1 when the event is the account's first vote in this ballot. */
  firstVote: Uint8Array;
  /** Next event of the same account, or -1. */
  nextOfAccount: Int32Array;
  /** First event of each account ordinal. */
  firstOfAccount: Int32Array;
}

export function minuteOf(index: LedgerIndex, at: number): number {
  return Math.floor((at - index.t0) / MINUTE_MS);
}

export function buildIndex(events: VoteEvent[]): LedgerIndex {
  const n = events.length;
  const t0 = n > 0 ? Math.floor(events[0].at / MINUTE_MS) * MINUTE_MS : 0;
  const minutes = n > 0 ? Math.floor((events[n - 1].at - t0) / MINUTE_MS) + 1 : 0;

  const candIdx = new Map<string, number>();
  const candidates: string[] = [];
  const perCandidate: number[] = [];
  for (let i = 0; i < n; i++) {
    for (const id of events[i].candidateIds) {
      let c = candIdx.get(id);
      if (c === undefined) {
        c = candidates.length;
        candIdx.set(id, c);
        candidates.push(id);
        perCandidate.push(0);
      }
      perCandidate[c]++;
    }
  }
  const C = candidates.length;
  const counts = new Int32Array(C * minutes);
  const totals = new Int32Array(minutes);
  const votesOf = perCandidate.map((k) => new Int32Array(k));
  const fill = new Int32Array(C);
  const account = new Int32Array(n);
  const firstVote = new Uint8Array(n);
  const nextOfAccount = new Int32Array(n).fill(-1);
  const accIdx = new Map<string, number>();
  const lastOfAccount: number[] = [];
  const firstOf: number[] = [];

  for (let i = 0; i < n; i++) {
    const e = events[i];
    const m = Math.floor((e.at - t0) / MINUTE_MS);
    for (const id of e.candidateIds) {
      const c = candIdx.get(id) as number;
      counts[c * minutes + m]++;
      totals[m]++;
      votesOf[c][fill[c]++] = i;
    }
    let a = accIdx.get(e.accountId);
    if (a === undefined) {
      a = firstOf.length;
      accIdx.set(e.accountId, a);
      firstOf.push(i);
      lastOfAccount.push(i);
      firstVote[i] = 1;
    } else {
      nextOfAccount[lastOfAccount[a]] = i;
      lastOfAccount[a] = i;
    }
    account[i] = a;
  }
  return {
    events,
    t0,
    minutes,
    candidates,
    counts,
    totals,
    votesOf,
    account,
    firstVote,
    nextOfAccount,
    firstOfAccount: Int32Array.from(firstOf),
  };
}

/** First position in `idx` (event indices in time order) whose event is at or after `at`. */
export function lowerBound(events: VoteEvent[], idx: ArrayLike<number> | null, at: number, lo = 0, hi?: number): number {
  let h = hi ?? (idx ? idx.length : events.length);
  let l = lo;
  while (l < h) {
    const mid = (l + h) >>> 1;
    const t = events[idx ? idx[mid] : mid].at;
    if (t < at) l = mid + 1;
    else h = mid;
  }
  return l;
}
