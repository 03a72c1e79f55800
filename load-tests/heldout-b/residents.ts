/**
 * Honest people: one WeChat account on their own phone, a mobile carrier, often a home broadband
 * line and sometimes an office network. Where a vote comes from depends on the hour: the office
 * network on workday hours, home Wi-Fi in the evening, mobile data otherwise.
 */
import type { Rng } from '../heldout/prng';
import type { BallotSetup, Contender } from './ballot-setup';
import { BROADBAND_SHARE, MOBILE_SHARE, drawCarrier, type Carrier, type World } from './carriers';
import { dayNumber, hourOf, isWeekend } from './clock';
import type { Collector } from './collector';
import { ownPhone, ua, type NetType, type Phone } from './handsets';
import { ELSEWHERE, JIANGXI, type Region } from './regions';

interface Home {
  carrier: Carrier;
  /** Days between PPPoE re-dials, and where this line is in that cycle. */
  period: number;
  phase: number;
  ips: Map<number, string>;
}

export interface Resident {
  account: string;
  hometown: Region;
  /** Where they live now (a migrant's is outside Jiangxi). */
  lives: Region;
  carrier: Carrier;
  v6: boolean;
  fiveG: boolean;
  phone: Phone;
  home?: Home;
  /** Fixed addresses of their workplace, when it has Wi-Fi they use. */
  work?: readonly string[];
}

/** Everything a family needs to add votes to a ballot. */
export interface Scene {
  ballot: BallotSetup;
  ledger: Collector;
  world: World;
  workplaces: Workplaces;
}

/** Offices and shops per region, grown as a Chinese-restaurant process: many small, a few large. */
export class Workplaces {
  private readonly byRegion = new Map<string, { ips: string[]; staff: number }[]>();
  constructor(private readonly world: World) {}

  join(rng: Rng, r: Region): readonly string[] {
    const list = this.byRegion.get(r.id) ?? [];
    this.byRegion.set(r.id, list);
    const staff = list.reduce((n, w) => n + w.staff, 0);
    if (rng.next() < 40 / (staff + 40)) {
      const w = { ips: this.world.businessAddresses(rng, r, drawCarrier(rng, BROADBAND_SHARE), rng.chance(0.8) ? 1 : 2), staff: 1 };
      list.push(w);
      return w.ips;
    }
    const w = list[rng.weightedIndex(list.map((x) => x.staff))];
    w.staff++;
    return w.ips;
  }
}

export interface ResidentOptions {
  hometown?: Region;
  lives?: Region;
  phone?: Phone;
  carrier?: Carrier;
  /** Probability of a home broadband line (default 0.75) and of office Wi-Fi (default 0.25). */
  homeLine?: number;
  officeWifi?: number;
  account?: string;
}

export function drawHometown(rng: Rng): Region {
  return JIANGXI[rng.weightedIndex(JIANGXI.map((r) => r.population))];
}

export function drawElsewhere(rng: Rng, among: readonly Region[] = ELSEWHERE): Region {
  return among[rng.weightedIndex(among.map((r) => r.population))];
}

export function makeResident(rng: Rng, scene: Scene, opts: ResidentOptions = {}): Resident {
  const hometown = opts.hometown ?? drawHometown(rng);
  const lives = opts.lives ?? (rng.chance(0.12) ? drawElsewhere(rng) : hometown);
  const phone = opts.phone ?? ownPhone(rng);
  const r: Resident = {
    account: opts.account ?? scene.ledger.newAccount(),
    hometown,
    lives,
    carrier: opts.carrier ?? drawCarrier(rng, MOBILE_SHARE),
    v6: rng.chance(0.3),
    fiveG: phone.model.fiveG && rng.chance(0.6),
    phone,
  };
  if (rng.chance(opts.homeLine ?? 0.75)) r.home = { carrier: drawCarrier(rng, BROADBAND_SHARE), period: rng.int(2, 9), phase: rng.int(0, 8), ips: new Map() };
  if (rng.chance(opts.officeWifi ?? 0.25)) r.work = scene.workplaces.join(rng, lives);
  return r;
}

export interface Connection {
  ip: string;
  net: NetType;
}

export function homeAddress(rng: Rng, scene: Scene, r: Resident, t: number): string | undefined {
  const h = r.home;
  if (!h) return undefined;
  const epoch = Math.floor((dayNumber(t) + h.phase) / h.period);
  let ip = h.ips.get(epoch);
  if (ip === undefined) h.ips.set(epoch, (ip = scene.world.broadbandAddress(rng, r.lives, h.carrier)));
  return ip;
}

export function mobile(rng: Rng, scene: Scene, r: Resident): Connection {
  return { ip: scene.world.mobileAddress(rng, r.lives, r.carrier, r.v6), net: r.fiveG ? '5G' : '4G' };
}

/** The network a resident is on at `t`. */
export function connect(rng: Rng, scene: Scene, r: Resident, t: number): Connection {
  const hour = hourOf(t);
  const workday = !isWeekend(dayNumber(t));
  if (r.work && workday && hour >= 8 && hour < 18 && rng.chance(0.6)) return { ip: rng.pick(r.work), net: 'WIFI' };
  const homeHours = hour >= 18 || hour < 8 || !workday;
  if (r.home && rng.chance(homeHours ? 0.7 : 0.2)) return { ip: homeAddress(rng, scene, r, t) ?? '', net: 'WIFI' };
  return mobile(rng, scene, r);
}

/** Candidates weighted by pull. */
export function drawCandidate(rng: Rng, among: readonly Contender[]): Contender {
  return among[rng.weightedIndex(among.map((c) => c.pull))];
}

/**
 * What an honest voter ticks: the candidate they came for, and on a multi-choice ballot often a
 * few others they have heard of. `focus` is the chance of ticking only the one they came for.
 */
export function choices(rng: Rng, ballot: BallotSetup, favourite: Contender, focus = 0.45): string[] {
  const k = ballot.maxChoices;
  const picked = new Set<Contender>([favourite]);
  if (k > 1 && !rng.chance(focus)) {
    const want = rng.chance(0.45) ? k : rng.int(2, k);
    for (let tries = 0; picked.size < want && tries < 200; tries++) picked.add(drawCandidate(rng, ballot.candidates));
  }
  // The page submits ticked boxes in display order.
  return ballot.candidates.filter((c) => picked.has(c)).map((c) => c.id);
}

/** Adds one vote by a resident at `t` (dropped when the ballot has closed by then). */
export function castAs(rng: Rng, scene: Scene, r: Resident, t: number, candidateIds: readonly string[], source: number, conn?: Connection): Connection | undefined {
  if (t >= scene.ballot.closesAt) return undefined;
  const c = conn ?? connect(rng, scene, r, t);
  scene.ledger.add({ at: Math.round(t), accountId: r.account, candidateIds, ip: c.ip, userAgent: ua(r.phone, c.net), source });
  return c;
}
