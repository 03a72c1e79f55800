import { HOUR, DAY, isWeekend } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot } from './ballot';
import { makeDevice, type Device, type Market, type NetType, type Tier } from './devices';
import type { Networks, Place } from './networks';
import type { Rhythm, Segment } from './rhythm';

const SHANGHAI = 8 * HOUR;

/** One WeChat account on one phone, and the networks its owner moves between. */
export interface Person {
  account: string;
  device: Device;
  place: Place;
  carrier: number;
  segment: Segment;
  /** Home broadband address, if the household has one. */
  home?: string;
  /** The workplace NAT's addresses, if the person sits behind one in working hours. */
  work?: readonly string[];
}

export interface PersonSpec {
  place: Place;
  segment: Segment;
  market?: Market | Tier;
  device?: Device;
  /** true: draw a broadband line; a string: that address (a shared household line). */
  home?: boolean | string;
  work?: readonly string[];
}

const MARKET: Record<Segment, Market> = { village: 'town', townOffice: 'town', city: 'city', migrant: 'worker', elder: 'elder', student: 'worker' };

export class People {
  constructor(
    readonly ledger: LedgerBuilder,
    readonly ballot: Ballot,
    readonly net: Networks,
    readonly rhythm: Rhythm,
  ) {}

  make(rng: Rng, spec: PersonSpec): Person {
    const home = spec.home === true ? this.net.broadband(rng, spec.place) : spec.home === false ? undefined : spec.home;
    return {
      account: this.ledger.newAccount(),
      device: spec.device ?? makeDevice(rng, spec.market ?? MARKET[spec.segment]),
      place: spec.place,
      carrier: this.net.carrier(rng),
      segment: spec.segment,
      home,
      work: spec.work,
    };
  }

  /** The address and connection a person votes from at an instant: the office by day, home Wi-Fi in the evening, else mobile data. */
  where(rng: Rng, p: Person, at: number): { ip: string; net: NetType } {
    const hour = Math.floor(((at + SHANGHAI) % DAY) / HOUR);
    const working = hour >= 8 && hour < 18 && !isWeekend(at);
    if (p.work && working && rng.chance(0.75)) return { ip: rng.pick(p.work), net: 'WIFI' };
    if (p.home && (!working || p.segment === 'elder' || p.segment === 'village') && rng.chance(0.72)) return { ip: p.home, net: 'WIFI' };
    return { ip: this.net.mobile(rng, p.place, p.carrier), net: p.device.fiveG && rng.chance(0.55) ? '5G' : '4G' };
  }

  /** Adds one vote attempt; `via` pins the address (a shared Wi-Fi, a hotspot, a proxy). */
  vote(rng: Rng, p: Person, at: number, candidateIds: readonly string[], source: number, via?: { ip: string; net?: NetType }): void {
    const w = via ? { ip: via.ip, net: via.net ?? 'WIFI' } : this.where(rng, p, at);
    this.ledger.add({ at: Math.round(at), accountId: p.account, candidateIds, ip: w.ip, userAgent: p.device.ua(w.net), source });
  }
}
