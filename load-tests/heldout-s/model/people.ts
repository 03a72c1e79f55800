import { shanghaiDayNumber, shanghaiMinuteOfDay } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot, Doctor } from './ballot';
import { newDevice, userAgent, type Device, type Segment } from './devices';
import type { Address, Carrier, Networks, Region } from './networks';
import type { Rhythm, Routine } from './rhythm';

/** A home broadband line: the carrier hands it a new address on about one day in four. */
export class Household {
  private readonly byDay = new Map<number, string>();
  private last: { day: number; ip: string } | null = null;

  constructor(
    private readonly rng: Rng,
    private readonly net: Networks,
    readonly region: Region,
  ) {}

  address(at: number): Address {
    const day = shanghaiDayNumber(at);
    let ip = this.byDay.get(day);
    if (ip === undefined) {
      const last = this.last;
      ip = last !== null && this.rng.chance(0.75) ? last.ip : this.net.broadband(this.rng, this.region).ip;
      this.byDay.set(day, ip);
      if (!this.last || day >= this.last.day) this.last = { day, ip };
    }
    return { ip, link: 'wifi' };
  }
}

/** One WeChat account on one phone, and where it usually is. */
export interface Person {
  account: string;
  device: Device;
  segment: Segment;
  routine: Routine;
  region: Region;
  carrier: Carrier;
  /** Home (or dormitory) broadband, if any. */
  home: Household | null;
  /** Picks of a multi-choice ballot beside the doctor backed (empty in a single-choice one). */
  others: string[];
}

export interface PersonSpec {
  segment: Segment;
  routine: Routine;
  region: Region;
  home?: Household | null;
  device?: Device;
  /** The phone plan's carrier; drawn from Guangxi's shares when absent. */
  carrier?: Carrier;
}

/** Makes people and casts their votes into the ledger. */
export class People {
  constructor(
    readonly ledger: LedgerBuilder,
    readonly ballot: Ballot,
    readonly net: Networks,
    readonly rhythm: Rhythm,
  ) {}

  make(rng: Rng, spec: PersonSpec, backs?: Doctor): Person {
    return {
      account: this.ledger.newAccount(),
      device: spec.device ?? newDevice(rng, spec.segment),
      segment: spec.segment,
      routine: spec.routine,
      region: spec.region,
      carrier: spec.carrier ?? this.net.carrier(rng),
      home: spec.home === undefined ? null : spec.home,
      others: backs ? this.otherPicks(rng, backs) : [],
    };
  }

  household(rng: Rng, region: Region): Household {
    return new Household(rng.fork('line'), this.net, region);
  }

  /** Where a person's vote comes from: home Wi-Fi in the evening and at night, mobile data otherwise. */
  address(rng: Rng, p: Person, at: number): Address {
    if (p.home) {
      const m = shanghaiMinuteOfDay(at);
      const atHome = m >= 19 * 60 || m < 7 * 60 ? 0.8 : m >= 12 * 60 && m < 14 * 60 ? 0.5 : 0.3;
      if (rng.chance(atHome)) return p.home.address(at);
    }
    return this.net.mobile(rng, p.carrier, p.region);
  }

  /** Casts one vote for `doctor` (with the person's usual other picks), from `addr` or where they are. */
  cast(rng: Rng, p: Person, at: number, doctor: Doctor, source: number, addr: Address = this.address(rng, p, at)): void {
    const candidateIds = p.others.length > 0 ? [doctor.id, ...p.others.filter((id) => id !== doctor.id)].slice(0, this.ballot.maxChoices) : [doctor.id];
    this.ledger.add({ at, accountId: p.account, candidateIds, ip: addr.ip, userAgent: userAgent(rng, p.device, addr.link), source });
  }

  /**
   * A voter of a multi-choice ballot fills some of the other places too: about half of them
   * doctors of their own city, the rest the best known names.
   */
  otherPicks(rng: Rng, backs: Doctor): string[] {
    const max = this.ballot.maxChoices;
    if (max === 1 || rng.chance(0.4)) return [];
    const k = rng.int(1, max - 1);
    const pool = this.ballot.candidates.filter((c) => c.id !== backs.id);
    const picks = new Set<string>();
    for (let tries = 0; picks.size < k && tries < 4 * k; tries++) {
      const local = pool.filter((c) => c.county.prefecture === backs.county.prefecture);
      const c = local.length > 0 && rng.chance(0.5) ? rng.pick(local) : pool[rng.weightedIndex(pool.map((x) => x.pull))];
      picks.add(c.id);
    }
    return [...picks];
  }
}
