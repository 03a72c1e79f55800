import { HOUR } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot } from './ballot';
import { randomDevice, userAgent, type Device, type Segment } from './devices';
import { pickCarrier, type Carrier, type Networks, type Region } from './networks';
import type { Profile, Rhythm } from './rhythm';

/** One WeChat account on one phone, with where it lives. */
export interface Person {
  account: string;
  device: Device;
  region: Region;
  place: string;
  carrier: Carrier;
  /** Home or dorm Wi-Fi address, if any. */
  home?: string;
  profile: Profile;
}

export interface PersonAsk {
  region?: Region;
  place: string;
  segment?: Segment;
  profile?: Profile;
  /** Chance of home Wi-Fi; 0.65 unless told. */
  homeShare?: number;
  home?: string;
  device?: Device;
  language?: string;
}

export class People {
  constructor(
    readonly ledger: LedgerBuilder,
    readonly ballot: Ballot,
    readonly net: Networks,
    readonly rhythm: Rhythm,
  ) {}

  person(rng: Rng, ask: PersonAsk): Person {
    const region = ask.region ?? 'jiangxi';
    return {
      account: this.ledger.newAccount(),
      device: ask.device ?? randomDevice(rng, ask.segment ?? 'town', ask.language),
      region,
      place: ask.place,
      carrier: pickCarrier(rng),
      home: ask.home ?? (rng.chance(ask.homeShare ?? 0.65) ? this.net.broadband(region) : undefined),
      profile: ask.profile ?? 'town',
    };
  }

  /** The candidates one ballot paper selects: the supported one, plus others by pull if the ballot allows. */
  selection(rng: Rng, candidateId: string, extra?: number): string[] {
    const max = this.ballot.maxChoices;
    if (max === 1) return [candidateId];
    const k = extra !== undefined ? Math.min(max, 1 + extra) : rng.chance(0.45) ? 1 : rng.int(2, max);
    const out = [candidateId];
    const others = this.ballot.candidates.filter((c) => c.id !== candidateId);
    while (out.length < k) {
      const c = others[rng.weightedIndex(others.map((o) => o.pull))];
      if (!out.includes(c.id)) out.push(c.id);
    }
    return out;
  }

  /** A vote from the person's phone: home Wi-Fi when home at that hour, else mobile data; `ip` overrides (a NAT's Wi-Fi). */
  vote(rng: Rng, p: Person, at: number, candidateIds: readonly string[], source: number, ip?: string): void {
    let addr = ip;
    let wifi = ip !== undefined;
    if (!addr) {
      const h = this.rhythm.hourOf(at);
      const atHome = p.home !== undefined && (h >= 18 || h < 8 || (h >= 12 && h < 14 && rng.chance(0.4))) && rng.chance(0.85);
      if (atHome) {
        // Home lines redial now and then: a new address in the same /24 some days.
        addr = rng.chance(0.12) ? `${p.home!.split('.').slice(0, 3).join('.')}.${rng.int(2, 254)}` : p.home!;
        wifi = true;
      } else addr = this.net.mobile(rng, p.region, p.place, p.carrier);
    }
    this.ledger.add({ at, accountId: p.account, candidateIds, ip: addr, userAgent: userAgent(p.device, wifi ? 'WIFI' : 'mobile', rng), source });
  }
}

export const hours = (h: number): number => h * HOUR;
