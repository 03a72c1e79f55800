import type { LedgerIndex } from './ledger-index';
import { leadsVotes } from './lead';
import { gapFloorLogOdds } from './gap-floor';
import { gapRegularity, HAND_SWITCH_MS, mayBeHandWork, mayBeSittings, medianGap, SITTING_CV, sittingsCv } from './timing';

/**
 * Machine timing in PARTS of a vote set. The set (a burst, or one candidate's votes of a day) is
 * split by exact user agent, IP, network prefix and user agent × prefix; each part long enough to
 * judge is tested for what a program leaves and a crowd of people does not:
 * - gaps of one length (a sleep loop): CV far below the ≈ 1 of independent arrivals, or most gaps
 *   in one narrow band;
 * - a phase against the clock: most votes at the same second of the minute (a timer firing on
 *   the clock, whatever its period);
 * - a floor under the gaps (gap-floor.ts): a timer's ticks shared out over hosts or strings, each
 *   part a random subset of them, so no two of a part's votes come closer than one period.
 * Only long parts are judged (chance regularity in short honest streams is common, and a part that
 * matters is large in absolute terms), with thresholds no Poisson stream of that length reaches.
 */
export interface MachineGroup {
  /** What the part shares: `ua`, `ip`, `prefix` or `ua+prefix`, and its value. */
  by: string;
  value: string;
  votes: number;
  cv: number;
  bandShare: number;
  /** Share of the part's votes in its densest 3-second window of the minute. */
  phaseShare: number;
  why: 'gaps' | 'phase' | 'floor';
}

export interface MachinePart {
  /** 1 for each position of the set that lies in a machine part. */
  mask: Uint8Array;
  votes: number;
  groups: MachineGroup[];
}

/** Parts shorter than this are not judged. */
export const MIN_PART_VOTES = 20;
const STRICT_CV = 0.35;
const BAND_MIN_SHARE = 0.5;
const BAND_MIN_Z = 5;
const POISSON_BAND = 0.2;
const PHASE_WINDOW_S = 3;
const PHASE_MIN_SHARE = 0.5;
const PHASE_MIN_Z = 6;
/** ln odds, for independent arrivals, of a part's gaps keeping that far from short ones. */
const FLOOR_MAX_LOG_ODDS = -18;

export interface StreamVerdict {
  cv: number;
  bandShare: number;
  phaseShare: number;
  why: 'gaps' | 'phase' | 'floor' | null;
  /** Found only by the sittings' bar: steadier than a hand, at a pace and length a hand keeps. */
  bySitting: boolean;
}

/**
 * `phaseUsable`: false when the whole ballot's timestamps cluster on the clock (e.g. an export
 * rounded to the minute), which would make every part look phase-locked. `places`: the part's
 * distinct addresses (people's sittings come from a few).
 */
export function judgeStream(times: ArrayLike<number>, phaseUsable: boolean, places = 1): StreamVerdict {
  const n = times.length;
  const r = gapRegularity(times);
  const gaps = n - 1;
  // A timer on the clock fires again and again at the same second: the phase test counts
  // instants, not votes, so a pile of votes stamped with one instant (a queue released at the
  // ballot's opening) is one firing, not a timer. An instant on a whole minute to the millisecond
  // is a record rounded to the minute (a timer's request arrives some milliseconds late): it says
  // nothing of the second the vote came, and is left out.
  const instants = distinctTimes(times).filter((t) => t % 60_000 !== 0);
  const phaseShare = densestPhaseShare(instants);
  let why: StreamVerdict['why'] = null;
  let bySitting = false;
  if (gaps >= MIN_PART_VOTES - 1) {
    const bandZ = (r.bandShare * gaps - POISSON_BAND * gaps) / Math.sqrt(gaps * POISSON_BAND * (1 - POISSON_BAND));
    // Within one sitting a person repeating a task can be this steady: such a part must be a timer's.
    const sitting = mayBeSittings(times, places);
    // One person's votes, one after another, never come close together either: a floor under the
    // gaps is a program's only when it is faster than a hand, or longer than a help desk's morning.
    const byHand = (sitting && medianGap(times) >= HAND_SWITCH_MS) || mayBeHandWork(times, places);
    if (sitting ? sittingsCv(times) < SITTING_CV : r.cv < STRICT_CV || (r.bandShare >= BAND_MIN_SHARE && bandZ >= BAND_MIN_Z)) {
      why = 'gaps';
      bySitting = sitting;
    } else if (phaseUsable && instants.length >= MIN_PART_VOTES && phaseZ(phaseShare, instants.length) >= PHASE_MIN_Z && phaseShare >= PHASE_MIN_SHARE) why = 'phase';
    else if (!byHand && gapFloorLogOdds(times) <= FLOOR_MAX_LOG_ODDS) why = 'floor';
  }
  return { cv: r.cv, bandShare: r.bandShare, phaseShare, why, bySitting };
}

/** The times (in time order) with repeats of the same instant dropped. */
function distinctTimes(times: ArrayLike<number>): number[] {
  const out: number[] = [];
  for (let i = 0; i < times.length; i++) if (i === 0 || times[i] !== times[i - 1]) out.push(times[i]);
  return out;
}

function phaseZ(share: number, n: number): number {
  const p = PHASE_WINDOW_S / 60;
  return (share * n - p * n) / Math.sqrt(n * p * (1 - p));
}

/** Share of the times in the densest PHASE_WINDOW_S-second window of the minute (circular). */
export function densestPhaseShare(times: ArrayLike<number>): number {
  const n = times.length;
  if (n === 0) return 0;
  const bins = new Int32Array(60);
  for (let i = 0; i < n; i++) bins[Math.floor((((times[i] % 60_000) + 60_000) % 60_000) / 1000)]++;
  let best = 0;
  for (let s = 0; s < 60; s++) {
    let k = 0;
    for (let w = 0; w < PHASE_WINDOW_S; w++) k += bins[(s + w) % 60];
    best = Math.max(best, k);
  }
  return best / n;
}

/** Whether phase tests mean anything in this ballot: its timestamps do not themselves sit on the clock. */
export function phaseUsable(at: Float64Array): boolean {
  const step = Math.max(1, Math.floor(at.length / 20_000));
  const sample: number[] = [];
  for (let i = 0; i < at.length; i += step) sample.push(at[i]);
  return sample.length < 200 || densestPhaseShare(sample) < 0.1;
}

/**
 * Finds the machine parts of `idx` (vote indices in time order). `scratch`: a zeroed counter at
 * least as long as the ballot's distinct UAs, IPs and prefixes, left zeroed (parts are counted
 * there first, so only the few keys long enough to judge get a list of their votes).
 */
export function machineParts(index: LedgerIndex, candidate: number, idx: ArrayLike<number>, usePhase: boolean, scratch: Int32Array): MachinePart {
  const { log, prefixOfIp, prefixes } = index;
  const mask = new Uint8Array(idx.length);
  const groups: MachineGroup[] = [];
  const sittingMask = new Uint8Array(idx.length);
  const sittingGroups: MachineGroup[] = [];
  const ua = (i: number) => log.userAgent[i];
  const ip = (i: number) => log.ip[i];
  const prefix = (i: number) => prefixOfIp[log.ip[i]];
  const long = (key: (i: number) => number): Set<number> => {
    const out = new Set<number>();
    for (let p = 0; p < idx.length; p++) if (++scratch[key(idx[p])] === MIN_PART_VOTES) out.add(key(idx[p]));
    for (let p = 0; p < idx.length; p++) scratch[key(idx[p])] = 0;
    return out;
  };
  const longUa = long(ua);
  const longPrefix = long(prefix);
  const machineIps = new Set<number>();
  // Addresses first: a prefix mostly from one address is judged as that address (below).
  const keys: Array<[string, (i: number) => number, (k: number) => string, Set<number> | null]> = [
    ['ip', ip, (k) => log.ips[k], long(ip)],
    ['ua', ua, (k) => log.userAgents[k], longUa],
    ['prefix', prefix, (k) => prefixes[k], longPrefix],
    // A UA × prefix part is long only if both its UA and its prefix are.
    ['ua+prefix', (i) => (longUa.has(ua(i)) && longPrefix.has(prefix(i)) ? ua(i) * prefixes.length + prefix(i) : -1), (k) => `${log.userAgents[Math.floor(k / prefixes.length)]} @ ${prefixes[k % prefixes.length]}`, null],
  ];
  for (const [by, key, name, wanted] of keys) {
    if (wanted !== null && wanted.size === 0) continue;
    const parts = new Map<number, number[]>();
    for (let p = 0; p < idx.length; p++) {
      const k = key(idx[p]);
      if (k < 0 || (wanted !== null && !wanted.has(k))) continue;
      const g = parts.get(k);
      if (g) g.push(p);
      else parts.set(k, [p]);
    }
    for (const [k, positions] of parts) {
      if (positions.length < MIN_PART_VOTES) continue;
      // A prefix half from one address that was not a machine's: its rhythm is that address's (a
      // helper's sittings on a hotspot, with a few neighbours' votes mixed in), already judged.
      if (by === 'prefix') {
        const top = dominantAddress(positions.map((p) => ip(idx[p])));
        if (top >= 0 && !machineIps.has(top)) continue;
      }
      const v = judgeStream(
        positions.map((p) => log.at[idx[p]]),
        usePhase,
        new Set(positions.map((p) => ip(idx[p]))).size,
      );
      if (v.why === null || !leadsPart(index, candidate, key, key(idx[positions[0]]), log.at[idx[positions[0]]], log.at[idx[positions[positions.length - 1]]] + 1)) continue;
      for (const p of positions) (v.bySitting ? sittingMask : mask)[p] = 1;
      if (by === 'ip' && !v.bySitting) machineIps.add(k);
      (v.bySitting ? sittingGroups : groups).push({ by, value: name(k), votes: positions.length, cv: round(v.cv), bandShare: round(v.bandShare), phaseShare: round(v.phaseShare), why: v.why });
    }
  }
  // One helper's steady sitting is what a village does, a farm runs many phones at once: parts
  // found only by the sittings' bar count when they hold two sittings' worth of votes.
  let sittingVotes = 0;
  for (let p = 0; p < sittingMask.length; p++) sittingVotes += sittingMask[p];
  if (sittingVotes >= 2 * MIN_PART_VOTES) {
    for (let p = 0; p < mask.length; p++) mask[p] |= sittingMask[p];
    groups.push(...sittingGroups);
  }
  let votes = 0;
  for (let p = 0; p < mask.length; p++) votes += mask[p];
  groups.sort((a, b) => b.votes - a.votes);
  return { mask, votes, groups: groups.slice(0, 10) };
}

/** The address holding half or more of `ips`, or -1. */
function dominantAddress(ips: readonly number[]): number {
  const count = new Map<number, number>();
  for (const a of ips) count.set(a, (count.get(a) ?? 0) + 1);
  for (const [a, k] of count) if (2 * k >= ips.length) return a;
  return -1;
}

/** A script's decoy ticks are its timer seen through fewer votes: the part counts for the candidate it pushes (lead.ts). */
function leadsPart(index: LedgerIndex, candidate: number, key: (i: number) => number, k: number, fromMs: number, toMs: number): boolean {
  return leadsVotes(index, candidate, fromMs, toMs, (i) => key(i) === k);
}

function round(v: number): number {
  return Math.round(v * 1000) / 1000;
}
