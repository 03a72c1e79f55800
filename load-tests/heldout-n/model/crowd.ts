import { HOUR, MINUTE } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot, Place, Region } from './ballot';
import { ownPhone, type Device, type NetType, type Segment } from './devices';
import { Networks, type Area, type Carrier, type Country } from './networks';
import type { Profile } from './rhythm';
import type { Rhythm } from './rhythm';

/** What every model part and family works with. */
export interface World {
  ballot: Ballot;
  ledger: LedgerBuilder;
  people: People;
  net: Networks;
  rhythm: Rhythm;
}

/** One WeChat account in somebody's hands, with the phone and the connections they vote from. */
export interface Person {
  account: string;
  device: Device;
  area: Area;
  profile: Profile;
  mobile: Carrier;
  /** Home broadband address, or null for people on mobile data only. */
  home: string | null;
  homeCarrier: Carrier;
  /** Office, school or dormitory exits they use on working hours, if any. */
  office?: readonly string[];
  country?: Country;
}

export interface PersonSpec {
  area: Area;
  profile: Profile;
  segment: Segment;
  /** Share of such people with home broadband (default 0.6). */
  broadband?: number;
  device?: Device;
  office?: readonly string[];
  country?: Country;
  account?: string;
}

export interface Connection {
  ip: string;
  net: NetType;
}

/** Makes people and casts their votes into the ledger. */
export class People {
  constructor(
    readonly ledger: LedgerBuilder,
    readonly ballot: Ballot,
    readonly net: Networks,
    readonly rhythm: Rhythm,
  ) {}

  make(rng: Rng, spec: PersonSpec): Person {
    const homeCarrier = Networks.carrier(rng, true);
    const hasHome = rng.chance(spec.broadband ?? 0.6);
    const area = spec.area;
    return {
      account: spec.account ?? this.ledger.newAccount(),
      device: spec.device ?? ownPhone(rng, spec.segment),
      area,
      profile: spec.profile,
      mobile: Networks.carrier(rng, false),
      home: hasHome && !spec.country ? this.net.broadband(rng, homeCarrier, area) : null,
      homeCarrier,
      office: spec.office,
      country: spec.country,
    };
  }

  /** Where the person is online at `at`: office on working hours, home Wi-Fi evenings, else mobile data. */
  connect(rng: Rng, p: Person, at: number): Connection {
    if (p.country) return { ip: this.net.foreign(rng, p.country), net: rng.chance(0.7) ? 'WIFI' : '4G' };
    const hour = Math.floor(((at + 8 * HOUR) % (24 * HOUR)) / HOUR);
    const weekday = new Date(at + 8 * HOUR).getUTCDay() % 6 !== 0;
    if (p.office && weekday && hour >= 8 && hour < 18 && rng.chance(0.8)) return { ip: rng.pick(p.office), net: 'WIFI' };
    const atHome = hour >= 18 || hour < 8 || !weekday || p.profile === 'elder';
    if (p.home && rng.chance(atHome ? 0.75 : 0.2)) {
      // The modem redials now and then and gets another address from the same pool.
      if (rng.chance(0.08)) p.home = this.net.broadband(rng, p.homeCarrier, p.area);
      return { ip: p.home, net: 'WIFI' };
    }
    return this.mobileConnection(rng, p);
  }

  mobileConnection(rng: Rng, p: Person): Connection {
    const net: NetType = p.device.fiveG && rng.chance(0.55) ? '5G' : rng.chance(0.02) ? '3G' : '4G';
    return { ip: this.net.mobile(rng, p.mobile, p.area), net };
  }

  /** One vote attempt (the ledger keeps it only if the service would). */
  vote(rng: Rng, p: Person, at: number, candidateIds: readonly string[], source: number, conn?: Connection): void {
    const c = conn ?? this.connect(rng, p, at);
    this.ledger.add({ at: Math.round(at), accountId: p.account, candidateIds, ip: c.ip, userAgent: p.device.ua(c.net), source });
  }

  /**
   * What a supporter of `main` ticks: on a multi-choice ballot most fill some of the other places,
   * leaning to the strong candidates and to their own prefecture.
   */
  picks(rng: Rng, main: Place): string[] {
    const k = this.ballot.maxChoices;
    if (k === 1) return [main.id];
    const n = rng.chance(0.45) ? k : rng.int(1, k);
    const out = [main.id];
    const cands = this.ballot.candidates;
    const weights = cands.map((c) => (c.id === main.id ? 0 : c.pull * (c.cityKey === main.cityKey ? 3 : 1)));
    for (let guard = 0; out.length < n && guard < 40; guard++) {
      const c = cands[rng.weightedIndex(weights)];
      if (!out.includes(c.id)) out.push(c.id);
    }
    return out;
  }
}

/** The organic crowd as families may want to size themselves on it. */
export interface Crowd {
  source: number;
  supporters: number;
}

interface Origin {
  kind: 'resident' | 'elder' | 'guangdong' | 'capital' | 'student' | 'elsewhere' | 'abroad';
  weight: number;
}

/** Where a candidate's supporters live, by its region: the south-east sends most to Guangdong. */
function origins(region: Region): Origin[] {
  const gd = { capital: 0.06, industrial: 0.08, tourist: 0.12, southeast: 0.26, hills: 0.18, coast: 0.12 }[region];
  const elder = { capital: 0.06, industrial: 0.1, tourist: 0.14, southeast: 0.14, hills: 0.2, coast: 0.12 }[region];
  const abroad = region === 'southeast' ? 0.02 : region === 'coast' || region === 'hills' ? 0.008 : 0.004;
  return [
    { kind: 'resident', weight: 1 - gd - elder - abroad - 0.16 },
    { kind: 'elder', weight: elder },
    { kind: 'guangdong', weight: gd },
    { kind: 'capital', weight: region === 'capital' ? 0 : 0.08 },
    { kind: 'student', weight: 0.05 },
    { kind: 'elsewhere', weight: 0.03 + (region === 'capital' ? 0.08 : 0) },
    { kind: 'abroad', weight: abroad },
  ];
}

/** A supporter of `c` of the given origin. */
export function supporter(rng: Rng, w: World, c: Place, kind: Origin['kind']): Person {
  const residentProfile: Profile = c.region === 'capital' || c.region === 'industrial' ? (rng.chance(0.6) ? 'city' : 'town') : 'town';
  switch (kind) {
    case 'resident':
      return w.people.make(rng, { area: c.cityKey, profile: residentProfile, segment: residentProfile === 'city' ? 'city' : 'town' });
    case 'elder':
      return w.people.make(rng, { area: c.cityKey, profile: 'elder', segment: 'elder', broadband: 0.5 });
    case 'guangdong':
      return w.people.make(rng, { area: 'guangdong', profile: rng.chance(0.7) ? 'factory' : 'city', segment: 'budget', broadband: 0.35 });
    case 'capital':
      return w.people.make(rng, { area: 'nanning', profile: 'city', segment: 'city' });
    case 'student':
      return w.people.make(rng, { area: rng.chance(0.7) ? 'nanning' : 'guilin', profile: 'student', segment: 'budget', broadband: 0.1 });
    case 'elsewhere':
      return w.people.make(rng, { area: 'elsewhere', profile: 'city', segment: 'city' });
    case 'abroad': {
      const country: Country = c.region === 'hills' || c.cityKey === 'fangchenggang' ? 'vn' : rng.pick(['my', 'my', 'my', 'sg', 'us', 'au', 'th'] as const);
      return w.people.make(rng, { area: 'elsewhere', profile: country === 'us' ? 'abroad' : 'city', segment: 'city', country });
    }
  }
}

/**
 * The ordinary crowd of the whole ballot. Each supporter's first vote follows the official push
 * at opening, a forward in one of the candidate's groups, or a chance look on some day; then some
 * come back once, some now and then, some nearly every day, near their habitual time or after
 * the local group's daily reminder.
 */
export function addOrganicCrowd(rng: Rng, w: World, attempts: number): Crowd {
  const { ballot, ledger, rhythm } = w;
  const source = ledger.source({ name: 'organic', kind: 'organic' });
  const cands = ballot.candidates;
  const pulls = cands.map((c) => c.pull);
  const days = rhythm.days;
  // Each candidate's forwards (moments its groups pass the link on) and its daily reminder time.
  const forwards = cands.map(() => Array.from({ length: rng.int(3, 8) }, () => rhythm.within(rng, 'town', rng.weightedIndex(dayWeights(days)))));
  const reminder = cands.map(() => rng.pick([7 * 60 + 30, 12 * 60 + 10, 19 * 60 + 45, 20 * 60 + 30, 21 * 60]));
  const originTables = cands.map((c) => origins(c.region));
  let made = 0;
  let supporters = 0;
  while (made < attempts) {
    const ci = rng.weightedIndex(pulls);
    const c = cands[ci];
    const table = originTables[ci];
    const p = supporter(rng, w, c, table[rng.weightedIndex(table.map((o) => o.weight))].kind);
    supporters++;
    let first: number;
    const how = rng.next();
    if (how < 0.25) first = ballot.cal.opensAt + rng.logNormal(35 * MINUTE, 1.1);
    else if (how < 0.65) first = rng.pick(forwards[ci]) + rng.gamma(1.3, 20 * MINUTE);
    else first = rhythm.within(rng, p.profile, rng.weightedIndex(dayWeights(days)));
    const picks = w.people.picks(rng, c);
    w.people.vote(rng, p, first, picks, source);
    made++;
    if (rng.chance(0.01)) {
      w.people.vote(rng, p, first + rng.int(2_000, 40_000), picks, source);
      made++;
    }
    const type = rng.next();
    let prob = type < 0.45 ? 0 : type < 0.8 ? rng.uniform(0.2, 0.55) : rng.uniform(0.75, 0.95);
    const firstDay = rhythm.dayOf(first);
    const habit = ((first - rhythm.midnight(firstDay)) / MINUTE) | 0;
    for (let d = firstDay + 1; d < days && prob > 0; d++, prob *= 0.96) {
      if (!rng.chance(prob)) continue;
      const mode = rng.next();
      let at: number;
      if (mode < 0.5) at = rhythm.midnight(d) + (habit + rng.normal(0, 35)) * MINUTE;
      else if (mode < 0.75) at = rhythm.clock(d, 0, reminder[ci]) + rng.gamma(1.2, 25 * MINUTE);
      else at = rhythm.at(rng, p.profile, d);
      w.people.vote(rng, p, at, rng.chance(0.85) ? picks : w.people.picks(rng, c), source);
      made++;
    }
  }
  return { source, supporters };
}

/** First-look day weights: the opening day and the last day draw more. */
function dayWeights(days: number): number[] {
  return Array.from({ length: days }, (_, d) => (d === 0 ? 2.2 : d === days - 1 ? 1.6 : 1));
}

/** Organic votes (kept or not) of one candidate, and of everybody, per ballot hour-of-day bucket. */
export function organicVotesOf(w: World, candidateId: string): { at: number; mine: boolean }[] {
  return w.ledger.added().filter((v) => w.ledger.sources[v.source].kind === 'organic').map((v) => ({ at: v.at, mine: v.candidateIds.includes(candidateId) }));
}
