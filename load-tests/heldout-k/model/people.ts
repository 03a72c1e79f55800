import { MINUTE, isWeekend, shanghaiMinuteOfDay } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot } from './ballot';
import { randomDevice, type Device, type NetType, type Segment } from './devices';
import { carrierOf, type Area, type Carrier, type Networks } from './networks';
import type { Life, Rhythm } from './rhythm';

/** One WeChat account in the hands of one person (or of whoever holds the phone). */
export interface Person {
  account: string;
  device: Device;
  /** Where the phone is: `sichuan:<city>` or a migrants' area. */
  area: Area;
  carrier: Carrier;
  /** A rural place reached through a carrier's few gateways. */
  small: boolean;
  /** Household broadband, if the home has it. */
  home: string | null;
  /** Office, school or government NAT on working hours. */
  work: readonly string[] | null;
  life: Life;
  candidate: number;
}

export interface PersonOptions {
  candidate: number;
  segment: Segment;
  area: Area;
  life: Life;
  /** Chance the home has broadband the phone joins (default 0.6). */
  homeShare?: number;
  work?: readonly string[] | null;
  small?: boolean;
  device?: Device;
  language?: string;
}

export interface Via {
  ip: string;
  net: NetType;
}

/** Makes people and casts their votes through the ledger. */
export class People {
  constructor(
    readonly ledger: LedgerBuilder,
    readonly ballot: Ballot,
    readonly net: Networks,
    readonly rhythm: Rhythm,
  ) {}

  areaOf(candidate: number): Area {
    return `sichuan:${this.ballot.places[candidate].city}`;
  }

  make(rng: Rng, o: PersonOptions): Person {
    return {
      account: this.ledger.newAccount(),
      device: o.device ?? randomDevice(rng, o.segment, o.language),
      area: o.area,
      carrier: carrierOf(rng),
      small: o.small ?? false,
      home: rng.chance(o.homeShare ?? 0.6) ? this.net.broadband(o.area, rng) : null,
      work: o.work ?? null,
      life: o.life,
      candidate: o.candidate,
    };
  }

  /** The connection a person is on at an instant: office NAT at work, home Wi-Fi at night, else mobile. */
  via(rng: Rng, p: Person, at: number): Via {
    const minute = shanghaiMinuteOfDay(at);
    if (p.work && !isWeekend(at) && minute >= 8 * 60 + 30 && minute < 17 * 60 + 30 && rng.chance(0.75)) return { ip: rng.pick(p.work), net: 'WIFI' };
    const evening = minute >= 18 * 60 + 30 || minute < 8 * 60 || isWeekend(at);
    if (p.home && rng.chance(evening ? 0.8 : 0.25)) {
      if (rng.chance(0.05)) p.home = this.net.redial(p.home, rng);
      return { ip: p.home, net: 'WIFI' };
    }
    return { ip: this.net.mobile(p.area, p.carrier, rng, p.small), net: p.device.ua('5G').includes('NetType/5G') && rng.chance(0.55) ? '5G' : '4G' };
  }

  /** 1..maxChoices distinct candidates, the first being `candidate`; the others follow the crowd's pull. */
  choices(rng: Rng, candidate: number): string[] {
    const { maxChoices, candidates, pull } = this.ballot;
    const ids = [candidates[candidate].id];
    if (maxChoices === 1) return ids;
    const k = rng.chance(0.35) ? 1 : rng.int(2, maxChoices);
    for (let tries = 0; ids.length < k && tries < 40; tries++) {
      const id = candidates[rng.weightedIndex(pull)].id;
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  }

  vote(rng: Rng, p: Person, at: number, source: number, via?: Via, choices?: readonly string[]): void {
    const v = via ?? this.via(rng, p, at);
    this.ledger.add({ at, accountId: p.account, candidateIds: choices ?? this.choices(rng, p.candidate), ip: v.ip, userAgent: p.device.ua(v.net), source });
  }

  /** A time near a habitual minute of day on day `d` (people keep habits within half an hour or so). */
  habitOn(rng: Rng, habitMs: number, d: number): number {
    return this.rhythm.dayStart(d) + (habitMs - this.rhythm.dayStart(this.rhythm.dayOf(habitMs))) + rng.normal(0, 35 * MINUTE);
  }
}
