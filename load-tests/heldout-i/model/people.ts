import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot, Region } from './ballot';
import { makePhone, mobileNet, type NetType, type Phone, type PhoneOptions, type Segment } from './devices';
import type { Carrier, IpSource, Networks } from './networks';
import type { Profile, Rhythm } from './rhythm';

/** Where a person lives and connects from. */
export type Where = 'gd' | 'cn' | 'hk' | 'abroad';

/** A household's broadband line: the address survives most nights, PPPoE redials now and then. */
export class Household {
  private readonly byDay = new Map<number, string>();
  constructor(
    private readonly net: Networks,
    private readonly carrier: Carrier,
    private readonly where: Where,
  ) {}

  ip(rng: Rng, day: number): string {
    let ip = this.byDay.get(day);
    if (ip === undefined) {
      const before = this.byDay.get(day - 1);
      ip = before !== undefined && rng.chance(0.8) ? before : this.fresh(rng);
      this.byDay.set(day, ip);
    }
    return ip;
  }

  private fresh(rng: Rng): string {
    if (this.where === 'hk') return this.net.hkBroadband(rng);
    if (this.where === 'abroad') return this.net.abroad(rng);
    if (this.where === 'cn') return this.net.elsewhere(rng);
    return this.net.broadband(rng, this.carrier);
  }
}

export interface Person {
  account: string;
  phone: Phone;
  profile: Profile;
  where: Where;
  carrier: Carrier;
  /** City whose carrier egress the person's mobile data leaves from. */
  city: string;
  household: Household;
  /** Office, school or government NAT, used on weekday working hours. */
  work?: IpSource;
  /** Factory or campus dormitory Wi-Fi, used off shift. */
  dorm?: IpSource;
  /** How often this person is on Wi-Fi at home in the evening (0..1). */
  homeWifi: number;
}

export interface PersonOptions {
  where?: Where;
  profile?: Profile;
  segment?: Segment;
  city: string;
  phone?: Phone;
  phoneOptions?: PhoneOptions;
  household?: Household;
  work?: IpSource;
  dorm?: IpSource;
  carrier?: Carrier;
}

export function regionProfile(region: Region, rng: Rng): { profile: Profile; segment: Segment } {
  switch (region) {
    case 'metro':
      return { profile: 'metro', segment: 'metro' };
    case 'factory':
      return rng.chance(0.7) ? { profile: 'factory', segment: 'budget' } : { profile: 'metro', segment: 'metro' };
    case 'pearl':
      return rng.chance(0.5) ? { profile: 'metro', segment: 'metro' } : { profile: 'town', segment: 'town' };
    case 'chaoshan':
    case 'west':
    case 'north':
      return { profile: 'town', segment: 'town' };
    default: {
      const never: never = region;
      throw new Error(`unknown region ${String(never)}`);
    }
  }
}

/** People, their phones and connections, and the one way every vote of theirs reaches the ledger. */
export class People {
  constructor(
    readonly ledger: LedgerBuilder,
    readonly ballot: Ballot,
    readonly net: Networks,
    readonly rhythm: Rhythm,
  ) {}

  make(rng: Rng, o: PersonOptions): Person {
    const where = o.where ?? 'gd';
    const profile = o.profile ?? (where === 'hk' ? 'hk' : where === 'abroad' ? 'abroad' : 'metro');
    const segment = o.segment ?? (where === 'hk' ? 'hk' : profile === 'factory' ? 'budget' : profile === 'town' ? 'town' : 'metro');
    const carrier = o.carrier ?? this.net.carrier(rng);
    return {
      account: this.ledger.newAccount(),
      phone: o.phone ?? makePhone(rng, segment, o.phoneOptions),
      profile,
      where,
      carrier,
      city: o.city,
      household: o.household ?? new Household(this.net, carrier, where),
      work: o.work,
      dorm: o.dorm,
      homeWifi: where === 'gd' ? rng.uniform(0.45, 0.9) : rng.uniform(0.5, 0.95),
    };
  }

  /** The address and network type of a person's vote at `at`. */
  connect(rng: Rng, p: Person, at: number): { ip: string; net: NetType } {
    const hour = this.rhythm.clock(at);
    const d = this.rhythm.dayOf(at);
    const weekend = new Date(at + 8 * 3_600_000).getUTCDay() % 6 === 0;
    if (p.dorm && (hour >= 19 || hour < 8 || weekend) && rng.chance(0.7)) return { ip: p.dorm.next(rng), net: 'WIFI' };
    if (p.work && !weekend && hour >= 8.5 && hour < 18 && rng.chance(0.65)) return { ip: p.work.next(rng), net: 'WIFI' };
    const atHome = hour >= 19 || hour < 8 || (weekend && rng.chance(0.6));
    if (rng.chance(atHome ? p.homeWifi : p.homeWifi * 0.25)) return { ip: p.household.ip(rng, d), net: 'WIFI' };
    const net = mobileNet(rng, p.phone);
    switch (p.where) {
      case 'gd':
        return { ip: this.net.mobile(rng, p.carrier, p.city), net };
      case 'cn':
        return { ip: this.net.elsewhere(rng), net };
      case 'hk':
        // Cross-border commuters on the mainland side of the line roam onto Guangdong carriers.
        return rng.chance(0.25) ? { ip: this.net.mobile(rng, 'cm', '深圳市'), net } : { ip: this.net.hkMobile(rng), net };
      case 'abroad':
        return { ip: this.net.abroad(rng), net: net === '5G' ? '4G' : net };
      default: {
        const never: never = p.where;
        throw new Error(`unknown where ${String(never)}`);
      }
    }
  }

  /** One vote attempt of `p` (the service may still refuse it: second of the day, outside the window). */
  vote(rng: Rng, p: Person, at: number, candidateIds: readonly string[], source: number, via?: { ip: string; net: NetType }): void {
    const c = via ?? this.connect(rng, p, at);
    this.ledger.add({ at: Math.floor(at), accountId: p.account, candidateIds, ip: c.ip, userAgent: p.phone.ua(c.net), source });
  }
}
