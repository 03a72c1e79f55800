import { labelParts, toLine, type Labels, type LedgerLine, type Source, type Vote } from '../heldout/ledger';
import type { Rng } from '../heldout/prng';
import { OpenidIssuer } from '../heldout/openids';
import type { BallotSpec } from './ballot';
import { CarrierPools, broadbandIp, pickCarrier, v6, v6Prefix, type Carrier } from './geo';
import { cellNet, phone, type Net, type Phone, type PhoneOptions } from './phones';
import { shDay, shHour, shWeekday } from './time';

/** A WeChat user: one openid, one phone, the networks the phone sees in a week. */
export interface Person {
  account: string;
  phone: Phone;
  carrier: Carrier;
  /** Key of the mobile CGNAT pool: a Jiangxi city, or `elsewhere` for people outside the province. */
  region: string;
  home?: { carrier: Carrier; ip: string; v6?: string; redial: number };
  /** Office or campus NAT addresses, used in working hours. */
  office?: readonly string[];
  /** Share of votes cast off Wi-Fi when both are available. */
  cellular: number;
}

export interface PersonOptions extends PhoneOptions {
  region?: string;
  home?: boolean;
  office?: readonly string[];
  phone?: Phone;
  account?: string;
  cellular?: number;
  carrier?: Carrier;
  homeCarrier?: Carrier;
}

/** Sources, votes and people of one generated ledger; `finish` applies the service's rules. */
export class Scenario {
  readonly sources: Source[] = [];
  private readonly votes: Vote[] = [];
  private readonly openids: OpenidIssuer;
  readonly pools: CarrierPools;

  constructor(
    readonly rng: Rng,
    readonly ballot: BallotSpec,
  ) {
    this.openids = new OpenidIssuer(rng);
    this.pools = new CarrierPools(rng.fork('pools'));
  }
  newAccount(): string {
    return this.openids.next();
  }

  source(s: Source): number {
    this.sources.push(s);
    return this.sources.length - 1;
  }

  cast(at: number, accountId: string, candidateIds: readonly string[], ip: string, userAgent: string, source: number): void {
    if (Number.isFinite(at)) this.votes.push({ at, accountId, candidateIds, ip, userAgent, source });
  }

  /** Votes cast so far, unsorted and unfiltered (for sizing a family on the crowd). */
  added(): readonly Vote[] {
    return this.votes;
  }

  person(rng: Rng, o: PersonOptions = {}): Person {
    const carrier = o.carrier ?? pickCarrier(rng, true);
    const hasHome = o.home ?? rng.chance(0.72);
    let home: Person['home'];
    if (hasHome) {
      const hc = o.homeCarrier ?? pickCarrier(rng, false);
      home = { carrier: hc, ip: broadbandIp(rng, hc), v6: rng.chance(0.35) ? v6Prefix(rng, hc, false) : undefined, redial: rng.uniform(0.1, 0.5) };
    }
    return {
      account: o.account ?? this.newAccount(),
      phone: o.phone ?? phone(rng, o),
      carrier,
      region: o.region ?? 'jx',
      home,
      office: o.office,
      cellular: o.cellular ?? rng.uniform(0.15, 0.5),
    };
  }

  /** Where the person's phone is at `at`: office NAT, home Wi-Fi, or the carrier's CGNAT / IPv6. */
  where(rng: Rng, p: Person, at: number): { ip: string; net: Net } {
    const h = shHour(at);
    const wd = shWeekday(at);
    const workday = wd >= 1 && wd <= 5 && !this.ballot.holidays.includes(dateOf(at));
    if (p.office && workday && h >= 8.3 && h < 17.7 && rng.chance(0.8)) return { ip: rng.pick(p.office), net: 'WIFI' };
    if (p.home && !rng.chance(p.cellular)) {
      // A PPPoE line gets a new address now and then; remember the one of each day.
      if (rng.chance(p.home.redial / 6)) p.home.ip = broadbandIp(rng, p.home.carrier);
      const ip = p.home.v6 && rng.chance(0.5) ? v6(rng, p.home.carrier, false, p.home.v6) : p.home.ip;
      return { ip, net: 'WIFI' };
    }
    const net = cellNet(rng, p.phone);
    const ipv6 = rng.chance(p.carrier === 'cmcc' ? 0.45 : 0.3);
    return { ip: ipv6 ? v6(rng, p.carrier, true) : this.pools.pool(p.carrier, p.region).draw(rng), net };
  }

  /** The person votes at `at` for `candidateIds`, from wherever the phone is. */
  vote(rng: Rng, p: Person, at: number, candidateIds: readonly string[], source: number): void {
    const { ip, net } = this.where(rng, p, at);
    this.cast(at, p.account, candidateIds, ip, p.phone.ua(net), source);
  }

  /** A selection around `fav`: most people pick only their own candidate, some add others. */
  choose(rng: Rng, fav: number, extra = 0.45): string[] {
    const { candidates, weight, maxChoices } = this.ballot;
    const picked = new Set([fav]);
    if (maxChoices > 1 && rng.chance(extra)) {
      const k = Math.min(maxChoices, 2 + Math.floor(rng.exponential(maxChoices / 3)));
      for (let tries = 0; picked.size < k && tries < 4 * k; tries++) picked.add(rng.weightedIndex(weight));
    }
    return [...picked].sort((a, b) => a - b).map((i) => candidates[i].id);
  }

  /** What the service would keep, as ledger lines, and the labels of the run. */
  finish(meta: { family: string; seed: number; kind: 'attack' | 'legit'; description: string }): { lines: LedgerLine[]; labels: Labels } {
    const { opensAt, closesAt, candidates } = this.ballot;
    const sorted = [...this.votes].sort((x, y) => x.at - y.at);
    const lastDay = new Map<string, number>();
    const kept: Vote[] = [];
    const refused: Record<string, number> = {};
    for (const v of sorted) {
      const day = shDay(v.at);
      if (v.at < opensAt || v.at >= closesAt || lastDay.get(v.accountId) === day) {
        const name = this.sources[v.source].name;
        refused[name] = (refused[name] ?? 0) + 1;
        continue;
      }
      lastDay.set(v.accountId, day);
      kept.push(v);
    }
    const idRng = this.rng.fork('vote-ids');
    const lines = kept.map((v) => toLine(v, idRng.uuid()));
    const labels: Labels = {
      family: meta.family,
      seed: meta.seed,
      split: 'holdout',
      kind: meta.kind,
      description: meta.description,
      opensAt: new Date(opensAt).toISOString(),
      closesAt: new Date(closesAt).toISOString(),
      candidates: candidates.length,
      totalVotes: lines.length,
      attacks: labelParts(kept, this.sources, candidates, 'attack'),
      honestSurges: labelParts(kept, this.sources, candidates, 'legit'),
      refused,
    };
    return { lines, labels };
  }
}

const dateOf = (ms: number): string => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);
