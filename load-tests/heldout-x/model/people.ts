import { HOUR, isWeekend, shanghaiMinuteOfDay } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot } from './ballot';
import { makeDevice, type Device, type DeviceOptions, type Market, type NetType } from './devices';
import { Networks, type Carrier, type Nat } from './networks';
import { TZ_SHIFT, type CityId, type Country } from './places';
import type { Rhythm, Segment } from './rhythm';

/**
 * A voter: one WeChat account on one phone (or, for elders helped by family, on someone else's),
 * living somewhere, with a home line, maybe a workplace NAT, and a carrier for mobile data.
 */
export interface Person {
  account: string;
  device: Device;
  segment: Segment;
  city: CityId;
  carrier: Carrier;
  home?: Home;
  office?: Nat;
  abroad?: Country;
  /** Index of another province, for Fujianese working outside Fujian. */
  outside?: number;
  /** Hours ahead of Beijing on the voter's clock. */
  shift: number;
  /** Chance of being on Wi-Fi when at home. */
  wifi: number;
}

/** A household's broadband line: one address, sometimes redialled overnight to a new one. */
export interface Home {
  addressOn(day: number): string;
}

export interface PersonSpec {
  city: CityId;
  segment: Segment;
  market: Market;
  carrier?: Carrier;
  home?: Home | 'own' | 'none';
  office?: Nat;
  abroad?: Country;
  outside?: number;
  device?: Device;
  deviceOptions?: DeviceOptions;
  wifi?: number;
}

export interface Connection {
  ip: string;
  net: NetType;
}

const CARRIER_SHARE: readonly [Carrier, number][] = [
  ['mobile', 0.58],
  ['telecom', 0.27],
  ['unicom', 0.15],
];

export class People {
  constructor(
    readonly ledger: LedgerBuilder,
    readonly ballot: Ballot,
    readonly net: Networks,
    readonly rhythm: Rhythm,
  ) {}

  carrier(rng: Rng): Carrier {
    return CARRIER_SHARE[rng.weightedIndex(CARRIER_SHARE.map((c) => c[1]))][0];
  }

  /** A household line in a city (Fujian), another province, or abroad. */
  household(rng: Rng, where: { city: CityId; carrier?: Carrier; abroad?: Country; outside?: number }): Home {
    const days = this.rhythm.days;
    const draw = (): string => {
      if (where.abroad) return this.net.abroadIp(rng, where.abroad, 'home');
      if (where.outside !== undefined) return this.net.outsideIp(rng, where.outside, 'home');
      return this.net.broadbandIp(rng, where.city, where.carrier ?? this.carrier(rng));
    };
    // Chinese home broadband gets a new address on most reconnects; a few lines change every day or two.
    const redial = rng.chance(0.2) ? 0.5 : 0.08;
    const addresses: string[] = [draw()];
    for (let d = 1; d < days; d++) addresses.push(rng.chance(redial) ? draw() : addresses[d - 1]);
    return { addressOn: (day) => addresses[Math.max(0, Math.min(days - 1, day))] };
  }

  make(rng: Rng, spec: PersonSpec): Person {
    const carrier = spec.carrier ?? this.carrier(rng);
    const home =
      spec.home === 'none' ? undefined : spec.home === undefined || spec.home === 'own' ? this.household(rng, { city: spec.city, carrier, abroad: spec.abroad, outside: spec.outside }) : spec.home;
    return {
      account: this.ledger.newAccount(),
      device: spec.device ?? makeDevice(rng, spec.market, spec.deviceOptions),
      segment: spec.segment,
      city: spec.city,
      carrier,
      home,
      office: spec.office,
      abroad: spec.abroad,
      outside: spec.outside,
      shift: spec.abroad ? TZ_SHIFT[spec.abroad] : 0,
      wifi: spec.wifi ?? (spec.segment === 'student' ? 0.5 : 0.72),
    };
  }

  /** Where the person is connected at an instant: office NAT in working hours, home Wi-Fi evenings, else mobile. */
  connection(rng: Rng, person: Person, at: number): Connection {
    const localHour = (shanghaiMinuteOfDay(at) / 60 + person.shift + 24) % 24;
    const weekend = isWeekend(at + person.shift * HOUR);
    const day = this.rhythm.dayOf(at);
    const mobileNet = (): NetType => (person.device.model.has5g && rng.chance(0.55) ? '5G' : '4G');
    const working = !weekend && ((localHour >= 8.5 && localHour < 12) || (localHour >= 14 && localHour < 18));
    if (person.office && working && rng.chance(0.8)) return { ip: rng.pick(person.office.addresses), net: 'WIFI' };
    const atHome = weekend || localHour < 8 || localHour >= 18.5 || person.segment === 'elder' || person.segment === 'village';
    if (person.home && atHome && rng.chance(person.wifi)) return { ip: person.home.addressOn(day), net: 'WIFI' };
    if (person.abroad) return { ip: this.net.abroadIp(rng, person.abroad, 'mobile'), net: mobileNet() };
    if (person.outside !== undefined) return { ip: this.net.outsideIp(rng, person.outside, 'mobile'), net: mobileNet() };
    return { ip: this.net.mobileIp(rng, person.city, person.carrier), net: mobileNet() };
  }

  /** Casts one vote attempt (the ledger later keeps only what the service would accept). */
  vote(rng: Rng, person: Person, at: number, candidateIds: readonly string[], source: number, via?: Connection, device?: Device): void {
    const c = via ?? this.connection(rng, person, at);
    this.ledger.add({ at: Math.round(at), accountId: person.account, candidateIds, ip: c.ip, userAgent: (device ?? person.device).ua(c.net), source });
  }
}

export { Networks };
