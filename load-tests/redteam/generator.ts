/**
 * Independent labelled traffic for red-teaming the stuffing detector (does not import src/sim).
 * A ballot is 1–3 days of habitual, Poisson-ish voters; each scenario adds one layer: an attack
 * (labelled with its candidate and window) or a legitimate trap the detector must leave alone.
 */
import type { VoteEvent } from '../../src/fraud/types';
import { curveMinute, ipv6, type Net, networks, type Networks, phone, type Phone, Rand, voterNet } from './world';

const MIN = 60_000;
const DAY = 1440 * MIN;
/** Local midnight (Asia/Shanghai) of the ballot's first day. */
const T0 = Date.parse('2026-03-01T16:00:00Z');

export interface AttackLabel {
  candidateId: string;
  start: number;
  end: number;
  votes: number;
}

export interface Ballot {
  r: Rand;
  days: number;
  candidates: string[];
  weights: number[];
  maxChoices: number;
  perDay: number;
  nets: Networks;
  events: VoteEvent[];
  accountSeq: number;
}

interface Voter {
  id: string;
  phone: Phone;
  net: Net;
  favourite: number;
  habit: number;
  activity: number;
}

function choose(b: Ballot, first: number): string[] {
  const ids = [b.candidates[first]];
  if (b.maxChoices > 1) {
    const k = b.r.int(1, b.maxChoices);
    for (let t = 0; ids.length < k && t < 10; t++) {
      const c = b.candidates[b.r.weighted(b.weights)];
      if (!ids.includes(c)) ids.push(c);
    }
  }
  return ids;
}

export function push(b: Ballot, time: number, account: string, first: number, ip: string, ua: string): void {
  b.events.push({ voteId: `v${b.events.length}`, at: Math.round(time), accountId: account, candidateIds: choose(b, first), ip, userAgent: ua });
}

export function freshAccount(b: Ballot): string {
  return `o${(b.accountSeq++).toString(36)}${b.r.hex(6)}`;
}

/** Organic traffic: habitual voters (each comes back around the same time on the days they vote). */
export function ballot(seed: number, opts: { big?: boolean; days?: number; popular?: boolean } = {}): Ballot {
  const r = new Rand(seed);
  const days = opts.days ?? r.int(1, 3);
  const C = r.int(5, 25);
  const perDay = opts.big ? r.int(15_000, 40_000) : r.int(2_000, 5_000);
  const candidates = Array.from({ length: C }, (_, i) => `c${i}-${r.hex(8)}`);
  // Heavy-tailed popularity: a few leaders and a long tail of small candidates.
  const weights = candidates.map(() => Math.exp(r.normal() * 0.9));
  if (opts.popular) weights[0] = weights.reduce((a, x) => a + x, 0) * 0.8;
  const b: Ballot = { r, days, candidates, weights, maxChoices: r.chance(0.7) ? 1 : r.int(2, 3), perDay, nets: networks(r, perDay), events: [], accountSeq: 0 };
  const voters: Voter[] = [];
  const nVoters = Math.round(perDay * 1.6);
  for (let i = 0; i < nVoters; i++) {
    voters.push({ id: freshAccount(b), phone: phone(r), net: voterNet(r, b.nets), favourite: r.weighted(weights), habit: curveMinute(r), activity: r.chance(0.4) ? 0.95 : 0.45 });
  }
  for (let d = 0; d < days; d++) {
    for (const v of voters) {
      if (!r.chance(v.activity * 0.87)) continue;
      // Habit ± ~40 min most days, otherwise any time the curve allows.
      let m = r.chance(0.7) ? v.habit + r.normal() * 40 : curveMinute(r);
      m = ((m % 1440) + 1440) % 1440;
      const first = r.chance(0.85) ? v.favourite : r.weighted(weights);
      push(b, T0 + d * DAY + m * MIN, v.id, first, v.net(r), v.phone.ua(r));
    }
  }
  return b;
}

/** Sorted votes, without those a layer placed after the ballot closed (the service refuses them). */
export function finish(b: Ballot): VoteEvent[] {
  const close = T0 + b.days * DAY;
  return b.events.filter((e) => e.at >= T0 && e.at < close).sort((x, y) => x.at - y.at);
}

/** Start of a day's local hour h (fractional hours allowed). */
export function at(day: number, hour: number): number {
  return T0 + day * DAY + hour * 60 * MIN;
}

/** The candidate's organic votes per minute on average (for sizing layers). */
export function ratePerMinute(b: Ballot, c: number): number {
  const sum = b.weights.reduce((a, x) => a + x, 0);
  return (b.perDay * b.weights[c]) / sum / 1440;
}

/** Human arrivals: a Poisson process whose rate decays from `peak` votes/min with the given half-life, until `n` votes. */
export function humanWave(b: Ballot, start: number, n: number, halfLifeMin: number, each: (t: number) => void): number {
  let t = start;
  let k = 0;
  const peak = (n * Math.LN2) / halfLifeMin;
  while (k < n) {
    const rate = Math.max(peak * Math.pow(0.5, (t - start) / MIN / halfLifeMin), peak * 0.05);
    t += b.r.exp(MIN / rate);
    each(t);
    k++;
  }
  return t;
}

export { ipv6, phone, Rand };
