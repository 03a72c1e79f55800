import { MINUTE, isWeekend, shanghaiMinuteOfDay } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import { prefectureOf, type Ballot, type Teacher } from './ballot';
import { makeDevice, type Device, type NetType, type Segment } from './devices';
import type { Carrier, Networks, Region } from './networks';
import type { Life, Rhythm } from './rhythm';

/** A home broadband line: one address per ballot day (the modem redials now and then). */
export interface Household {
  region: Region;
  ips: string[];
}

/** Where someone sits in working hours: an institution's NAT exits. */
export interface Workplace {
  exits: readonly string[];
  /** Minutes of day. */
  from: number;
  to: number;
  weekends: boolean;
  /** Chance a vote in those hours goes through the workplace's Wi-Fi. */
  p: number;
}

export interface Person {
  account: string;
  device: Device;
  life: Life;
  /** Habitual minute of day for a return vote. */
  habit: number;
  region: Region;
  carrier: Carrier;
  home?: Household;
  work?: Workplace;
  /** Chance that a vote at home goes over the home Wi-Fi rather than mobile data. */
  wifiAtHome: number;
  /** Chance that a mobile-data vote goes out over IPv6. */
  v6: number;
}

export interface PersonSpec {
  life: Life;
  segment: Segment;
  region: Region;
  carrier?: Carrier;
  /** A household to join, or the chance of having a broadband line of one's own. */
  home?: Household | number;
  work?: Workplace;
  device?: Device;
  wifiAtHome?: number;
  /** An account to reuse (a second person using someone's phone has their own account anyway). */
  account?: string;
}

export class People {
  private readonly sameCity = new Map<string, Teacher[]>();
  private readonly pulls: number[];

  constructor(
    readonly ledger: LedgerBuilder,
    readonly ballot: Ballot,
    readonly net: Networks,
    readonly rhythm: Rhythm,
  ) {
    for (const t of ballot.candidates) {
      const key = prefectureOf(t);
      this.sameCity.set(key, [...(this.sameCity.get(key) ?? []), t]);
    }
    this.pulls = ballot.candidates.map((t) => t.pull);
  }

  household(rng: Rng, region: Region, carrier: Carrier = this.net.carrier(rng), redial = 0.15): Household {
    const ips: string[] = [];
    for (let d = 0; d < this.rhythm.days; d++) ips.push(d > 0 && !rng.chance(redial) ? ips[d - 1] : this.net.broadband(rng, region, carrier));
    return { region, ips };
  }

  make(rng: Rng, spec: PersonSpec): Person {
    const carrier = spec.carrier ?? this.net.carrier(rng);
    let home: Household | undefined;
    if (typeof spec.home === 'object') home = spec.home;
    else if (rng.chance(spec.home ?? 0.4)) home = this.household(rng, spec.region);
    return {
      account: spec.account ?? this.ledger.newAccount(),
      device: spec.device ?? makeDevice(rng, spec.segment),
      life: spec.life,
      habit: this.rhythm.habit(rng, spec.life),
      region: spec.region,
      carrier,
      home,
      work: spec.work,
      wifiAtHome: spec.wifiAtHome ?? rng.uniform(0.55, 0.9),
      v6: carrier === 'mobile' ? 0.2 : carrier === 'unicom' ? 0.12 : 0.1,
    };
  }

  /** The address and connection of a vote at `t`: the workplace's NAT in its hours, home Wi-Fi at home, else mobile data. */
  connection(rng: Rng, p: Person, t: number): { ip: string; net: NetType } {
    const minute = shanghaiMinuteOfDay(t);
    const weekend = isWeekend(t);
    const w = p.work;
    if (w && (w.weekends || !weekend) && minute >= w.from && minute < w.to && rng.chance(w.p)) return { ip: rng.pick(w.exits), net: 'WIFI' };
    if (p.home) {
      const atHome = weekend || minute < 7 * 60 + 20 || minute >= 17 * 60 || p.life === 'elder' || p.life === 'village';
      if (atHome && rng.chance(p.wifiAtHome)) {
        const d = Math.min(p.home.ips.length - 1, Math.max(0, this.rhythm.dayOf(t)));
        return { ip: p.home.ips[d], net: 'WIFI' };
      }
    }
    const net: NetType = rng.chance(0.55) ? '5G' : '4G';
    const ip = rng.chance(p.v6) ? this.net.mobileV6(rng, p.region, p.carrier) : this.net.mobileV4(rng, p.region, p.carrier);
    return { ip, net };
  }

  /** One vote attempt by a person at `t` (the ledger later drops what the service would refuse). */
  vote(rng: Rng, p: Person, t: number, candidateIds: readonly string[], source: number): void {
    const { ip, net } = this.connection(rng, p, t);
    this.ledger.add({ at: Math.floor(t), accountId: p.account, candidateIds, ip, userAgent: p.device.ua(net), source });
  }

  /** A vote at `t` over a given address and connection (institutions, proxies, scripts). */
  voteVia(p: Person, t: number, candidateIds: readonly string[], ip: string, net: NetType, source: number): void {
    this.ledger.add({ at: Math.floor(t), accountId: p.account, candidateIds, ip, userAgent: p.device.ua(net), source });
  }

  /**
   * What a supporter of `t` selects: just `t` on a single-choice ballot; on a multi-choice one half
   * the voters add a few more, teachers of their own prefecture first, else whoever is well known.
   */
  choices(rng: Rng, t: Teacher): readonly string[] {
    const max = this.ballot.maxChoices;
    if (max === 1 || !rng.chance(0.5)) return [t.id];
    const k = Math.min(max - 1, 1 + Math.floor(rng.exponential(1)));
    const picked = new Set<string>([t.id]);
    const local = this.sameCity.get(prefectureOf(t)) ?? [];
    for (let i = 0; i < k * 4 && picked.size < k + 1; i++) {
      const other = rng.chance(0.5) && local.length > 1 ? rng.pick(local) : this.ballot.candidates[rng.weightedIndex(this.pulls)];
      picked.add(other.id);
    }
    return [...picked];
  }

  /** A double tap: the same account again a few seconds later (the service refuses it). */
  doubleTap(rng: Rng, p: Person, t: number, candidateIds: readonly string[], source: number): void {
    this.vote(rng, p, t + rng.uniform(1.5, 25) * 1000, candidateIds, source);
  }

  /** The instant `minute` after midnight of ballot day `d`, plus a person-level jitter in minutes. */
  around(rng: Rng, d: number, minute: number, sdMinutes: number): number {
    return this.rhythm.at(d, minute) + rng.normal(0, sdMinutes) * MINUTE;
  }
}
