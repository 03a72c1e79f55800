import type { VoteLog } from './vote-log';
import { prefixOf } from './network';

/**
 * Machine-regular timing. Human arrivals (and the superposition of many humans behind one NAT) are
 * close to a Poisson process: the gaps between votes have a coefficient of variation ≈ 1, bursty
 * mobilization waves even > 1. A script sleeping a fixed interval (± jitter) has CV far below 1.
 * When a bot's stream is interleaved with organic votes the CV rises, so a second, robust test
 * looks for the densest band of gap lengths (a factor 1.5 wide): a script's sleep piles its gaps
 * into one band, while at most ≈ 15% of a Poisson stream's gaps fall into any such band.
 */
export interface StreamRegularity {
  cv: number;
  bandShare: number;
}

export function gapRegularity(times: ArrayLike<number>): StreamRegularity {
  const n = times.length - 1;
  if (n < 1) return { cv: NaN, bandShare: NaN };
  const gaps = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    gaps[i] = times[i + 1] - times[i];
    sum += gaps[i];
  }
  const mean = sum / n;
  // Votes that all share one timestamp (a queue released at the ballot's opening, or a pile of
  // votes an export stamped alike) have no gaps to measure: no rhythm, neither regular nor not.
  if (mean === 0) return { cv: NaN, bandShare: 0 };
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (gaps[i] - mean) ** 2;
  const cv = Math.sqrt(ss / n) / mean;
  const sorted = Float64Array.from(gaps).sort();
  let band = 0;
  // Zero gaps (equal timestamps: a busy minute exported with whole seconds) are no band: they say
  // nothing about a sleep interval, and would make any dense honest stream look regular.
  for (let lo = 0, hi = 0; hi < n; hi++) {
    if (sorted[hi] === 0) {
      lo = hi + 1;
      continue;
    }
    while (sorted[hi] > 1.5 * sorted[lo]) lo++;
    band = Math.max(band, hi - lo + 1);
  }
  return { cv, bandShare: band / n };
}

/**
 * Calibrated on Poisson streams (load-tests/redteam): with 5–19 gaps CV < 0.5 happens by chance
 * 0.1–9% of the time and a 45% band with 12–20 gaps 2–5%, and a burst has many per-IP/UA streams, so
 * short streams need a lower CV, and the band must also beat the ≈ 20% a Poisson stream's best
 * band holds by 4 standard deviations (≈ 0.1% at 12 gaps, none above).
 */
export function isRegular(r: StreamRegularity, gaps: number, regularCv: number, sitting = false): boolean {
  // One person doing one task over and over (a clerk voting twenty elders' accounts in a sitting)
  // is steadier than a crowd but nowhere near a timer; only a stream that keeps it up for longer
  // than a sitting gets the looser tests.
  const cvBelow = sitting ? SITTING_CV : gaps >= 20 ? regularCv : 0.6 * regularCv;
  if (r.cv < cvBelow) return true;
  if (sitting || gaps < 12 || r.bandShare < 0.45) return false;
  return (r.bandShare * gaps - POISSON_BAND * gaps) / Math.sqrt(gaps * POISSON_BAND * (1 - POISSON_BAND)) >= 4;
}

/**
 * A sitting's gaps (or a queue's) must be steadier than this to be a timer's, in a burst or in a
 * part of one: a clerk going through thirty elders' phones, about a minute each, keeps a CV near
 * 0.25–0.5.
 */
export const SITTING_CV = 0.2;

/** How long one person might sit doing the same thing over and over. */
export const SITTING_MS = 90 * 60_000;

/** How long a sitting may run when a helper works through forty or fifty people, with breaks. */
const LONG_SITTING_MS = 3 * 3600_000;

/**
 * How long a help desk may run by hand without an hour's break: a morning or an afternoon. A
 * village committee that helps elders vote one after another on their own phones works through a
 * hundred of them, a minute or so each with short breaks, in three and a half hours.
 */
const HELP_DESK_MS = 4.5 * 3600_000;

/**
 * Whether one source's stream may be one person's sitting: no longer than SITTING_MS, or no
 * longer than LONG_SITTING_MS at a pace a person can keep by hand (median gap HAND_SWITCH_MS or more).
 */
export function mayBeSitting(times: ArrayLike<number>): boolean {
  return spanOf(times) <= SITTING_MS || atHandPace(times);
}

/** No longer than `longest`, at a pace a person keeps by hand (median gap HAND_SWITCH_MS or more). */
function atHandPace(times: ArrayLike<number>, longest = LONG_SITTING_MS): boolean {
  return spanOf(times) <= longest && medianGap(times) >= HAND_SWITCH_MS;
}

function spanOf(times: ArrayLike<number>): number {
  return times.length > 0 ? times[times.length - 1] - times[0] : 0;
}

/** A break this long ends a sitting: the same source after it is another sitting (someone else, or later). */
const SITTING_BREAK_MS = 60 * 60_000;

/**
 * Votes per address a stream of sittings has at least: each sitting is one person at one place.
 * A program that rotates its addresses has about one vote on each.
 */
const VOTES_PER_PLACE = 3;

/**
 * Whether one source's stream may be people's sittings one after another (a village committee's
 * Wi-Fi: the clerk in the morning, a helper in the evening), each as in mayBeSitting, from
 * `places` distinct addresses.
 */
export function mayBeSittings(times: ArrayLike<number>, places: number): boolean {
  return everySitting(times, places, mayBeSitting);
}

/**
 * Whether one source's stream may be people working by hand at a help desk (as mayBeSittings,
 * each stretch between hour-long breaks at a hand's pace for up to a morning): such a stream has
 * a floor under its gaps, as a timer's has, since no one votes an account in seconds.
 */
export function mayBeHandWork(times: ArrayLike<number>, places: number): boolean {
  return everySitting(times, places, (part) => atHandPace(part, HELP_DESK_MS));
}

/** Whether each stretch of `times` between SITTING_BREAK_MS breaks passes `ok`, from few places. */
function everySitting(times: ArrayLike<number>, places: number, ok: (part: number[]) => boolean): boolean {
  if (places * VOTES_PER_PLACE > times.length) return false;
  let start = 0;
  for (let k = 1; k <= times.length; k++) {
    if (k < times.length && times[k] - times[k - 1] <= SITTING_BREAK_MS) continue;
    if (!ok(Array.prototype.slice.call(times, start, k) as number[])) return false;
    start = k;
  }
  return true;
}

/**
 * Whether a crowd's stream may be people taking turns: a relay (接龙) in a group chat, where each
 * votes after seeing the one before, at a person's pace (median gap HAND_SWITCH_MS or more) for
 * no longer than a long sitting. Such a queue is steadier than independent arrivals, like one
 * person's sitting, and gets the same allowance; a program spread over many addresses that
 * keeps a person's pace still has to beat the sitting's strict bar.
 */
export function mayBeQueue(times: ArrayLike<number>): boolean {
  return atHandPace(times);
}

/**
 * Faster than anyone logs in to WeChat accounts by hand, one after another, and votes with each
 * (switching accounts, opening the page, choosing): a sequence whose median gap is shorter is
 * driven by a program, however uneven its gaps.
 */
export const HAND_SWITCH_MS = 45_000;

/** The CV of the gaps between sorted times no longer than `maxGap` (Infinity for fewer than two). */
export function gapCvWithin(at: ArrayLike<number>, maxGap: number): number {
  let n = 0;
  let sum = 0;
  let sq = 0;
  for (let k = 1; k < at.length; k++) {
    const g = at[k] - at[k - 1];
    if (g > maxGap) continue;
    n++;
    sum += g;
    sq += g * g;
  }
  if (n < 2 || sum === 0) return Infinity;
  const mean = sum / n;
  return Math.sqrt(Math.max(0, sq / n - mean * mean)) / mean;
}

/** The CV of a stream's gaps within its sittings (breaks between sittings left out). */
export function sittingsCv(times: ArrayLike<number>): number {
  return gapCvWithin(times, SITTING_BREAK_MS);
}

/** The median of the gaps between sorted times (0 for fewer than two). */
export function medianGap(at: ArrayLike<number>): number {
  if (at.length < 2) return 0;
  const gaps = new Float64Array(at.length - 1);
  for (let k = 1; k < at.length; k++) gaps[k - 1] = at[k] - at[k - 1];
  gaps.sort();
  const m = gaps.length >> 1;
  return gaps.length % 2 === 1 ? gaps[m] : (gaps[m - 1] + gaps[m]) / 2;
}

/** Share of a Poisson stream's gaps in its densest 1.5×-wide band, rounded up (≈ 0.15 expected, best band over positions). */
const POISSON_BAND = 0.2;

/**
 * Marks the votes (positions in `idx`) that belong to a machine-regular stream: the votes of one
 * IP, one /24 prefix, one user agent, or the whole set taken together.
 */
export function regularMask(log: VoteLog, idx: ArrayLike<number>, minStream: number, regularCv: number): Uint8Array {
  const mask = new Uint8Array(idx.length);
  const mark = (positions: number[], oneSource: boolean) => {
    if (positions.length < minStream) return;
    const times = positions.map((p) => log.at[idx[p]]);
    const sitting = oneSource ? mayBeSittings(times, new Set(positions.map((p) => log.ip[idx[p]])).size) : mayBeQueue(times);
    const r = gapRegularity(times);
    if (isRegular(sitting ? { ...r, cv: sittingsCv(times) } : r, times.length - 1, regularCv, sitting)) for (const p of positions) mask[p] = 1;
  };
  // Ordinals group exactly as the strings they stand for would.
  const keys = [(i: number) => log.ip[i], (i: number) => prefixOf(log.ips[log.ip[i]]), (i: number) => log.userAgent[i]];
  const groupings = keys.map((key) => {
    const groups = new Map<string | number, number[]>();
    for (let p = 0; p < idx.length; p++) {
      const k = key(idx[p]);
      const g = groups.get(k);
      if (g) g.push(p);
      else groups.set(k, [p]);
    }
    return groups;
  });
  // One source (an IP, a prefix, a UA) may be one person repeating a task for a sitting. The whole
  // set is a crowd, unless one IP or one phone's string holds most of it: then it is mostly that
  // person's sitting, and gets the same allowance. A crowd may also take turns (mayBeQueue).
  const all: number[] = [];
  for (let p = 0; p < idx.length; p++) all.push(p);
  const dominated = [groupings[0], groupings[2]].some((groups) => [...groups.values()].some((g) => 2 * g.length >= idx.length));
  mark(all, dominated);
  for (const groups of groupings) for (const g of groups.values()) mark(g, true);
  return mask;
}
