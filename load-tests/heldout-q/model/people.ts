import { DAY, HOUR } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot, Region } from './ballot';
import { makeDevice, mobileNet, userAgent, type Device, type Market, type NetType } from './devices';
import type { Abroad, Carrier, Elsewhere, Networks } from './networks';
import type { Rhythm, Segment } from './rhythm';

/** Where a person is during the vote, if not at home in Yunnan. */
export type Away = { kind: 'elsewhere'; province: Elsewhere } | { kind: 'abroad'; country: Abroad };

/** One WeChat account in the hands of one person (or one phone of a farm). */
export interface Person {
  account: string;
  /** Prefecture whose carrier pools the person's mobile data comes from. */
  place: string;
  region: Region;
  segment: Segment;
  device: Device;
  carrier: Carrier;
  /** Household broadband address, if the home has one. */
  home?: string;
  away?: Away;
}

export interface PersonOptions {
  place: string;
  region: Region;
  segment: Segment;
  market?: Market;
  device?: Device;
  /** Household broadband: an address to share, `null` for none, undefined to draw one (65%). */
  home?: string | null;
  away?: Away;
  account?: string;
}

const MARKET: Record<Segment, Market> = { village: 'village', city: 'city', migrant: 'budget', student: 'city', abroad: 'abroad' };

export interface Address {
  ip: string;
  net: NetType;
}

/** The world a family works in: the crowd's people, their phones and networks, and the ledger. */
export class People {
  constructor(
    readonly ledger: LedgerBuilder,
    readonly ballot: Ballot,
    readonly net: Networks,
    readonly rhythm: Rhythm,
  ) {}

  make(rng: Rng, o: PersonOptions): Person {
    const carrier = this.net.carrier(rng, o.region);
    const home = o.home === null ? undefined : (o.home ?? (o.away === undefined && rng.chance(0.65) ? this.net.broadband(rng, rng.chance(0.5) ? 'telecom' : carrier, o.place) : undefined));
    return {
      account: o.account ?? this.ledger.newAccount(),
      place: o.place,
      region: o.region,
      segment: o.segment,
      device: o.device ?? makeDevice(rng, o.market ?? MARKET[o.segment], undefined, o.away?.kind === 'abroad' && rng.chance(0.3) ? rng.pick(['zh_TW', 'en', 'zh_CN']) : 'zh_CN'),
      carrier,
      home,
      away: o.away,
    };
  }

  /** Where the person's phone is connected at `at`: home Wi-Fi in the evening and night, mobile data otherwise. */
  address(rng: Rng, p: Person, at: number): Address {
    if (p.away?.kind === 'elsewhere') return { ip: this.net.elsewhere(rng, p.away.province), net: rng.chance(0.55) ? 'WIFI' : mobileNet(rng, p.device) };
    if (p.away?.kind === 'abroad') return { ip: this.net.abroad(rng, p.away.country), net: rng.chance(0.6) ? 'WIFI' : '4G' };
    const hour = Math.floor((((at + 8 * HOUR) % DAY) + DAY) % DAY / HOUR);
    const atHome = hour >= 19 || hour < 8 || (hour >= 12 && hour < 14 && p.segment === 'village');
    if (p.home && (atHome ? rng.chance(0.85) : rng.chance(0.15))) return { ip: p.home, net: 'WIFI' };
    return { ip: this.net.mobile(rng, p.carrier, p.place), net: mobileNet(rng, p.device) };
  }

  /** A vote attempt by `p` at `at` (the ledger drops what the service would refuse). */
  vote(rng: Rng, p: Person, at: number, candidateIds: readonly string[], source: number, addr: Address = this.address(rng, p, at)): void {
    this.ledger.add({ at, accountId: p.account, candidateIds, ip: addr.ip, userAgent: userAgent(p.device, addr.net), source });
  }

  /**
   * What an ordinary voter selects besides the candidate they came for: on a multi-choice
   * ballot half fill in one or more others, weighted by how well known they are.
   */
  selection(rng: Rng, main: number): string[] {
    const { candidates, maxChoices, pull } = this.ballot;
    const ids = [candidates[main].id];
    if (maxChoices === 1 || rng.chance(0.5)) return ids;
    const extra = rng.int(1, maxChoices - 1);
    for (let tries = 0; ids.length < 1 + extra && tries < 20; tries++) {
      const c = candidates[rng.weightedIndex(pull)].id;
      if (!ids.includes(c)) ids.push(c);
    }
    return ids;
  }
}
