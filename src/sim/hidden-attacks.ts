import type { AttackContext, AttackLabel } from './attack-layers';
import { type BallotModel, HOUR_MS, MIN_MS } from './ballot-model';
import { makeDevice, SCRIPT_USER_AGENTS, uaOf } from './devices';
import { countyMobilization } from './legit-layers';
import { randomPublicIp } from './networks';
import type { OrganicVoter } from './organic';

/**
 * Attacks that hide their machine signature in structure a burst-level test does not see: a part
 * of a genuine burst, phones reused across accounts, or days of traffic that never stand out in
 * an hour.
 */

function label(b: BallotModel, target: number, start: number, end: number, kind: string): AttackLabel {
  return { candidateId: b.candidates[target], start: new Date(start).toISOString(), end: new Date(end).toISOString(), kind };
}

function hostingIps(b: BallotModel, subnets: number): string[] {
  const ips: string[] = [];
  for (let s = 0; s < subnets; s++) {
    const base = `${b.rng.pick(['47.96', '120.77', '139.224', '101.132', '8.134', '121.40'])}.${b.rng.int(0, 255)}`;
    for (let k = b.rng.int(2, 6); k > 0; k--) ips.push(`${base}.${b.rng.int(1, 254)}`);
  }
  return ips;
}

/** A sleep loop with jitter (share of the interval), n votes from `start`. */
function loopTimes(b: BallotModel, start: number, end: number, intervalMs: number, jitter: number): number[] {
  const out: number[] = [];
  for (let t = start + b.rng.uniform(0, intervalMs); t < end; t += intervalMs * (1 + jitter * (2 * b.rng.next() - 1))) out.push(t);
  return out;
}

/**
 * A county's genuine mobilization, and in the same hours a script adding votes for the same
 * candidate (10–30% of the burst) from one or two hosting /24s with one user agent, at a jittered
 * fixed pace. Judged as a whole the burst is human.
 */
export function scriptInMobilization(b: BallotModel, organic: OrganicVoter[]): AttackLabel[] {
  const rng = b.rng;
  const target = rng.int(0, b.candidates.length - 1);
  const mob = countyMobilization(b, organic, { target, day: rng.int(1, Math.min(5, b.days - 2)) });
  let crowd = 0;
  const id = b.candidates[target];
  for (const v of b.votes) if (v.at >= mob.start && v.at < mob.end && v.candidateIds.includes(id)) crowd++;
  const n = Math.max(120, Math.round(crowd * rng.uniform(0.12, 0.45)));
  const start = mob.start + rng.uniform(0, 0.4) * (mob.end - mob.start);
  const duration = rng.uniform(40, 90) * MIN_MS;
  const ua = rng.chance(0.5) ? uaOf(makeDevice(rng), rng.pick(['WIFI', '4G'])) : rng.pick(SCRIPT_USER_AGENTS);
  const ips = hostingIps(b, rng.int(1, 2));
  for (const t of loopTimes(b, start, start + duration, duration / n, rng.uniform(0.1, 0.45))) b.cast(rng.openid(), t, [id], rng.pick(ips), ua);
  return [label(b, target, start, start + duration, 'script-in-mobilization')];
}

/**
 * A click farm of real, varied phones: a few dozen genuine WeChat phones, each logging in to
 * about twenty fresh accounts in turn over a few hours, from a handful of IPs, at human-looking but
 * somewhat regular gaps; one to three days, fresh accounts each day.
 */
export function phoneFarm({ b }: AttackContext): AttackLabel[] {
  const rng = b.rng;
  const target = rng.int(0, b.candidates.length - 1);
  const days = rng.int(1, 3);
  const first = rng.int(1, Math.max(1, b.days - 1 - days));
  const phones = Array.from({ length: rng.int(20, 50) }, () => makeDevice(rng));
  const ips = Array.from({ length: rng.int(2, 6) }, () => (rng.chance(0.5) ? b.net.homeIp() : b.net.cgnatIp(b.net.carrier())));
  const labels: AttackLabel[] = [];
  for (let d = 0; d < days; d++) {
    const start = b.dayStart(first + d) + rng.int(8 * 60, 20 * 60) * MIN_MS;
    const hours = rng.uniform(2, 5);
    let end = start;
    for (const phone of phones) {
      const ip = rng.pick(ips);
      const net = rng.pick(['WIFI', '4G']);
      const accounts = rng.int(14, 26);
      const meanGap = (hours * HOUR_MS) / accounts;
      let t = start + rng.uniform(0, 0.3) * meanGap;
      for (let k = 0; k < accounts; k++) {
        t += meanGap * rng.uniform(0.55, 1.45);
        if (b.cast(rng.openid(), t, [b.candidates[target]], ip, uaOf(phone, net))) end = Math.max(end, t);
      }
    }
    labels.push(label(b, target, start, end, 'phone-farm'));
  }
  return labels;
}

/**
 * A slow script over several days, around the clock, at a fraction of the candidate's organic
 * rate: no hour stands out. One or two WeChat-looking UAs, a few addresses, a jittered sleep.
 */
export function slowScript({ b, avgRate }: AttackContext): AttackLabel[] {
  const rng = b.rng;
  const target = rng.int(0, b.candidates.length - 1);
  const days = rng.int(3, 5);
  const first = rng.int(0, Math.max(0, b.days - days));
  const start = b.dayStart(first) + rng.int(0, 600) * MIN_MS;
  const end = Math.min(b.closesAt, start + days * 24 * HOUR_MS);
  const perMin = Math.max(0.05, avgRate * rng.uniform(0.25, 0.6));
  const uas = Array.from({ length: rng.int(1, 2) }, () => uaOf(makeDevice(rng), 'WIFI'));
  const ips = rng.chance(0.5) ? hostingIps(b, 1) : Array.from({ length: rng.int(2, 5) }, () => randomPublicIp(rng));
  for (const t of loopTimes(b, start, end, MIN_MS / perMin, rng.uniform(0.1, 0.4))) b.cast(rng.openid(), t, [b.candidates[target]], rng.pick(ips), rng.pick(uas));
  return [label(b, target, start, end, 'slow-script')];
}

/**
 * Real phones over several days: a dozen phones, each bringing eight to fifteen fresh accounts a
 * day at human times spread over the day, from their owners' own networks.
 */
export function slowPhones({ b }: AttackContext): AttackLabel[] {
  const rng = b.rng;
  const target = rng.int(0, b.candidates.length - 1);
  const days = rng.int(3, 5);
  const first = rng.int(0, Math.max(0, b.days - days));
  const phones = Array.from({ length: rng.int(8, 16) }, () => ({ device: makeDevice(rng, { ios: false }), ip: b.net.homeIp() }));
  let lo = Infinity;
  let hi = -Infinity;
  for (let d = first; d < Math.min(b.days, first + days); d++) {
    for (const p of phones) {
      for (let k = rng.int(8, 15); k > 0; k--) {
        const t = b.timeOnDay(d);
        if (t !== null && b.cast(rng.openid(), t, [b.candidates[target]], p.ip, uaOf(p.device, 'WIFI'))) {
          lo = Math.min(lo, t);
          hi = Math.max(hi, t);
        }
      }
    }
  }
  return Number.isFinite(lo) ? [label(b, target, lo, hi, 'slow-phones')] : [];
}
