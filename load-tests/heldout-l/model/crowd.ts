import { DAY, HOUR, isWeekend, MINUTE } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot, LCandidate, Region } from './ballot';
import { phone, type Device, type Segment } from './devices';
import type { Carrier, Networks } from './networks';
import type { Profile, Rhythm } from './rhythm';

/** One WeChat account and the life around it. */
export interface Person {
  account: string;
  device: Device;
  /** Whose networks: a Hunan city, '广东' or '外省'. */
  city: string;
  carrier: Carrier;
  home?: string;
  work?: readonly string[];
  profile: Profile;
}

export interface World {
  ballot: Ballot;
  ledger: LedgerBuilder;
  net: Networks;
  rhythm: Rhythm;
  people: People;
}

/** Makes people and casts their votes the way the WeChat page would send them. */
export class People {
  constructor(
    readonly ledger: LedgerBuilder,
    readonly ballot: Ballot,
    readonly net: Networks,
    readonly rhythm: Rhythm,
  ) {}

  person(rng: Rng, o: { city: string; profile: Profile; segment: Segment; home?: string | boolean; work?: readonly string[]; device?: Device; account?: string }): Person {
    const home = typeof o.home === 'string' ? o.home : o.home ? this.net.broadband(o.city) : undefined;
    return {
      account: o.account ?? this.ledger.newAccount(),
      device: o.device ?? phone(rng, o.segment),
      city: o.city,
      carrier: this.net.carrier(rng),
      home,
      work: o.work,
      profile: o.profile,
    };
  }

  /** Where a person's phone is online at an instant: the office NAT, home Wi-Fi, or mobile data. */
  where(rng: Rng, p: Person, at: number): { ip: string; net: string } {
    const h = Math.floor((((at + 8 * HOUR) % DAY) + DAY) % DAY / HOUR);
    if (p.work && !isWeekend(at) && h >= 8 && h < 18 && rng.chance(0.85)) return { ip: rng.pick(p.work), net: 'WIFI' };
    if (p.home && (h >= 18 || h < 8 || isWeekend(at)) && rng.chance(0.75)) return { ip: p.home, net: 'WIFI' };
    return { ip: this.net.mobile(rng, p.city, p.carrier), net: rng.chance(0.45) ? '5G' : '4G' };
  }

  /** The person's choice: the candidate, and on a multi-choice ballot sometimes others they like. */
  choose(rng: Rng, candidateId: string, only = false): string[] {
    const ids = [candidateId];
    const { maxChoices, candidates } = this.ballot;
    if (only || maxChoices === 1 || rng.chance(0.45)) return ids;
    const extra = rng.int(1, maxChoices - 1);
    const weights = candidates.map((c) => c.pull);
    for (let i = 0; i < extra * 3 && ids.length <= extra; i++) {
      const c = candidates[rng.weightedIndex(weights)].id;
      if (!ids.includes(c)) ids.push(c);
    }
    return ids;
  }

  vote(rng: Rng, p: Person, at: number, candidateId: string, source: number, o: { ip?: string; net?: string; only?: boolean; ids?: string[] } = {}): void {
    const w = o.ip ? { ip: o.ip, net: o.net ?? 'WIFI' } : this.where(rng, p, at);
    this.ledger.add({ at, accountId: p.account, candidateIds: o.ids ?? this.choose(rng, candidateId, o.only), ip: w.ip, userAgent: p.device.ua(w.net), source });
  }

  /** Ballot day index of an instant. */
  day(at: number): number {
    return Math.floor((at - this.ballot.cal.firstMidnight) / DAY);
  }
}

/** What the families may know of the organic crowd: its volume per candidate and day. */
export interface Crowd {
  daily: Map<string, number[]>;
  /** Mean organic votes a day for a candidate. */
  perDay(candidateId: string): number;
  /** Candidates by organic volume, largest first. */
  byVolume(): LCandidate[];
}

const MIGRANT_SHARE: Record<Region, number> = { metro: 0.04, xiangxi: 0.24, lake: 0.2, south: 0.32 };
const HOME_PROFILE: Record<Region, Profile> = { metro: 'office', xiangxi: 'mountain', lake: 'town', south: 'town' };

/** The organic crowd: supporters of each place, living their own days, coming back or not. */
export function addOrganicCrowd(rng: Rng, world: World, attempts: number): Crowd {
  const { ballot, people, rhythm, net } = world;
  const { cal } = ballot;
  const source = world.ledger.source({ name: 'organic', kind: 'organic' });
  const daily = new Map<string, number[]>(ballot.candidates.map((c) => [c.id, new Array<number>(cal.dayCount).fill(0)]));
  const forwards = new Map<string, number[]>();
  const reminder = new Map<string, number>();
  for (const c of ballot.candidates) {
    const n = rng.int(3, 8);
    forwards.set(c.id, Array.from({ length: n }, () => rhythm.inDay(rng, HOME_PROFILE[c.place.region], rng.weightedIndex([4, 2, 1.5, 1.2, 1, 1, 1.5, 0.3].slice(0, cal.dayCount)))));
    reminder.set(c.id, rng.pick([7 * 60 + 30, 12 * 60, 18 * 60 + 30, 20 * 60, 21 * 60 + 15]));
  }
  const homes = new Map<string, string[]>();
  const offices = new Map<string, string[][]>();
  const weights = ballot.candidates.map((c) => c.pull);
  let left = attempts;
  while (left > 0) {
    const c = ballot.candidates[rng.weightedIndex(weights)];
    const region = c.place.region;
    const r = rng.next();
    let city = c.city;
    let profile: Profile = HOME_PROFILE[region];
    let segment: Segment = region === 'metro' ? 'city' : 'county';
    if (r < MIGRANT_SHARE[region]) {
      city = '广东';
      profile = 'migrant';
      segment = 'migrant';
    } else if (r < MIGRANT_SHARE[region] + (region === 'metro' ? 0 : 0.08)) {
      city = '长沙';
      profile = 'office';
      segment = 'city';
    } else if (r < MIGRANT_SHARE[region] + 0.11) {
      city = '外省';
      profile = 'office';
    } else if (rng.chance(0.05)) {
      profile = 'student';
      segment = 'student';
    } else if (region !== 'metro' && rng.chance(0.16)) segment = 'elder';
    if (region === 'metro' && profile === 'office' && city === c.city && rng.chance(0.3)) profile = 'town';
    // Households share a line: some supporters join one already on the ballot's lists.
    const cityHomes = homes.get(city) ?? [];
    homes.set(city, cityHomes);
    let home: string | undefined;
    if (rng.chance(city === '广东' ? 0.45 : 0.68)) {
      if (cityHomes.length > 0 && rng.chance(0.3)) home = rng.pick(cityHomes);
      else cityHomes.push((home = net.broadband(city)));
    }
    let work: string[] | undefined;
    if (profile === 'office' && rng.chance(0.5)) {
      const list = offices.get(city) ?? [];
      offices.set(city, list);
      if (list.length < 4 + attempts / 4000 || rng.chance(0.1)) list.push(net.nat(city, rng.int(1, 3)));
      work = rng.pick(list);
    }
    const p = people.person(rng, { city, profile, segment, home, work });
    // First vote: the official push, a group forward, or a chance look.
    const how = rng.next();
    let first: number;
    if (how < 0.25) first = cal.opensAt + rng.logNormal(45 * MINUTE, 1.0);
    else if (how < 0.7) first = rng.pick(forwards.get(c.id) ?? [cal.opensAt]) + rng.gamma(1.2, 25 * MINUTE);
    else first = rhythm.inDay(rng, profile, rng.weightedIndex([3, 1.3, 1, 1, 1, 1, 1.8, 0.4].slice(0, cal.dayCount)));
    if (!(first < cal.closesAt)) continue;
    const kind = rng.next();
    let pReturn = kind < 0.45 ? 0 : kind < 0.8 ? rng.uniform(0.2, 0.55) : rng.uniform(0.75, 0.95);
    const habit = (((first + 8 * HOUR) % DAY) / MINUTE) | 0;
    const cast = (at: number) => {
      if (!(at >= cal.opensAt && at < cal.closesAt)) return;
      people.vote(rng, p, at, c.id, source);
      left--;
      const counts = daily.get(c.id);
      if (counts) counts[people.day(at)]++;
      if (rng.chance(0.012)) {
        people.vote(rng, p, at + rng.uniform(1, 20) * 1000, c.id, source);
        left--;
      }
    };
    cast(first);
    for (let d = people.day(first) + 1; d < cal.dayCount && pReturn > 0; d++, pReturn *= 0.93) {
      if (!rng.chance(pReturn)) continue;
      const how2 = rng.next();
      const at =
        how2 < 0.5 ? rhythm.habitual(rng, habit, d) : how2 < 0.8 ? rhythm.habitual(rng, reminder.get(c.id) ?? 1200, d, 5) + rng.gamma(1.1, 20 * MINUTE) : rhythm.inDay(rng, profile, d);
      cast(at);
    }
  }
  return {
    daily,
    perDay: (id) => {
      const counts = daily.get(id) ?? [];
      return counts.reduce((a, b) => a + b, 0) / Math.max(1, counts.length);
    },
    byVolume: () => [...ballot.candidates].sort((a, b) => (daily.get(b.id) ?? []).reduce((x, y) => x + y, 0) - (daily.get(a.id) ?? []).reduce((x, y) => x + y, 0)),
  };
}
