import { type DeviceTable, deviceTable } from './devices';
import { prefixOf } from './network';
import type { VoteLog } from './vote-log';

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;
/** Asia/Shanghai is UTC+8 all year (no DST): day and time of day are plain arithmetic. */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

/** Asia/Shanghai calendar day number of an instant (days since 1970-01-01 local). */
export function localDay(at: number): number {
  return Math.floor((at + SHANGHAI_OFFSET_MS) / DAY_MS);
}

/** A local day number as its ISO date (YYYY-MM-DD), as flag keys and evidence name days. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The first minutes of a Shanghai day, when every account may vote again. Keen supporters set an
 * alarm and vote the minute the day opens, night after night: returning at the same minute there
 * is the calendar's doing, not a program's, so the same-minute rules leave these votes out.
 */
export const DAY_OPENING_MS = 15 * MINUTE_MS;
export function inDayOpening(at: number): boolean {
  return (((at + SHANGHAI_OFFSET_MS) % DAY_MS) + DAY_MS) % DAY_MS < DAY_OPENING_MS;
}

/**
 * What the detector derives from a VoteLog in one pass: per-candidate per-minute counts for the
 * trigger and per-vote facts (first vote in the ballot, same-account chain) for the evidence.
 * Typed arrays keep a million votes to a few tens of MB and no per-vote objects.
 */
export interface LedgerIndex {
  log: VoteLog;
  /** Start of the first minute (epoch ms). */
  t0: number;
  minutes: number;
  candidates: string[];
  /** counts[c * minutes + m]: votes selecting candidate c in minute m. */
  counts: Int32Array;
  /** Candidate selections per minute, all candidates together. */
  totals: Int32Array;
  /** Vote indices selecting each candidate, in time order. */
  votesOf: Int32Array[];
  /** Candidate numbers of each selection (by the log's selection ordinal). */
  selectionCandidates: Int32Array[];
  /** 1 when the vote is the account's first in this ballot. */
  firstVote: Uint8Array;
  /** Next vote of the same account, or -1. */
  nextOfAccount: Int32Array;
  /** First vote of each account ordinal. */
  firstOfAccount: Int32Array;
  /** /24 (IPv4) or /64 (IPv6) ordinal of each IP ordinal, and the prefixes by ordinal. */
  prefixOfIp: Int32Array;
  prefixes: string[];
  /** Devices (user agents without their per-request network type) and their families. */
  devices: DeviceTable;
}

export function minuteOf(index: LedgerIndex, at: number): number {
  return Math.floor((at - index.t0) / MINUTE_MS);
}

export function buildIndex(log: VoteLog): LedgerIndex {
  const n = log.length;
  const { at } = log;
  const t0 = n > 0 ? Math.floor(at[0] / MINUTE_MS) * MINUTE_MS : 0;
  const minutes = n > 0 ? Math.floor((at[n - 1] - t0) / MINUTE_MS) + 1 : 0;

  // Candidates numbered in order of first selection, as each selection's candidate numbers.
  const candIdx = new Map<string, number>();
  const candidates: string[] = [];
  const perCandidate: number[] = [];
  const selected: Array<Int32Array | undefined> = new Array(log.selections.length);
  for (let i = 0; i < n; i++) {
    const s = log.selection[i];
    let cs = selected[s];
    if (cs === undefined) {
      cs = Int32Array.from(log.selections[s], (id) => {
        let c = candIdx.get(id);
        if (c === undefined) {
          c = candidates.length;
          candIdx.set(id, c);
          candidates.push(id);
          perCandidate.push(0);
        }
        return c;
      });
      selected[s] = cs;
    }
    for (let k = 0; k < cs.length; k++) perCandidate[cs[k]]++;
  }
  const C = candidates.length;
  const counts = new Int32Array(C * minutes);
  const totals = new Int32Array(minutes);
  const votesOf = perCandidate.map((k) => new Int32Array(k));
  const fill = new Int32Array(C);
  const firstVote = new Uint8Array(n);
  const nextOfAccount = new Int32Array(n);
  const firstOfAccount = new Int32Array(log.accountCount).fill(-1);

  for (let i = 0; i < n; i++) {
    const m = Math.floor((at[i] - t0) / MINUTE_MS);
    const cs = selected[log.selection[i]] as Int32Array;
    for (let k = 0; k < cs.length; k++) {
      const c = cs[k];
      counts[c * minutes + m]++;
      totals[m]++;
      votesOf[c][fill[c]++] = i;
    }
  }
  // Same-account chains built backwards: each vote points at the account's head so far, which
  // ends as its first vote (no table of last votes beside the first ones).
  for (let i = n - 1; i >= 0; i--) {
    const a = log.account[i];
    nextOfAccount[i] = firstOfAccount[a];
    firstOfAccount[a] = i;
  }
  for (let i = 0; i < n; i++) if (firstOfAccount[log.account[i]] === i) firstVote[i] = 1;
  const prefixIdx = new Map<string, number>();
  const prefixes: string[] = [];
  const prefixOfIp = Int32Array.from(log.ips, (ip) => {
    const p = prefixOf(ip);
    let k = prefixIdx.get(p);
    if (k === undefined) {
      k = prefixes.length;
      prefixIdx.set(p, k);
      prefixes.push(p);
    }
    return k;
  });
  const selectionCandidates = Array.from(selected, (cs) => cs ?? new Int32Array(0));
  return { log, t0, minutes, candidates, counts, totals, votesOf, selectionCandidates, firstVote, nextOfAccount, firstOfAccount, prefixOfIp, prefixes, devices: deviceTable(log.userAgents) };
}

/** First position in `idx` (vote indices in time order; null: all votes) whose vote is at or after `t`. */
export function lowerBound(at: Float64Array, idx: ArrayLike<number> | null, t: number, lo = 0, hi?: number): number {
  let h = hi ?? (idx ? idx.length : at.length);
  let l = lo;
  while (l < h) {
    const mid = (l + h) >>> 1;
    if (at[idx ? idx[mid] : mid] < t) l = mid + 1;
    else h = mid;
  }
  return l;
}
