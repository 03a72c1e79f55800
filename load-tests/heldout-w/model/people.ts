import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot, Nominee } from './ballot';
import { has5G, makeDevice, userAgent, type Device, type NetType, type Profile } from './devices';
import { lineAddress, type Carrier, type Line, type Networks, type Region } from './networks';
import type { Rhythm } from './rhythm';

/** One WeChat account and the phone and lines it votes from. */
export interface Person {
  account: string;
  device: Device;
  lang: string;
  region: Region;
  /** Mobile-data carrier. */
  carrier: Carrier;
  /** Home broadband, if the household has it. */
  line?: Line;
  /** Exits at work (hospital staff Wi-Fi, an office NAT), if the person votes from work. */
  work?: readonly string[];
  profile: Profile;
}

/** Where a vote leaves from: home Wi-Fi, mobile data, the work NAT, or a given address. */
export type Where = 'home' | 'mobile' | 'work' | { ip: string; net: NetType };

export interface PersonOptions {
  region: Region;
  profile: Profile;
  lang?: string;
  /** A line to share (a family), `false` for none, default: a new one with probability `lineChance`. */
  line?: Line | false;
  lineChance?: number;
  work?: readonly string[];
  device?: Device;
  carrier?: Carrier;
}

const KOREAN_CARRIER: Carrier = 'mobile';

/** Makes people (fresh accounts with phones and lines) and casts their votes into the ledger. */
export class People {
  constructor(
    readonly ledger: LedgerBuilder,
    readonly ballot: Ballot,
    readonly net: Networks,
    readonly rhythm: Rhythm,
  ) {}

  make(rng: Rng, o: PersonOptions): Person {
    const abroad = o.region === 'KR' || o.region === 'JP';
    let line: Line | undefined;
    if (o.line) line = o.line;
    else if (o.line === undefined && rng.chance(o.lineChance ?? 0.75)) line = this.net.line(rng, o.region, abroad ? 'unicom' : undefined);
    return {
      account: this.ledger.newAccount(),
      device: o.device ?? makeDevice(rng, o.profile),
      lang: o.lang ?? 'zh_CN',
      region: o.region,
      carrier: o.carrier ?? (abroad ? KOREAN_CARRIER : this.net.mobileCarrier(rng)),
      line,
      work: o.work,
      profile: o.profile,
    };
  }

  /** The address and NetType of a vote cast from `where` at instant `at`. */
  address(rng: Rng, p: Person, where: Where, at: number): { ip: string; net: NetType } {
    if (typeof where === 'object') return where;
    if (where === 'work' && p.work && p.work.length > 0) return { ip: rng.pick(p.work), net: 'WIFI' };
    if (where !== 'mobile' && p.line) return { ip: lineAddress(p.line, this.rhythm.dayOf(at)), net: 'WIFI' };
    return { ip: this.net.mobile(rng, p.region, p.carrier), net: has5G(p.device) && rng.chance(0.8) ? '5G' : '4G' };
  }

  /**
   * Casts a vote. Attempts outside the ballot's window are dropped here, not refused: the page
   * shows "not open yet" or the results, so no vote request is ever sent.
   */
  vote(rng: Rng, p: Person, at: number, candidateIds: readonly string[], source: number, where: Where, device: Device = p.device): void {
    if (!(at >= this.ballot.cal.opensAt && at < this.ballot.cal.closesAt)) return;
    const { ip, net } = this.address(rng, p, where, at);
    this.ledger.add({ at: Math.floor(at), accountId: p.account, candidateIds, ip, userAgent: userAgent(device, net, p.lang), source });
  }

  /** Someone prompted before the ballot opens votes soon after it does. */
  notBeforeOpening(rng: Rng, at: number): number {
    const open = this.ballot.cal.opensAt;
    return at >= open ? at : open + rng.gamma(1.3, 15) * 60_000;
  }

  /** A plausible place for an ordinary person at this hour: home Wi-Fi in the evening and early morning. */
  everyday(rng: Rng, p: Person, at: number): Where {
    const hour = Math.floor(this.rhythm.minuteOf(at) / 60);
    const homeHours = hour >= 18 || hour < 8;
    const atHomeByDay = p.profile === 'elderly' ? 0.6 : this.rhythm.isRest(this.rhythm.dayOf(at)) ? 0.55 : 0.25;
    return rng.chance(homeHours ? 0.8 : atHomeByDay) ? 'home' : 'mobile';
  }
}

/**
 * The candidates one vote selects: the target first, then up to maxChoices-1 others (the voter's
 * own favourites, or a vendor's cover picks).
 */
export function selection(ballot: Ballot, target: Nominee | string, extras: readonly string[] = []): string[] {
  const id = typeof target === 'string' ? target : target.id;
  const out = [id];
  for (const e of extras) {
    if (out.length >= ballot.maxChoices) break;
    if (!out.includes(e)) out.push(e);
  }
  return out;
}

/** The other favourites a multi-choice voter ticks beside their own nurse, by pull. */
export function favourites(rng: Rng, ballot: Ballot, own: string, popular = 1): string[] {
  if (ballot.maxChoices <= 1 || rng.chance(0.45)) return [];
  const k = rng.int(1, ballot.maxChoices - 1);
  const pool = ballot.candidates.filter((c) => c.id !== own);
  const out: string[] = [];
  while (out.length < k && out.length < pool.length) {
    const c = pool[rng.weightedIndex(pool.map((x) => (out.includes(x.id) ? 0 : Math.pow(x.pull, popular))))];
    out.push(c.id);
  }
  return out;
}

/** A delay after a prompt: log-normal around `medianMin` minutes. */
export function delay(rng: Rng, medianMin: number, sigma = 1): number {
  return rng.logNormal(medianMin, sigma) * 60_000;
}
