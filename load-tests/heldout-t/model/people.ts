import { shanghaiMinuteOfDay } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot } from './ballot';
import { randomDevice, userAgent, type Device, type Market, type NetType } from './devices';
import type { Carrier, Networks } from './networks';

/** One WeChat account and the phone and lines it votes from. */
export interface Person {
  account: string;
  device: Device;
  city: string;
  /** Province when working outside Shandong. */
  away?: string;
  carrier: Carrier;
  /** Home broadband address, shared by the household; none for people on mobile data only. */
  home?: string;
  /** Chance of being on home Wi-Fi in the evening and night. */
  wifi: number;
  language?: string;
}

export interface PersonOptions {
  market?: Market;
  device?: Device;
  away?: string;
  home?: string | null;
}

/** Makes people and casts their votes with the address and user agent of the moment. */
export class People {
  constructor(
    private readonly ledger: LedgerBuilder,
    private readonly ballot: Ballot,
    private readonly net: Networks,
  ) {}

  make(rng: Rng, city: string, o: PersonOptions = {}): Person {
    const home = o.home === null ? undefined : (o.home ?? (rng.chance(0.72) ? this.net.broadband(rng) : undefined));
    return {
      account: this.ledger.newAccount(),
      device: o.device ?? randomDevice(rng, o.market ?? 'town'),
      city,
      away: o.away,
      carrier: this.net.mobileCarrier(rng),
      home,
      wifi: rng.uniform(0.5, 0.95),
    };
  }

  /** A relative in the same household: same line, own phone and account. */
  relative(rng: Rng, p: Person, market: Market): Person {
    return { ...this.make(rng, p.city, { market, home: p.home ?? null }), carrier: p.carrier };
  }

  /** Where the person is at this moment: home Wi-Fi in the evening and night if they have it, else mobile data. */
  where(rng: Rng, p: Person, at: number): { ip: string; net: NetType } {
    const minute = shanghaiMinuteOfDay(at);
    const evening = minute >= 18 * 60 + 30 || minute < 7 * 60;
    if (p.home && evening && rng.chance(p.wifi)) return { ip: p.home, net: 'WIFI' };
    const ip = p.away ? this.net.elsewhere(rng, p.away) : this.net.mobile(rng, p.city, p.carrier);
    const fast = p.device.ios ? p.device.model >= '16' : p.device.androidVersion >= 13;
    return { ip, net: fast && rng.chance(0.6) ? '5G' : '4G' };
  }

  /** Adds one vote attempt; `via` overrides the network (an office NAT, a proxy). */
  cast(rng: Rng, p: Person, at: number, candidateIds: readonly string[], source: number, via?: { ip: string; net: NetType }): void {
    const { ip, net } = via ?? this.where(rng, p, at);
    this.ledger.add({ at, accountId: p.account, candidateIds, ip, userAgent: userAgent(p.device, net, p.language), source });
  }

  /** A voter's selection: their candidate, plus on a 3-choice ballot sometimes one or two others by popularity. */
  picks(rng: Rng, primary: string): string[] {
    const max = this.ballot.maxChoices;
    if (max === 1) return [primary];
    const want = [1, 2, 3][rng.weightedIndex([45, 25, 30])];
    const out = [primary];
    const weights = this.ballot.candidates.map((c) => (c.id === primary ? 0 : c.pull));
    while (out.length < Math.min(want, max)) {
      const c = this.ballot.candidates[rng.weightedIndex(weights)].id;
      if (!out.includes(c)) out.push(c);
    }
    return out;
  }
}
