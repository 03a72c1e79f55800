import { DAY, HOUR, isWeekend, shanghaiMinuteOfDay } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot, League, ZCandidate } from './ballot';
import { phoneFor, ua, type Device, type Segment } from './devices';
import type { Carrier, Networks, Wire } from './networks';
import type { Life, Rhythm } from './rhythm';

/** Where a person is this week: at home in Inner Mongolia, or away. */
export type Where = 'home' | 'beijing' | 'mongolia' | 'russia' | 'province';

export interface Person {
  account: string;
  device: Device;
  league: League;
  life: Life;
  where: Where;
  /** A sumu (rural), work unit, mine or campus index inside the league. */
  unit: number;
  /** The household broadband address, if the home has a line. */
  home: string | null;
  carrier: Carrier;
  /** Habitual local hour of voting. */
  habit: number;
}

export interface World {
  ballot: Ballot;
  ledger: LedgerBuilder;
  net: Networks;
  rhythm: Rhythm;
}

const SEGMENT: Record<Life, Segment> = { herder: 'rural', town: 'mid', office: 'mid', miner: 'budget', student: 'young', beijing: 'young', border: 'mid' };
const BROADBAND: Record<Life, number> = { herder: 0.05, town: 0.55, office: 0.7, miner: 0.15, student: 0.1, beijing: 0.45, border: 0.35 };

export interface PersonSpec {
  league: League;
  life: Life;
  where?: Where;
  unit?: number;
  device?: Device;
  language?: string;
  segment?: Segment;
  home?: string | null;
}

/** Makes people and casts their votes; every address a vote gets comes from how the person lives. */
export class People {
  private readonly weights: number[];

  constructor(private readonly world: World) {
    this.weights = world.ballot.candidates.map((c) => c.pull);
  }

  make(rng: Rng, s: PersonSpec): Person {
    const where = s.where ?? 'home';
    const { net } = this.world;
    let home: string | null = null;
    if (s.home !== undefined) home = s.home;
    else if (rng.chance(BROADBAND[s.life])) home = where === 'beijing' ? net.beijingHome(rng) : where === 'province' ? net.province(rng) : where === 'home' ? net.broadband(rng, s.league) : null;
    return {
      account: this.world.ledger.newAccount(),
      device: s.device ?? phoneFor(rng, s.segment ?? SEGMENT[s.life], s.language),
      league: s.league,
      life: s.life,
      where,
      unit: s.unit ?? rng.int(0, s.life === 'herder' ? 11 : 5),
      home,
      carrier: net.carrier(rng),
      habit: this.world.rhythm.habit(rng, s.life),
    };
  }

  /** The same phone and line, another account: a spouse, a parent, a child. */
  household(p: Person): Person {
    return { ...p, account: this.world.ledger.newAccount() };
  }

  /** The connection a person is on at an instant. */
  wire(rng: Rng, p: Person, at: number): Wire {
    const { net } = this.world;
    const hour = shanghaiMinuteOfDay(at) / 60;
    const evening = hour >= 18.5 || hour < 7;
    const cell = (): Wire => ({ ip: net.mobile(rng, p.league, p.carrier), net: rng.chance(p.life === 'herder' ? 0.1 : 0.55) ? '5G' : '4G' });
    switch (p.where) {
      case 'beijing':
        return p.home && (evening || rng.chance(0.25)) ? { ip: p.home, net: 'WIFI' } : { ip: net.beijingMobile(rng), net: rng.chance(0.6) ? '5G' : '4G' };
      case 'mongolia':
        return { ip: net.mongolia(rng), net: '4G' };
      case 'russia':
        return { ip: net.russiaEast(rng), net: '4G' };
      case 'province':
        return p.home && rng.chance(0.6) ? { ip: p.home, net: 'WIFI' } : { ip: net.province(rng), net: '4G' };
      case 'home':
        break;
    }
    switch (p.life) {
      case 'herder':
        if (p.home && evening) return { ip: p.home, net: 'WIFI' };
        return { ip: rng.pick(net.sumu(p.league, p.unit)), net: '4G' };
      case 'office':
        if (!evening && hour >= 8 && hour < 18 && !isWeekend(at) && rng.chance(0.75)) return { ip: rng.pick(net.pool(`office:${p.league}:${p.unit}`, 2, [[222, 74], [1, 24], [110, 16]])), net: 'WIFI' };
        return p.home && evening ? { ip: p.home, net: 'WIFI' } : cell();
      case 'miner':
        return rng.chance(0.45) ? { ip: rng.pick(net.pool(`mine:${p.league}:${p.unit % 4}`, 3, [[222, 75], [61, 134]])), net: 'WIFI' } : cell();
      case 'student':
        return rng.chance(0.7) ? { ip: rng.pick(net.pool(`campus:${p.league}:${p.unit % 3}`, 4, [[202, 207], [222, 74]])), net: 'WIFI' } : cell();
      case 'town':
      case 'border':
      case 'beijing':
        return p.home && (evening || rng.chance(0.3)) ? { ip: p.home, net: 'WIFI' } : cell();
    }
  }

  /** The candidates a vote selects: its own first, on multi-choice ballots sometimes a few popular others. */
  choose(rng: Rng, c: ZCandidate, extras = 0.5): string[] {
    const { candidates, maxChoices } = this.world.ballot;
    if (maxChoices === 1 || !rng.chance(extras)) return [c.id];
    const ids = [c.id];
    const want = rng.int(2, maxChoices);
    for (let i = 0; i < 12 && ids.length < want; i++) {
      const o = candidates[rng.weightedIndex(this.weights)].id;
      if (!ids.includes(o)) ids.push(o);
    }
    return ids;
  }

  /** One vote attempt, on the person's connection at that instant unless a wire is given. */
  vote(rng: Rng, p: Person, at: number, c: ZCandidate, source: number, wire = this.wire(rng, p, at), ids = this.choose(rng, c)): void {
    this.world.ledger.add({ at, accountId: p.account, candidateIds: ids, ip: wire.ip, userAgent: ua(p.device, wire.net), source });
  }
}

/** Gamma-distributed delays after a moment (a push, a forward), in ms. */
export function after(rng: Rng, moment: number, medianMin: number, shape = 1.3): number {
  return moment + rng.gamma(shape, (medianMin * 60_000) / shape);
}

export const MIN = 60_000;
export { DAY, HOUR };
