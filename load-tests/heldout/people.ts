import { dayRange, DAY, shanghaiMinuteOfDay, MINUTE } from './calendar';
import { randomDevice, userAgent, type Device, type DeviceTaste } from './devices';
import { broadbandIp, cityNet, jiangxiCities, jiangxiPopulation, mobileIp, outsideRegions, pickCarrier, type Carrier } from './networks';
import type { Rng } from './prng';
import { popularCandidate, selection, type Ballot } from './ballot';

/** One real person with one WeChat account, one phone and a home connection. */
export interface Person {
  accountId: string;
  region: string;
  /** The Jiangxi city they feel for (their own, or their hometown when they live outside). */
  home: string;
  carrier: Carrier;
  device: Device;
  fiveG: boolean;
  homeIp: string;
  /** Chance a vote goes out over home Wi-Fi rather than mobile data. */
  wifiShare: number;
}

export function randomRegion(rng: Rng, outsideShare = 0.08): { region: string; home: string } {
  const home = jiangxiCities[rng.weightedIndex(jiangxiPopulation)];
  return { region: rng.chance(outsideShare) ? rng.pick(outsideRegions) : home, home };
}

export function makePerson(rng: Rng, ballot: Ballot, where: { region: string; home: string }, taste: DeviceTaste): Person {
  const carrier = pickCarrier(rng);
  return {
    accountId: ballot.ledger.newAccount(),
    region: where.region,
    home: where.home,
    carrier,
    device: randomDevice(rng, taste),
    fiveG: rng.chance(0.55),
    homeIp: broadbandIp(rng, cityNet(where.region), rng.chance(0.6) ? carrier : pickCarrier(rng)),
    wifiShare: rng.uniform(0.25, 0.85),
  };
}

/** Cast by a person: over a given network (an office NAT) or, by default, home Wi-Fi or mobile data as they tend to. */
export function castVote(rng: Rng, ballot: Ballot, p: Person, at: number, candidateIds: readonly string[], source: number, via?: { ip: string; wifi: boolean }): void {
  let ip: string;
  let wifi: boolean;
  if (via) {
    ip = via.ip;
    wifi = via.wifi;
  } else {
    // Evenings and nights are mostly at home.
    const m = shanghaiMinuteOfDay(at);
    const atHome = m < 8 * 60 || m > 19 * 60;
    wifi = rng.chance(Math.min(0.95, p.wifiShare + (atHome ? 0.25 : -0.15)));
    ip = wifi ? p.homeIp : mobileIp(rng, cityNet(p.region), p.carrier);
  }
  const net = wifi ? 'WIFI' : p.fiveG && rng.chance(0.8) ? '5G' : '4G';
  ballot.ledger.add({ at, accountId: p.accountId, candidateIds, ip, userAgent: userAgent(p.device, net), source });
}

/** Home broadband gets a new address now and then (the modem re-dials). */
export function maybeRedial(rng: Rng, p: Person): void {
  if (rng.chance(0.12)) p.homeIp = broadbandIp(rng, cityNet(p.region), p.carrier);
}

/**
 * The organic crowd: people enter on a day weighted toward the opening and the reminders, most vote
 * once, some come back now and then, a loyal core every day at about the same hour.
 */
export function addOrganic(rng: Rng, ballot: Ballot, targetVotes: number): void {
  const source = ballot.ledger.source({ name: 'organic', kind: 'organic' });
  const { cal } = ballot;
  const entryWeights = Array.from({ length: cal.dayCount }, (_, d) => ballot.organicTime.mass(...dayRange(cal, d)) * Math.pow(0.8, d));
  let cast = 0;
  while (cast < targetVotes) {
    const where = randomRegion(rng);
    const taste = { iosShare: where.region === '南昌' || !jiangxiCities.includes(where.region as never) ? 0.3 : 0.17, budget: rng.chance(0.3) };
    const p = makePerson(rng, ballot, where, taste);
    const loyalty = rng.next();
    const returnChance = loyalty < 0.55 ? 0 : loyalty < 0.85 ? rng.uniform(0.15, 0.45) : rng.uniform(0.7, 0.95);
    const favourite = rng.chance(0.6) ? popularCandidate(rng, ballot, p.home) : popularCandidate(rng, ballot);
    const entry = rng.weightedIndex(entryWeights);
    let habit = NaN;
    for (let d = entry; d < cal.dayCount; d++) {
      if (d > entry && !rng.chance(returnChance * Math.pow(0.95, d - entry))) continue;
      const [from, to] = dayRange(cal, d);
      let at: number;
      if (Number.isFinite(habit) && rng.chance(0.6)) {
        at = cal.firstMidnight + d * DAY + (habit + rng.normal(0, 45)) * MINUTE;
        if (at < from || at >= to) at = ballot.organicTime.sample(rng, from, to);
      } else {
        at = ballot.organicTime.sample(rng, from, to);
      }
      if (!Number.isFinite(at)) continue;
      if (!Number.isFinite(habit)) habit = shanghaiMinuteOfDay(at);
      const choice = rng.chance(0.88) ? favourite : popularCandidate(rng, ballot);
      maybeRedial(rng, p);
      castVote(rng, ballot, p, at, selection(rng, ballot, choice), source);
      cast++;
    }
  }
}
