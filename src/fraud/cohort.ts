import { DAY_MS, inDayOpening, type LedgerIndex, localDay } from './ledger-index';
import { poissonTailLog } from './device-reuse';
import type { DetectorOptions } from './options';

/**
 * Closed cohorts: the same accounts voting for a candidate together, day after day, even when the
 * time they act at moves from one day to the next (a job list run at a different hour each day).
 *
 * Each vote falls in a `windowMinutes` window on a global grid, and in one of a grid shifted by
 * half a window (so a group acting within half a window always shares a window of one grid). For
 * every account, each pair of its consecutive voting days for the candidate gives window pairs;
 * a window pair shared by many accounts, far beyond what the two windows' shares of the
 * candidate's votes predict for accounts independent of each other, is co-voting. Accounts that
 * co-vote on two such pairs (three days or more) form the cohort. A pair counts only if the group
 * is closed: most accounts of either window that voted on the other day were in the other window.
 *
 * Honest habitual voters come back around the same time (± half an hour or more), independently:
 * a few of them share a window two days running, not dozens on three days. Votes in the day's
 * opening minutes are left out: keen supporters all vote the minute the new day opens.
 *
 * A class voting in the minute after each lesson is such a group too, and is flagged. The evidence
 * says what a reviewer needs to tell them apart: whether the members kept a list's order from day
 * to day (a script going down its list) and whether they changed phones (a bank of accounts logged
 * in on whatever phone is at hand); a class arrives in a new order each time, each on their own
 * phone. Neither can be a condition: a studio's phones, each running its own accounts, do neither.
 */
export interface CohortOptions {
  windowMinutes: number;
  /** A window pair must be shared by at least this many accounts… */
  minPairAccounts: number;
  /** …at odds of at most e^-minLogOdds against independent accounts… */
  minLogOdds: number;
  /** …and hold at least this share of the accounts that went from one window to the other day (closed). */
  minClosure: number;
  /** …and the cohort (accounts on ≥ 2 such pairs) must have at least this many accounts. */
  minMembers: number;
  /** A window pair counts only if the group moved by at least this many minutes of the day (0: any). */
  minShiftMinutes: number;
}

export interface Cohort {
  /** The window the search used. */
  windowMinutes: number;
  members: number;
  /** Positions (in the candidate's votes) of the members' votes in their co-voting windows. */
  mask: Uint8Array;
  votes: number;
  days: number;
  /** How often two members kept their order from one window to the next (0.5: no more than chance). */
  listOrder: number;
  /** Share of the members whose votes in the cohort come from more than one phone. */
  deviceSwitch: number;
  /** Distinct network prefixes per member (an office's staff share a few; people at home or on 4G have one or more each), and the largest prefix's share of the votes. */
  prefixesPerMember: number;
  topPrefixShare: number;
  /** The busiest co-voting window pairs, for the evidence. */
  pairs: Array<{ first: string; second: string; accounts: number; expected: number }>;
}

export function cohortOptions(o: DetectorOptions): CohortOptions {
  return {
    windowMinutes: o.cohortWindowMinutes,
    minPairAccounts: o.cohortMinPairAccounts,
    minLogOdds: o.cohortMinLogOdds,
    minMembers: o.cohortMinMembers,
    minClosure: o.cohortMinClosure,
    minShiftMinutes: o.cohortMinShiftMinutes,
  };
}

/**
 * The wider search: a group that answers an organiser's call over ten minutes or so spreads over
 * several narrow windows each day, so no narrow window pair is closed. A wider window also holds
 * more of the groups people form honestly (a class after a lesson that ends at a different hour
 * each day), which are tens of accounts: the wider search needs a hundred.
 */
export function wideCohortOptions(o: DetectorOptions): CohortOptions {
  return { ...cohortOptions(o), windowMinutes: o.cohortWideWindowMinutes, minMembers: o.cohortWideMinMembers };
}

const HALF = 2;

/** Window ids stay below this (a window pair is one number: first × KEY_SPAN + second). */
const KEY_SPAN = 2 ** 24;

/**
 * `last`: -1 for each of the ballot's accounts, restored before returning, so that one table serves
 * every candidate (a Map per candidate of a 1M-vote ballot costs megabytes).
 */
export function findCohort(index: LedgerIndex, votes: Int32Array, o: CohortOptions, last: Int32Array = new Int32Array(index.log.accountCount).fill(-1)): Cohort | null {
  const { at, account } = index.log;
  const W = o.windowMinutes * 60_000;
  const n = votes.length;
  if (n === 0) return null;
  // Window ids on both grids (id * 2 + grid) and the candidate's votes per window and per day.
  // Window ids count from a window before the first vote, so they stay small and non-negative.
  const origin = index.t0 - W;
  const windowStartMs = (w: number) => origin + Math.floor(w / 2) * W - ((w % 2) * W) / 2;
  const windowDay = (w: number) => localDay(windowStartMs(w));
  const win = new Int32Array(n * HALF);
  const perWindow = new Map<number, number>();
  const perDay = new Map<number, number>();
  const day = new Int32Array(n);
  const opening = new Uint8Array(n);
  for (let j = 0; j < n; j++) {
    const t = at[votes[j]];
    day[j] = localDay(t);
    if (inDayOpening(t)) {
      opening[j] = 1;
      continue;
    }
    perDay.set(day[j], (perDay.get(day[j]) ?? 0) + 1);
    for (let g = 0; g < HALF; g++) {
      const w = Math.floor((t - origin + (g * W) / 2) / W) * 2 + g;
      win[j * HALF + g] = w;
      perWindow.set(w, (perWindow.get(w) ?? 0) + 1);
    }
  }
  // Consecutive voting days of each account, for this candidate.
  const prevOf = new Int32Array(n).fill(-1);
  const dayPairs = new Map<number, number>();
  // Accounts in a window whose next voting day is d (leaving), and in a window whose previous one was d (arriving).
  const leaving = new Map<number, number>();
  const arriving = new Map<number, number>();
  for (let j = 0; j < n; j++) {
    if (opening[j]) continue;
    const a = account[votes[j]];
    const p = last[a];
    if (p >= 0 && day[p] !== day[j]) {
      prevOf[j] = p;
      const dk = day[p] * 100_000 + day[j];
      dayPairs.set(dk, (dayPairs.get(dk) ?? 0) + 1);
      for (let g = 0; g < HALF; g++) {
        const from = win[p * HALF + g] * 100_000 + day[j];
        const to = win[j * HALF + g] * 100_000 + day[p];
        leaving.set(from, (leaving.get(from) ?? 0) + 1);
        arriving.set(to, (arriving.get(to) ?? 0) + 1);
      }
    }
    last[a] = j;
  }
  for (let j = 0; j < n; j++) last[account[votes[j]]] = -1;
  // Window pairs as numbers, counted by sorting (a Map of every pair costs far more memory).
  const keyOf = (p: number, j: number, g1: number, g2: number) => win[p * HALF + g1] * KEY_SPAN + win[j * HALF + g2];
  let pairCountTotal = 0;
  for (let j = 0; j < n; j++) if (prevOf[j] >= 0) pairCountTotal++;
  const sorted = new Float64Array(pairCountTotal * HALF * HALF);
  let fill = 0;
  for (let j = 0; j < n; j++) {
    const p = prevOf[j];
    if (p < 0) continue;
    for (let g1 = 0; g1 < HALF; g1++) for (let g2 = 0; g2 < HALF; g2++) sorted[fill++] = keyOf(p, j, g1, g2);
  }
  sorted.sort();
  const pairCount = new Map<number, number>();
  for (let a = 0; a < sorted.length; ) {
    let b = a + 1;
    while (b < sorted.length && sorted[b] === sorted[a]) b++;
    if (b - a >= o.minPairAccounts) pairCount.set(sorted[a], b - a);
    a = b;
  }
  const hot = new Map<number, number>();
  for (const [k, count] of pairCount) {
    const w1 = Math.floor(k / KEY_SPAN);
    const w2 = k % KEY_SPAN;
    // A group back at the same hour follows the day's routine (a meeting, a lesson, a shift
    // change); a job list run at a new hour each day does not.
    if (shiftMinutes(windowStartMs(w1), windowStartMs(w2)) < o.minShiftMinutes) continue;
    const d1 = windowDay(w1);
    const d2 = windowDay(w2);
    const accounts = dayPairs.get(d1 * 100_000 + d2) ?? 0;
    const expected = (accounts * (perWindow.get(w1) ?? 0) * (perWindow.get(w2) ?? 0)) / Math.max(1, perDay.get(d1) ?? 1) / Math.max(1, perDay.get(d2) ?? 1);
    // Closed: most of those who were in the first window and vote on the second day are in the
    // second window, and the other way round. A crowd that votes in a daily break spreads over it
    // differently each day; a job list runs the same accounts together.
    const closure = count / Math.max(1, Math.min(leaving.get(w1 * 100_000 + d2) ?? 0, arriving.get(w2 * 100_000 + d1) ?? 0));
    if (closure >= o.minClosure && poissonTailLog(count, expected) <= -o.minLogOdds) hot.set(k, expected);
  }
  if (hot.size === 0) return null;
  // Members: accounts with two or more hot pairs (three days or more acting together).
  const hotPairsOf = new Map<number, number>();
  const inHot = new Uint8Array(n);
  // The hot window pair each later vote of a pair fell in (-1: none), for the list order below.
  const hotKey = new Float64Array(n).fill(-1);
  for (let j = 0; j < n; j++) {
    const p = prevOf[j];
    if (p < 0) continue;
    let key = -1;
    for (let g1 = 0; g1 < HALF && key < 0; g1++) {
      for (let g2 = 0; g2 < HALF && key < 0; g2++) {
        const k = keyOf(p, j, g1, g2);
        if (hot.has(k)) key = k;
      }
    }
    if (key < 0) continue;
    hotKey[j] = key;
    const a = account[votes[j]];
    hotPairsOf.set(a, (hotPairsOf.get(a) ?? 0) + 1);
    inHot[j] = 1;
    inHot[p] = 1;
  }
  const mask = new Uint8Array(n);
  const memberSet = new Set<number>();
  for (const [a, k] of hotPairsOf) if (k >= 2) memberSet.add(a);
  if (memberSet.size < o.minMembers) return null;
  let count = 0;
  const days = new Set<number>();
  for (let j = 0; j < n; j++) {
    if (inHot[j] && memberSet.has(account[votes[j]])) {
      mask[j] = 1;
      count++;
      days.add(day[j]);
    }
  }
  const spread = prefixSpread(index, votes, mask, count, memberSet.size);
  const listOrder = orderKept(index, votes, prevOf, hotKey, memberSet);
  const deviceSwitch = phonesSwitched(index, votes, inHot, memberSet);
  const pairs = [...hot.entries()]
    .map(([k, expected]) => {
      const first = new Date(windowStartMs(Math.floor(k / KEY_SPAN))).toISOString();
      const second = new Date(windowStartMs(k % KEY_SPAN)).toISOString();
      return { first, second, accounts: pairCount.get(k) ?? 0, expected: Math.round(expected * 10) / 10 };
    })
    .sort((a, b) => b.accounts - a.accounts)
    .slice(0, 6);
  return { windowMinutes: o.windowMinutes, members: memberSet.size, mask, votes: count, days: days.size, listOrder, deviceSwitch, ...spread, pairs };
}

/** How the masked votes spread over network prefixes (/24, /64): distinct prefixes per member, and the largest prefix's share of the votes. */
function prefixSpread(index: LedgerIndex, votes: Int32Array, mask: Uint8Array, count: number, members: number): { prefixesPerMember: number; topPrefixShare: number } {
  const perPrefix = new Map<number, number>();
  let top = 0;
  for (let j = 0; j < votes.length; j++) {
    if (!mask[j]) continue;
    const p = index.prefixOfIp[index.log.ip[votes[j]]];
    const k = (perPrefix.get(p) ?? 0) + 1;
    perPrefix.set(p, k);
    if (k > top) top = k;
  }
  return { prefixesPerMember: perPrefix.size / Math.max(1, members), topPrefixShare: top / Math.max(1, count) };
}

/**
 * Of every two members in one hot window pair, the share that came in the same order on both days
 * (ties left out): a list run top to bottom gives 1, people arriving independently 0.5.
 */
function orderKept(index: LedgerIndex, votes: Int32Array, prevOf: Int32Array, hotKey: Float64Array, members: Set<number>): number {
  const { at, account } = index.log;
  const pairs: number[] = [];
  for (let j = 0; j < votes.length; j++) if (hotKey[j] >= 0 && members.has(account[votes[j]])) pairs.push(j);
  pairs.sort((x, y) => hotKey[x] - hotKey[y] || at[votes[prevOf[x]]] - at[votes[prevOf[y]]]);
  let kept = 0;
  let compared = 0;
  for (let a = 0; a < pairs.length; ) {
    let b = a + 1;
    while (b < pairs.length && hotKey[pairs[b]] === hotKey[pairs[a]]) b++;
    for (let x = a; x < b; x++) {
      for (let y = x + 1; y < b; y++) {
        const first = at[votes[prevOf[pairs[y]]]] - at[votes[prevOf[pairs[x]]]];
        const second = at[votes[pairs[y]]] - at[votes[pairs[x]]];
        if (first === 0 || second === 0) continue;
        compared++;
        if (second > 0) kept++;
      }
    }
    a = b;
  }
  return compared === 0 ? 0.5 : kept / compared;
}

/** Share of the members whose co-voting votes name more than one device (network type aside). */
function phonesSwitched(index: LedgerIndex, votes: Int32Array, inHot: Uint8Array, members: Set<number>): number {
  const { account, userAgent } = index.log;
  const { ofUa } = index.devices;
  const deviceOf = new Map<number, number>();
  const switched = new Set<number>();
  for (let j = 0; j < votes.length; j++) {
    const a = account[votes[j]];
    if (!inHot[j] || !members.has(a)) continue;
    const d = ofUa[userAgent[votes[j]]];
    const seen = deviceOf.get(a);
    if (seen === undefined) deviceOf.set(a, d);
    else if (seen !== d) switched.add(a);
  }
  return switched.size / members.size;
}

/** How far apart two instants are in time of day, in minutes (0–720, round the clock). */
function shiftMinutes(a: number, b: number): number {
  const d = Math.abs(((a - b) % DAY_MS) + DAY_MS) % DAY_MS;
  return Math.min(d, DAY_MS - d) / 60_000;
}
