/**
 * A voter: one WeChat account on one phone, living somewhere, on a SIM of some carrier, maybe with
 * a household fibre line and a workplace line, with a habitual minute of day. `People` turns a
 * person and a moment into a ledger vote: which network they are on at that hour decides the
 * address and the UA's NetType.
 */
import { isWeekend, shanghaiMinuteOfDay } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot } from './ballot';
import { drawDevice, mobileNet, userAgent, type Device, type Mix, type NetType } from './devices';
import { fibreCarrier, simCarrier, type Networks } from './networks';
import type { Carrier, Place } from './places';
import type { Rhythm, Segment } from './rhythm';

/** A household's fibre line: one address per ballot day (PPPoE redials now and then). */
export interface Household {
  place: Place;
  carrier: Carrier;
  ips: string[];
}

export interface Person {
  account: string;
  device: Device;
  segment: Segment;
  place: Place;
  carrier: Carrier;
  lang: string;
  home?: Household;
  /** A fixed workplace address: a depot, an office NAT, a market stall's line. */
  work?: string;
  /** Minute of day this person habitually opens WeChat groups. */
  habit: number;
}

export interface PersonOptions {
  segment: Segment;
  mix?: Mix;
  place: Place;
  /** true: a household line of their own; a Household: share it; false/undefined: mobile only. */
  home?: boolean | Household;
  work?: string;
  device?: Device;
  lang?: string;
  carrier?: Carrier;
  /** Mean WeChat minors behind current. */
  lag?: number;
}

/** Where a vote is sent from: chosen by the hour, forced to a network, or a given address. */
export type Via = 'auto' | 'mobile' | 'home' | 'work' | { ip: string; net?: NetType };

const MIX_OF: Record<Segment, Mix> = {
  courier: 'courier',
  urban: 'urban',
  merchant: 'merchant',
  elder: 'elder',
  rural: 'rural',
  student: 'student',
  worker: 'worker',
  foreign: 'foreign',
  abroad: 'urban',
};

export class People {
  constructor(
    readonly ledger: LedgerBuilder,
    readonly ballot: Ballot,
    readonly net: Networks,
    readonly rhythm: Rhythm,
  ) {}

  household(rng: Rng, place: Place, carrier?: Carrier): Household {
    const c = carrier ?? fibreCarrier(rng, place);
    const ips = [this.net.broadband(rng, place, c)];
    for (let d = 1; d < this.rhythm.days; d++) ips.push(rng.chance(0.1) ? this.net.redial(rng, ips[d - 1]) : ips[d - 1]);
    return { place, carrier: c, ips };
  }

  create(rng: Rng, o: PersonOptions): Person {
    const device = o.device ?? drawDevice(rng, o.mix ?? MIX_OF[o.segment], { month: this.ballot.month, lag: o.lag });
    const home = o.home === true ? this.household(rng, o.place) : o.home === false ? undefined : o.home;
    const habitAt = this.rhythm.onDay(rng, 2, o.segment);
    return {
      account: this.ledger.newAccount(),
      device,
      segment: o.segment,
      place: o.place,
      carrier: o.carrier ?? (o.place.kind === 'abroad' ? 'mobile' : simCarrier(rng)),
      lang: o.lang ?? 'zh_CN',
      home,
      work: o.work,
      habit: Number.isFinite(habitAt) ? shanghaiMinuteOfDay(habitAt) : 21 * 60,
    };
  }

  /** The address and NetType of `p` at `at`. */
  where(rng: Rng, p: Person, at: number, via: Via = 'auto'): { ip: string; net: NetType } {
    if (typeof via === 'object') return { ip: via.ip, net: via.net ?? 'WIFI' };
    const home = () => ({ ip: p.home!.ips[Math.max(0, Math.min(p.home!.ips.length - 1, this.rhythm.dayOf(at)))], net: 'WIFI' as const });
    const mobile = () => ({ ip: this.net.mobile(rng, p.place, p.carrier), net: mobileNet(rng, p.device) });
    if (via === 'home' && p.home) return home();
    if (via === 'work' && p.work) return { ip: p.work, net: 'WIFI' };
    if (via === 'mobile' || via === 'home' || via === 'work') return mobile();
    const h = Math.floor(shanghaiMinuteOfDay(at) / 60);
    const workday = p.segment === 'courier' || p.segment === 'merchant' || !isWeekend(at);
    if (p.work && workday && h >= 8 && h < 18 && rng.chance(p.segment === 'courier' ? 0.35 : 0.62)) return { ip: p.work, net: 'WIFI' };
    if (p.home) {
      const atHome = h >= 19 || h < 8;
      const stayHome = p.segment === 'elder' || p.segment === 'rural' || p.segment === 'abroad';
      if (rng.chance(atHome ? 0.74 : stayHome ? 0.55 : 0.18)) return home();
    }
    return mobile();
  }

  /** Adds one vote attempt of `p` (NaN instants are dropped). */
  vote(rng: Rng, source: number, p: Person, at: number, candidateIds: readonly string[], via: Via = 'auto'): void {
    if (!Number.isFinite(at)) return;
    const { ip, net } = this.where(rng, p, at, via);
    this.ledger.add({ at: Math.floor(at), accountId: p.account, candidateIds, ip, userAgent: userAgent(p.device, net, p.lang), source });
  }

  /** A double tap: the same request again a second or two later (the service refuses it). */
  doubleTap(rng: Rng, source: number, p: Person, at: number, candidateIds: readonly string[]): void {
    if (!Number.isFinite(at)) return;
    const { ip, net } = this.where(rng, p, at, 'auto');
    this.ledger.add({ at: Math.floor(at + rng.uniform(400, 2500)), accountId: p.account, candidateIds, ip, userAgent: userAgent(p.device, net, p.lang), source });
  }
}
