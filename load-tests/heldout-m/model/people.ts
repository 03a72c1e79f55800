import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot } from './ballot';
import { makePhone, ua, type NetType, type Phone, type Tier } from './devices';
import type { Carrier, Networks, Province } from './networks';
import type { Rhythm, Segment } from './rhythm';

/**
 * A household's broadband line. Anhui Telecom's home lines get a new address whenever the modem
 * redials (a power cut, the forced 48-hour reconnect), so a line's address holds for a few days.
 */
export class Line {
  private readonly byDay = new Map<number, string>();

  constructor(
    private readonly draw: (rng: Rng) => string,
    private readonly redial = 0.3,
  ) {}

  ip(rng: Rng, day: number): string {
    let ip = this.byDay.get(day);
    if (ip === undefined) {
      const before = this.byDay.get(day - 1);
      ip = before !== undefined && !rng.chance(this.redial) ? before : this.draw(rng);
      this.byDay.set(day, ip);
    }
    return ip;
  }
}

export interface Person {
  account: string;
  phone: Phone;
  segment: Segment;
  /** The Anhui city they live in, or where they come from when they live elsewhere. */
  city: string;
  province: Province | 'anhui';
  carrier: Carrier;
  home?: Line;
  /** The workplace NAT (a government office, a school, a factory). */
  office?: readonly string[];
  /** Minute of the day they tend to open WeChat. */
  habit: number;
}

export interface PersonSpec {
  city: string;
  segment: Segment;
  province?: Province | 'anhui';
  tier?: Tier;
  phone?: Phone;
  carrier?: Carrier;
  /** A line to share (a family); null for none; undefined lets the model decide. */
  home?: Line | null;
  office?: readonly string[];
  account?: string;
}

const TIERS: Record<Segment, readonly [Tier[], number[]]> = {
  town: [['flagship', 'mid', 'budget', 'old'], [6, 34, 45, 15]],
  elder: [['budget', 'old'], [30, 70]],
  office: [['flagship', 'mid', 'budget'], [35, 55, 10]],
  migrant: [['mid', 'budget', 'old'], [30, 60, 10]],
  young: [['flagship', 'mid', 'budget'], [25, 50, 25]],
};

export class People {
  private readonly recentLines = new Map<string, Line[]>();

  constructor(
    readonly ledger: LedgerBuilder,
    readonly ballot: Ballot,
    readonly net: Networks,
    readonly rhythm: Rhythm,
  ) {}

  tier(rng: Rng, segment: Segment): Tier {
    const [tiers, weights] = TIERS[segment];
    return tiers[rng.weightedIndex(weights)];
  }

  /** A new household line in an Anhui city, or elsewhere for migrants. */
  newLine(province: Province | 'anhui', city: string): Line {
    return province === 'anhui' ? new Line((r) => this.net.broadband(r, city)) : new Line((r) => this.net.broadbandElsewhere(r, province), 0.15);
  }

  /** A household line: often one already used by someone of the same place (family members). */
  householdLine(rng: Rng, province: Province | 'anhui', city: string, shareWithFamily = 0.35): Line {
    const key = `${province}:${city}`;
    const recent = this.recentLines.get(key) ?? [];
    if (recent.length > 0 && rng.chance(shareWithFamily)) return rng.pick(recent);
    const line = this.newLine(province, city);
    recent.push(line);
    if (recent.length > 40) recent.shift();
    this.recentLines.set(key, recent);
    return line;
  }

  make(rng: Rng, spec: PersonSpec): Person {
    const province = spec.province ?? 'anhui';
    const segment = spec.segment;
    const phone = spec.phone ?? makePhone(rng, spec.tier ?? this.tier(rng, segment));
    const carrier: Carrier = spec.carrier ?? (rng.chance(0.58) ? 'cmcc' : rng.chance(0.55) ? 'telecom' : 'unicom');
    let home: Line | undefined;
    if (spec.home === undefined) {
      const p = segment === 'elder' ? 0.7 : segment === 'migrant' ? 0.35 : 0.55;
      if (rng.chance(p)) home = this.householdLine(rng, province, spec.city);
    } else if (spec.home !== null) home = spec.home;
    return {
      account: spec.account ?? this.ledger.newAccount(),
      phone,
      segment,
      city: spec.city,
      province,
      carrier,
      home,
      office: spec.office,
      habit: Math.floor((this.rhythm.sample(rng, segment, 1) - this.rhythm.at(1, 0)) / 60_000),
    };
  }

  /** Where this person's vote at `at` comes from: the office by day, home Wi-Fi in the evening, else mobile data. */
  route(rng: Rng, p: Person, at: number): { ip: string; net: NetType } {
    const h = this.rhythm.hourOf(at);
    const weekend = this.rhythm.isWeekend(at);
    if (p.office && !weekend && h >= 8 && h < 18 && rng.chance(0.8)) return { ip: rng.pick(p.office), net: 'WIFI' };
    if (p.home && (h >= 18 || h < 8 || weekend || p.segment === 'elder') && rng.chance(0.72)) return { ip: p.home.ip(rng, this.rhythm.dayOf(at)), net: 'WIFI' };
    const ip = p.province === 'anhui' ? this.net.mobile(rng, p.carrier, p.city) : this.net.mobileElsewhere(rng, p.province);
    return { ip, net: p.phone.fiveG && rng.chance(0.55) ? '5G' : '4G' };
  }

  vote(rng: Rng, p: Person, at: number, candidateIds: readonly string[], source: number, route?: { ip: string; net: NetType }): void {
    const r = route ?? this.route(rng, p, at);
    this.ledger.add({ at: Math.round(at), accountId: p.account, candidateIds, ip: r.ip, userAgent: ua(p.phone, r.net), source });
  }

  /**
   * The candidates one ballot paper selects, `target` first. On a multi-choice ballot a supporter
   * often picks only their own place (`loyal`), else fills some other slots by pull.
   */
  selection(rng: Rng, target: number, loyal = 0.5): readonly string[] {
    const { maxChoices, candidates, pull } = this.ballot;
    if (maxChoices === 1 || rng.chance(loyal)) return [candidates[target].id];
    const k = rng.int(2, maxChoices);
    const chosen = new Set<number>([target]);
    for (let tries = 0; chosen.size < k && tries < 40; tries++) chosen.add(rng.weightedIndex(pull));
    return [...chosen].map((i) => candidates[i].id);
  }
}
