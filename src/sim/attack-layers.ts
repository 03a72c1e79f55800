import { type BallotModel, HOUR_MS, MIN_MS } from './ballot-model';
import { bulkModel, makeDevice, MOBILE_BROWSER_USER_AGENTS, SCRIPT_USER_AGENTS, uaOf } from './devices';
import { randomPublicIp } from './networks';

/**
 * Stuffing attacks layered on organic traffic. Sizes are drawn relative to a typical candidate's
 * organic rate (`avgRate`, votes/min) so a scenario stays an attack at any `--votes`; every other
 * parameter (duration, start, addresses, user agents, timing) varies with the seed.
 */
export interface AttackLabel {
  candidateId: string;
  start: string;
  end: string;
  kind: string;
}

export interface AttackContext {
  b: BallotModel;
  /** A typical candidate's organic votes per minute over the week. */
  avgRate: number;
}

function label(b: BallotModel, target: number, start: number, end: number, kind: string): AttackLabel {
  return { candidateId: b.candidates[target], start: new Date(start).toISOString(), end: new Date(end).toISOString(), kind };
}

/** Some instant in the ballot, at least `after` in and leaving `room` before it closes. */
function anyTime(b: BallotModel, after: number, room: number): number {
  return b.rng.uniform(b.opensAt + after, b.closesAt - room);
}

function subnetIps(rng: BallotModel['rng'], subnets: number, perSubnet: [number, number]): string[] {
  const ips: string[] = [];
  for (let s = 0; s < subnets; s++) {
    const base = randomPublicIp(rng).split('.').slice(0, 3).join('.');
    for (let k = rng.int(perSubnet[0], perSubnet[1]); k > 0; k--) ips.push(`${base}.${rng.int(1, 254)}`);
  }
  return ips;
}

/** Machine timing: a fixed interval with uniform jitter (the script's sleep). */
function machineTimes(rng: BallotModel['rng'], start: number, end: number, perMin: number, jitter: number): number[] {
  const out: number[] = [];
  const interval = MIN_MS / perMin;
  for (let t = start + rng.uniform(0, interval); t < end; t += interval * (1 + jitter * (2 * rng.next() - 1))) out.push(t);
  return out;
}

/** A script: fresh accounts, one user agent, a handful of datacenter IPs, a fixed sleep. */
export function scriptedBot({ b, avgRate }: AttackContext): AttackLabel[] {
  const rng = b.rng;
  const target = rng.int(0, b.candidates.length - 1);
  const duration = rng.int(15, 90) * MIN_MS;
  const start = anyTime(b, 6 * HOUR_MS, duration + HOUR_MS);
  const perMin = Math.max(3, avgRate * rng.uniform(4, 20));
  const ips = subnetIps(rng, rng.int(1, 2), [1, 3]);
  const ua = rng.chance(0.6) ? rng.pick([...SCRIPT_USER_AGENTS, ...MOBILE_BROWSER_USER_AGENTS]) : uaOf(makeDevice(rng), rng.pick(['WIFI', '4G']));
  const roundRobin = rng.chance(0.5);
  const times = machineTimes(rng, start, start + duration, perMin, rng.uniform(0.05, 0.3));
  times.forEach((t, i) => b.cast(rng.openid(), t, [b.candidates[target]], roundRobin ? ips[i % ips.length] : rng.pick(ips), ua));
  return [label(b, target, start, start + duration, 'scripted-bot')];
}

/** A proxy pool: hundreds of rotating addresses and rotated user agents, but still a script's clock. */
export function proxyPool({ b, avgRate }: AttackContext): AttackLabel[] {
  const rng = b.rng;
  const target = rng.int(0, b.candidates.length - 1);
  const duration = rng.int(60, 360) * MIN_MS;
  const start = anyTime(b, 6 * HOUR_MS, duration + HOUR_MS);
  const perMin = Math.max(2, avgRate * rng.uniform(3, 12));
  const pool = Array.from({ length: rng.int(300, 3000) }, () => randomPublicIp(rng));
  // Half the pools rotate only well-formed WeChat UAs, which defeats the user-agent checks.
  const weChatOnly = rng.chance(0.5);
  const uas = Array.from({ length: rng.int(8, 40) }, () =>
    weChatOnly || rng.chance(0.4) ? uaOf(makeDevice(rng), rng.pick(['WIFI', '4G', '5G'])) : rng.pick([...MOBILE_BROWSER_USER_AGENTS, ...SCRIPT_USER_AGENTS]),
  );
  for (const t of machineTimes(rng, start, start + duration, perMin, rng.uniform(0.1, 0.35))) {
    b.cast(rng.openid(), t, [b.candidates[target]], rng.pick(pool), rng.pick(uas));
  }
  return [label(b, target, start, start + duration, 'proxy-pool')];
}

/** A slow drip in the small hours, one to three nights, when nobody is watching. */
export function nightDrip({ b, avgRate }: AttackContext): AttackLabel[] {
  const rng = b.rng;
  const target = rng.int(0, b.candidates.length - 1);
  const nights = rng.int(1, 3);
  const first = rng.int(1, Math.max(1, b.days - 1 - nights));
  const ips = subnetIps(rng, rng.int(1, 4), [1, 8]);
  const uas = Array.from({ length: rng.int(1, 3) }, () => (rng.chance(0.7) ? uaOf(makeDevice(rng), 'WIFI') : rng.pick(SCRIPT_USER_AGENTS)));
  const regular = rng.chance(0.5);
  const perMin = Math.max(0.4, avgRate * rng.uniform(0.6, 2.5));
  const labels: AttackLabel[] = [];
  for (let n = 0; n < nights; n++) {
    const day = first + n;
    const start = b.dayStart(day) + rng.int(15, 120) * MIN_MS;
    const end = b.dayStart(day) + rng.int(270, 350) * MIN_MS;
    const times = regular ? machineTimes(rng, start, end, perMin, 0.2) : poissonTimes(b, start, end, perMin);
    for (const t of times) b.cast(rng.openid(), t, [b.candidates[target]], rng.pick(ips), rng.pick(uas));
    labels.push(label(b, target, start, end, 'night-drip'));
  }
  return labels;
}

function poissonTimes(b: BallotModel, start: number, end: number, perMin: number): number[] {
  const out: number[] = [];
  for (let t = start + b.rng.exp(MIN_MS / perMin); t < end; t += b.rng.exp(MIN_MS / perMin)) out.push(t);
  return out;
}

/**
 * Paid people on real phones: a room (or two) of bulk-bought phones of one or a few models on the
 * site's Wi-Fi, several fresh WeChat accounts per phone, human think times, a shift of a few hours
 * on several consecutive days.
 */
export function clickFarm({ b, avgRate }: AttackContext): AttackLabel[] {
  const rng = b.rng;
  const target = rng.int(0, b.candidates.length - 1);
  const days = rng.int(2, 4);
  const first = rng.int(1, Math.max(1, b.days - 1 - days));
  const shiftStart = rng.pick([10, 14, 19, 21, 23, 1]) * 60 + rng.int(0, 50);
  const shiftLen = rng.int(120, 240);
  const models = Array.from({ length: rng.int(1, 3) }, () => bulkModel(rng));
  const sites = Array.from({ length: rng.int(1, 3) }, () => subnetIps(rng, 1, [1, 3]));
  // Enough phones × accounts that the shift roughly doubles to quintuples the candidate's rate.
  const votesPerShift = Math.max(60, avgRate * shiftLen * rng.uniform(1.5, 4));
  const perPhone = rng.int(3, 8);
  const phones = Array.from({ length: Math.max(8, Math.round(votesPerShift / perPhone)) }, () => ({
    ua: uaOf(makeDevice(rng, rng.pick(models)), 'WIFI'),
    ip: rng.pick(rng.pick(sites)),
    accounts: Array.from({ length: perPhone }, () => rng.openid()),
  }));
  const labels: AttackLabel[] = [];
  for (let d = 0; d < days; d++) {
    const start = b.dayStart(first + d) + shiftStart * MIN_MS;
    const end = start + shiftLen * MIN_MS;
    for (const p of phones) {
      let t = start + rng.uniform(0, 0.5) * shiftLen * MIN_MS;
      for (const acc of p.accounts) {
        t += rng.exp(rng.uniform(30, 120) * 1000) + 15_000;
        if (t < end) b.cast(acc, t, [b.candidates[target]], p.ip, p.ua);
      }
    }
    labels.push(label(b, target, start, end, 'click-farm'));
  }
  return labels;
}

/** A cohort of accounts that comes back at the same minute every day (a scheduled job). */
export function lockstepCohort({ b }: AttackContext): AttackLabel[] {
  const rng = b.rng;
  const target = rng.int(0, b.candidates.length - 1);
  const size = rng.int(30, 200);
  const minute = (rng.chance(0.7) ? rng.int(7 * 60, 23 * 60) : rng.int(0, 1439)) * MIN_MS;
  const proxies = rng.chance(0.5);
  const ips = proxies ? [] : subnetIps(rng, rng.int(1, 3), [1, 4]);
  const members = Array.from({ length: size }, () => ({
    id: rng.openid(),
    ua: uaOf(makeDevice(rng), rng.pick(['WIFI', '4G'])),
  }));
  const sequential = rng.chance(0.5);
  const firstDay = rng.int(0, 2);
  const labels: AttackLabel[] = [];
  for (let d = firstDay; d < b.days; d++) {
    const start = b.dayStart(d) + minute;
    if (start < b.opensAt || start + MIN_MS >= b.closesAt) continue;
    let t = start;
    for (const m of members) {
      // Either one loop over the accounts, or each account's own timer firing somewhere in the minute.
      t = sequential ? t + rng.uniform(150, 400) : start + rng.uniform(0, 59_000);
      b.cast(m.id, t, [b.candidates[target]], proxies ? randomPublicIp(rng) : rng.pick(ips), m.ua);
    }
    labels.push(label(b, target, start, Math.max(t, start + MIN_MS), 'lockstep-cohort'));
  }
  return labels;
}
