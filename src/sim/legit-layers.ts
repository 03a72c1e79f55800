import { type BallotModel, HOUR_MS, MIN_MS } from './ballot-model';
import type { OrganicVoter } from './organic';

/**
 * Legitimate surges layered on organic traffic. None of them is stuffing; the detector must not
 * flag any of them, yet each one is a big, sudden burst.
 */

/** Organic votes for candidate c in [from, to). */
function countFor(b: BallotModel, c: number, from: number, to: number): number {
  const id = b.candidates[c];
  let n = 0;
  for (const v of b.votes) if (v.at >= from && v.at < to && v.candidateIds.includes(id)) n++;
  return n;
}

/** The official account pushes the article again: everybody's voters surge together. */
export function articlePush(b: BallotModel, organicVotes: number): void {
  const rng = b.rng;
  const day = rng.int(2, Math.min(5, b.days - 2));
  const at = b.dayStart(day) + rng.pick([12, 18, 20, 21]) * HOUR_MS + rng.int(0, 40) * MIN_MS;
  const extra = Math.round(organicVotes * rng.uniform(0.05, 0.12));
  const mean = rng.uniform(20, 45) * MIN_MS;
  // Some candidates' supporters react more than others.
  const response = b.popularity.map((p) => p * Math.exp(rng.normal(0, 0.3)));
  for (let i = 0; i < extra; i++) {
    const v = b.newVoter(rng.weighted(response));
    if (b.castAs(v, at + rng.exp(mean))) b.returnLater(v, day + 1, rng.uniform(0.1, 0.5));
  }
}

/**
 * A county mobilizes its staff and residents: one candidate ×8–12 for about two hours in office
 * hours. Staff vote from their own phones on the government office Wi-Fi (a few NAT IPs), residents
 * from home or mobile data; most are first-time voters; arrival follows the notices sent to
 * several WeChat groups (human reaction times, waves).
 */
export function countyMobilization(b: BallotModel, organic: OrganicVoter[], at?: { target: number; day: number }): { target: number; start: number; end: number } {
  const rng = b.rng;
  const target = at?.target ?? rng.int(0, b.candidates.length - 1);
  const day = at?.day ?? rng.int(1, Math.min(5, b.days - 2));
  const start = b.dayStart(day) + rng.int(9 * 60, 16 * 60) * MIN_MS;
  const duration = rng.int(100, 140) * MIN_MS;
  const baseline = Math.max(6, countFor(b, target, start, start + duration));
  const volume = Math.round(baseline * (rng.uniform(8, 12) - 1));
  const nats: string[] = [];
  const subnets = rng.int(1, 3);
  for (let s = 0; s < subnets; s++) {
    const base = `${rng.pick(['218.87', '218.64', '59.63', '117.41', '182.106'])}.${rng.int(0, 255)}`;
    for (let k = rng.int(1, 3); k > 0; k--) nats.push(`${base}.${rng.int(1, 254)}`);
  }
  const staffShare = rng.uniform(0.45, 0.75);
  const waves = Array.from({ length: rng.int(2, 4) }, () => ({
    at: start + rng.uniform(0, 0.6) * duration,
    mean: rng.uniform(10, 25) * MIN_MS,
  }));
  const supporters = organic.filter((o) => o.voter.pref[0] === target);
  for (let i = 0; i < volume; i++) {
    const w = rng.pick(waves);
    const at = Math.min(start + duration, w.at + rng.exp(w.mean));
    const existing = supporters.length > 0 && rng.chance(0.2) ? rng.pick(supporters).voter : null;
    const v = existing ?? b.newVoter(target);
    const ids = [b.candidates[target]];
    if (rng.chance(staffShare)) {
      const ua = v.device.template.replace('{net}', 'WIFI');
      if (b.cast(v.id, at, ids, rng.pick(nats), ua) && !existing) b.returnLater(v, day + 1, rng.uniform(0.1, 0.4));
    } else if (b.castAs(v, at, ids) && !existing) {
      b.returnLater(v, day + 1, rng.uniform(0.1, 0.4));
    }
  }
  return { target, start, end: start + duration };
}

/** A newspaper runs a story on one candidate: hours of new, ordinary voters from everywhere. */
export function newspaperSurge(b: BallotModel): void {
  const rng = b.rng;
  const target = rng.int(0, b.candidates.length - 1);
  const day = rng.int(1, Math.min(5, b.days - 2));
  const start = b.dayStart(day) + rng.int(7 * 60, 10 * 60) * MIN_MS;
  const mean = rng.uniform(60, 180) * MIN_MS;
  const baseline = Math.max(10, countFor(b, target, start, start + 6 * HOUR_MS));
  const volume = Math.round(baseline * rng.uniform(2, 7));
  for (let i = 0; i < volume; i++) {
    const v = b.newVoter(target);
    if (b.castAs(v, start + rng.exp(mean), [b.candidates[target]])) b.returnLater(v, day + 1, rng.uniform(0.2, 0.5));
  }
}
