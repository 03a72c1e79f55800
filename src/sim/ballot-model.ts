import { DAY_MS, dayOf, startOfDay } from '../domain/calendar';
import { type Device, makeDevice, uaOf } from './devices';
import { makeNetworkWorld, type NetworkWorld, v6Address } from './networks';
import type { Rng } from './prng';

const HOUR_MS = 3_600_000;
const MIN_MS = 60_000;
const TZ_MS = 8 * HOUR_MS;

/** Relative vote intensity per local hour: a quiet night, a noon peak and a larger evening peak. */
const HOUR_SHAPE = [0.35, 0.18, 0.09, 0.06, 0.06, 0.12, 0.45, 1.0, 1.35, 1.2, 1.1, 1.45, 2.2, 1.8, 1.1, 1.0, 1.0, 1.2, 1.5, 1.9, 2.4, 2.2, 1.4, 0.75];

export interface SimVote {
  at: number;
  accountId: string;
  candidateIds: string[];
  ip: string;
  userAgent: string;
}

export interface Voter {
  id: string;
  device: Device;
  carrier: number;
  home: string;
  office: string | null;
  v6: string | null;
  /** Candidates this voter supports, favourite first. */
  pref: number[];
}

/** A 7-day ballot being filled with votes; enforces the window and one vote per account per day. */
export class BallotModel {
  readonly opensAt: number;
  readonly closesAt: number;
  readonly candidates: string[];
  readonly popularity: number[];
  readonly maxChoices: number;
  readonly hourWeights: number[];
  readonly net: NetworkWorld;
  readonly votes: SimVote[] = [];
  private readonly voted = new Set<string>();
  private readonly firstDay: number;

  constructor(
    readonly rng: Rng,
    opts: { candidates: number; maxChoices: number; scale: number },
  ) {
    // Ballots open on a morning between 8:00 and 12:00 local, some date in spring/summer.
    const day = new Date(Date.UTC(2024, rng.int(2, 8), rng.int(1, 28))).toISOString().slice(0, 10);
    this.opensAt = startOfDay(day).getTime() + rng.int(8 * 60, 12 * 60) * MIN_MS;
    this.closesAt = this.opensAt + 7 * DAY_MS;
    this.firstDay = Math.floor((this.opensAt + TZ_MS) / DAY_MS);
    this.candidates = Array.from({ length: opts.candidates }, () => rng.uuid());
    this.popularity = this.candidates.map(() => Math.exp(rng.normal(0, 0.8)));
    this.maxChoices = opts.maxChoices;
    this.hourWeights = HOUR_SHAPE.map((w) => w * rng.uniform(0.8, 1.2));
    this.net = makeNetworkWorld(rng, opts.scale);
  }

  /** Calendar day of the ballot (0 = opening day), Asia/Shanghai. */
  dayIndex(at: number): number {
    return Math.floor((at + TZ_MS) / DAY_MS) - this.firstDay;
  }

  dayStart(d: number): number {
    return (this.firstDay + d) * DAY_MS - TZ_MS;
  }

  get days(): number {
    return this.dayIndex(this.closesAt - 1) + 1;
  }

  /** Records a vote if the ballot is open and the account has not voted that day. */
  cast(accountId: string, at: number, candidateIds: string[], ip: string, userAgent: string): boolean {
    const t = Math.round(at);
    if (t < this.opensAt || t >= this.closesAt) return false;
    const key = `${accountId}|${dayOf(new Date(t))}`;
    if (this.voted.has(key)) return false;
    this.voted.add(key);
    this.votes.push({ at: t, accountId, candidateIds, ip, userAgent });
    return true;
  }

  hasVoted(accountId: string, at: number): boolean {
    return this.voted.has(`${accountId}|${dayOf(new Date(at))}`);
  }

  /** A time on day `d` drawn from the daily cycle, inside the voting window. */
  timeOnDay(d: number): number | null {
    const base = this.dayStart(d);
    for (let tries = 0; tries < 30; tries++) {
      const h = this.rng.weighted(this.hourWeights);
      const t = base + h * HOUR_MS + this.rng.next() * HOUR_MS;
      if (t >= this.opensAt && t < this.closesAt) return t;
    }
    return null;
  }

  favourite(): number {
    return this.rng.weighted(this.popularity);
  }

  newVoter(favourite = this.favourite()): Voter {
    const rng = this.rng;
    const pref = [favourite];
    while (pref.length < this.maxChoices) {
      const c = this.favourite();
      if (!pref.includes(c)) pref.push(c);
      else if (rng.chance(0.3)) break;
    }
    const carrier = this.net.carrier();
    return {
      id: rng.openid(),
      device: makeDevice(rng),
      carrier,
      home: this.net.homeIp(),
      office: rng.chance(0.3) ? this.net.officeIp() : null,
      v6: rng.chance(0.35) ? this.net.v6Prefix(carrier) : null,
      pref,
    };
  }

  /** What this voter selects today: the favourite, sometimes more when several choices are allowed. */
  choice(v: Voter): string[] {
    if (this.maxChoices === 1 || v.pref.length === 1) {
      return [this.candidates[this.rng.chance(0.93) ? v.pref[0] : this.favourite()]];
    }
    const k = this.rng.int(1, v.pref.length);
    return v.pref.slice(0, k).map((c) => this.candidates[c]);
  }

  /** The network a real phone uses at `at`: office Wi-Fi in work hours, home Wi-Fi, or mobile data (carrier NAT or IPv6). */
  connection(v: Voter, at: number): { ip: string; userAgent: string } {
    const rng = this.rng;
    const hour = new Date(at + TZ_MS).getUTCHours();
    if (v.office && hour >= 9 && hour < 18 && rng.chance(0.6)) return { ip: v.office, userAgent: uaOf(v.device, 'WIFI') };
    if (rng.chance(0.5)) return { ip: v.home, userAgent: uaOf(v.device, 'WIFI') };
    const nt = rng.chance(0.7) ? '4G' : '5G';
    if (v.v6 && rng.chance(0.5)) return { ip: v6Address(rng, v.v6), userAgent: uaOf(v.device, nt) };
    return { ip: this.net.cgnatIp(v.carrier), userAgent: uaOf(v.device, nt) };
  }

  /** A real voter votes at `at` with their own phone and network. */
  castAs(v: Voter, at: number, candidateIds = this.choice(v)): boolean {
    const { ip, userAgent } = this.connection(v, at);
    return this.cast(v.id, at, candidateIds, ip, userAgent);
  }

  /** A returning voter's later days, at organic times. */
  returnLater(v: Voter, fromDay: number, retention: number): void {
    for (let d = fromDay; d < this.days; d++) {
      if (!this.rng.chance(retention)) continue;
      const t = this.timeOnDay(d);
      if (t !== null) this.castAs(v, t);
    }
  }

  sorted(): SimVote[] {
    return this.votes.sort((a, b) => a.at - b.at);
  }
}

export { HOUR_MS, MIN_MS, TZ_MS };
