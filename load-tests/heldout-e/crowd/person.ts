import type { Rng } from '../../heldout/prng';
import type { Ballot } from '../ballot';
import { drawHandset, type Handset, type NetType, type Profile } from '../devices/handsets';
import { CellLine, Household, Office, homeCarrier, pickCarrier } from '../networks/connections';
import { localDay, localHour, localWeekday } from '../time';

/** One voter: their WeChat account, the phone it is logged in on, and the networks they use. */
export interface Person {
  account: string;
  handset: Handset;
  city: number;
  cell: CellLine;
  home?: Household;
  office?: Office;
  /** Hours their day is shifted: night owls +1, early risers −1. */
  chrono: number;
}

export interface Connection {
  ip: string;
  net: NetType;
}

export type Place = 'home' | 'office' | 'cell';

/** Where a person probably is at an instant: at the office in working hours, home in the evening, out otherwise. */
export function placeAt(rng: Rng, p: Person, t: number): Place {
  const h = localHour(t);
  const wd = localWeekday(t);
  const workday = wd !== 0 && wd !== 6;
  if (p.office && workday && ((h >= 8.5 && h < 12) || (h >= 14.5 && h < 17.75))) return rng.chance(0.8) ? 'office' : 'cell';
  if (p.home && (h < 7.5 || h >= 19 || (!workday && rng.chance(0.6)))) return rng.chance(0.85) ? 'home' : 'cell';
  return p.home && rng.chance(0.2) ? 'home' : 'cell';
}

/** The address and network type of one request. */
export function connect(rng: Rng, p: Person, t: number, place: Place = placeAt(rng, p, t)): Connection {
  if (place === 'office' && p.office) return { ip: p.office.address(rng), net: 'WIFI' };
  if (place === 'home' && p.home) return { ip: p.home.address(rng, localDay(t)), net: 'WIFI' };
  return { ip: p.cell.address(rng, localDay(t)), net: p.handset.cellular(rng) };
}

/** Adds one vote to the ledger (the ledger later drops what the service would refuse). */
export function castVote(ballot: Ballot, source: number, p: Person, at: number, picks: readonly string[], conn: Connection): void {
  ballot.ledger.add({ at: Math.round(at), accountId: p.account, candidateIds: picks, ip: conn.ip, userAgent: p.handset.ua(conn.net, at), source });
}

export interface PersonOptions {
  city: number;
  profile?: Profile;
  handset?: Handset;
  /** A household to join, or null for someone with no home broadband (cellular only). */
  home?: Household | null;
  /** A workplace, or null for none; left out, about a third of adults get one. */
  office?: Office | null;
  cell?: CellLine;
  account?: string;
}

/**
 * The people of a ballot, with the homes and workplaces they share: family members behind one
 * broadband line, colleagues behind one office exit. Honest surges draw from it too, so their
 * people share homes with the organic crowd as real people do.
 */
export class Population {
  private readonly households = new Map<number, Household[]>();
  private readonly offices = new Map<number, { office: Office; size: number }[]>();

  constructor(
    private readonly ballot: Ballot,
    /** When phones that take a WeChat update mid-ballot take it. */
    private readonly updateWindow: [number, number] = [ballot.cal.opensAt, ballot.cal.closesAt],
  ) {}

  /** A home: about a third of people join an existing household of their city (spouses, parents). */
  household(rng: Rng, city: number): Household {
    const list = this.households.get(city) ?? [];
    this.households.set(city, list);
    if (list.length > 0 && rng.chance(0.33)) return list[list.length - 1 - Math.min(list.length - 1, Math.floor(rng.exponential(60)))];
    const h = new Household(city, homeCarrier(rng), rng.chance(0.3));
    list.push(h);
    return h;
  }

  /** A workplace: big ones get bigger (a county hospital, the tax bureau), and many are small shops. */
  office(rng: Rng, city: number): Office {
    const list = this.offices.get(city) ?? [];
    this.offices.set(city, list);
    if (list.length > 20 && rng.chance(0.75)) {
      const o = list[rng.weightedIndex(list.map((x) => x.size))];
      o.size++;
      return o.office;
    }
    const office = Office.inCity(rng, city, rng.chance(0.75) ? 1 : rng.int(2, 4));
    list.push({ office, size: 1 });
    return office;
  }

  person(rng: Rng, o: PersonOptions): Person {
    const profile = o.profile ?? 'general';
    const working = profile === 'official' || profile === 'parent' || (profile === 'general' && rng.chance(0.45));
    return {
      account: o.account ?? this.ballot.ledger.newAccount(),
      handset: o.handset ?? drawHandset(rng, profile, this.updateWindow),
      city: o.city,
      cell: o.cell ?? new CellLine(pickCarrier(rng), rng.chance(profile === 'elder' ? 0.45 : 0.7)),
      home: o.home === null ? undefined : (o.home ?? (rng.chance(profile === 'worker' ? 0.35 : 0.82) ? this.household(rng, o.city) : undefined)),
      office: o.office === null ? undefined : (o.office ?? (working ? this.office(rng, o.city) : undefined)),
      chrono: profile === 'young' || profile === 'worker' ? rng.uniform(0, 1.5) : profile === 'elder' ? rng.uniform(-1.5, 0) : rng.uniform(-0.75, 0.75),
    };
  }
}
