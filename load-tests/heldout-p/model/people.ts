import { isWeekend } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot } from './ballot';
import { phoneUa, randomPhone, type NetType, type Phone } from './devices';
import type { Carrier, Networks } from './networks';
import { Rhythm, type Segment } from './rhythm';

/** One WeChat account with the phone it lives on and the networks its owner uses. */
export interface Person {
  account: string;
  phone: Phone;
  segment: Segment;
  /** City whose carrier networks the person's phone uses. */
  city: string;
  carrier: Carrier;
  /** Household broadband address, if any. */
  home?: string;
  /** Exit addresses of the office, school or campus NAT, if any. */
  office?: readonly string[];
  /** The candidates this person selects (the first is the one they came for). */
  picks: readonly string[];
}

export interface PersonOptions {
  segment: Segment;
  city: string;
  /** Candidate index the person came to vote for. */
  candidate: number;
  phone?: Phone;
  home?: string | null;
  office?: readonly string[];
  carrier?: Carrier;
  /** Force a single pick even on a multi-choice ballot. */
  single?: boolean;
}

/** Makes people and casts their votes onto the run's ledger. */
export class People {
  constructor(
    readonly ledger: LedgerBuilder,
    readonly ballot: Ballot,
    readonly net: Networks,
    readonly rhythm: Rhythm,
  ) {}

  make(rng: Rng, o: PersonOptions): Person {
    const carrier = o.carrier ?? this.net.carrier(rng);
    const homeShare = o.segment === 'student' ? 0.25 : o.segment === 'elderly' ? 0.5 : 0.68;
    const home = o.home === null ? undefined : (o.home ?? (rng.chance(homeShare) ? this.net.broadband(rng, carrier) : undefined));
    return {
      account: this.ledger.newAccount(),
      phone: o.phone ?? randomPhone(rng, o.segment),
      segment: o.segment,
      city: o.city,
      carrier,
      home,
      office: o.office,
      picks: o.single ? [this.ballot.candidates[o.candidate].id] : this.picks(rng, o.candidate),
    };
  }

  /** On a multi-choice ballot about half also tick a few others, mostly well-known places. */
  picks(rng: Rng, main: number): string[] {
    const b = this.ballot;
    const out = [b.candidates[main].id];
    if (b.maxChoices === 1 || rng.chance(0.5)) return out;
    const extra = rng.int(1, b.maxChoices - 1);
    for (let tries = 0; out.length < extra + 1 && tries < 20; tries++) {
      const c = b.candidates[rng.weightedIndex(b.pull)].id;
      if (!out.includes(c)) out.push(c);
    }
    return out;
  }

  /** Where the person is at `at`: office NAT on weekday working hours, home Wi-Fi evenings, else mobile data. */
  where(rng: Rng, p: Person, at: number): { ip: string; net: NetType } {
    const h = Rhythm.hourOf(at);
    const weekend = isWeekend(at);
    if (p.office && !weekend && h >= 8.5 && h < 18 && rng.chance(0.8)) return { ip: rng.pick(p.office), net: 'WIFI' };
    if (p.home && (h >= 18.5 || h < 8 || weekend) && rng.chance(0.85)) return { ip: p.home, net: 'WIFI' };
    if (p.home && rng.chance(0.15)) return { ip: p.home, net: 'WIFI' };
    return { ip: this.net.mobile(rng, p.city, p.carrier), net: p.phone.model.fiveG && rng.chance(0.45) ? '5G' : '4G' };
  }

  vote(rng: Rng, p: Person, at: number, source: number): void {
    const { ip, net } = this.where(rng, p, at);
    this.voteFrom(p, at, ip, net, source);
  }

  voteFrom(p: Person, at: number, ip: string, net: NetType, source: number, picks: readonly string[] = p.picks): void {
    this.ledger.add({ at, accountId: p.account, candidateIds: picks, ip, userAgent: phoneUa(p.phone, net), source });
  }
}
