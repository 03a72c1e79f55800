import type { Rng } from '../../heldout/prng';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Carrier } from './address-data';
import type { AddressPlan, Region } from './address-plan';
import { clockHour, HOUR, isRestDay } from './clock';
import { everydayPhone, type Cohort, type Device, type NetType } from './handsets';

/**
 * People, not votes: each has one WeChat account, one phone, a SIM, maybe a home line and a
 * workplace. Where they are at the moment they vote decides the address and the NetType.
 */

export interface HomeLine {
  region: Region;
  carrier: Carrier;
  seed: number;
  /** Hours between forced redials (each gives a new IPv4 and IPv6 prefix). */
  leaseHours: number;
  phase: number;
  /** Sold behind the carrier's own NAT: the public address is shared with many other homes. */
  sharedNat: boolean;
  v6: boolean;
}

export interface Workplace {
  region: Region;
  /** The office's static NAT addresses. */
  addresses: readonly string[];
  size: number;
  /** How often staff at their desk are on the office Wi-Fi rather than their own 4G. */
  wifiShare: number;
}

export interface Person {
  account: string;
  device: Device;
  cohort: Cohort;
  region: Region;
  sim: Carrier;
  /** The phone attaches to cellular with IPv6 (most of China Mobile's do). */
  v6Cell: boolean;
  home: HomeLine | null;
  work: Workplace | null;
  /** At home, how often the phone is on the home Wi-Fi. */
  homeWifi: number;
  /** Someone whose every vote leaves from one address (abroad, a shared terminal). */
  fixedAddress?: { ip: string; net: NetType };
}

export interface Access {
  ip: string;
  net: NetType;
}

const SIM_SHARE: Record<Carrier, number> = { mobile: 0.58, telecom: 0.22, unicom: 0.2 };
const BROADBAND_SHARE: Record<Carrier, number> = { telecom: 0.5, mobile: 0.33, unicom: 0.17 };
const SHARED_NAT: Record<Carrier, number> = { mobile: 0.6, telecom: 0.08, unicom: 0.15 };
const V6_CELL: Record<Carrier, number> = { mobile: 0.72, telecom: 0.6, unicom: 0.5 };
const LEASES = [24, 48, 72, 168, 720];
const LEASE_WEIGHTS = [0.25, 0.25, 0.2, 0.2, 0.1];
const COHORTS: readonly Cohort[] = ['adult', 'elderly', 'youth', 'worker'];
const COHORT_WEIGHTS = [0.6, 0.15, 0.15, 0.1];

function share<K extends string>(rng: Rng, table: Record<K, number>): K {
  const keys = Object.keys(table) as K[];
  return keys[rng.weightedIndex(keys.map((k) => table[k]))];
}

export interface PersonOptions {
  region: Region;
  cohort?: Cohort;
  device?: Device;
  /** undefined: drawn (most people have a home line); null: none. */
  home?: HomeLine | null;
  work?: Workplace | null;
  sim?: Carrier;
  account?: string;
  homeWifi?: number;
}

export class People {
  private readonly workplaces = new Map<string, { list: Workplace[]; weights: number[] }>();

  constructor(
    private readonly rng: Rng,
    private readonly ledger: LedgerBuilder,
    readonly plan: AddressPlan,
  ) {}

  cohort(rng: Rng = this.rng): Cohort {
    return COHORTS[rng.weightedIndex(COHORT_WEIGHTS)];
  }

  homeLine(region: Region, carrier: Carrier = share(this.rng, BROADBAND_SHARE)): HomeLine {
    const rng = this.rng;
    return {
      region,
      carrier,
      seed: rng.uint32(),
      leaseHours: LEASES[rng.weightedIndex(LEASE_WEIGHTS)],
      phase: rng.uniform(0, 720),
      sharedNat: rng.chance(SHARED_NAT[carrier]),
      v6: rng.chance(0.45),
    };
  }

  /** A new workplace: one or two static addresses in front of everyone there. */
  workplace(region: Region, size: number, wifiShare = 0.7): Workplace {
    return { region, addresses: this.plan.staticBlock(this.rng, region, this.rng.chance(0.8) ? 1 : 2), size, wifiShare };
  }

  /** A workplace of the region's own economy: a few big employers, many small offices and shops. */
  someWorkplace(region: Region): Workplace {
    let pool = this.workplaces.get(region.name);
    if (!pool) {
      const list = Array.from({ length: 60 }, () => this.workplace(region, Math.round(this.rng.logNormal(18, 1.1)) + 3, this.rng.uniform(0.4, 0.9)));
      pool = { list, weights: list.map((w) => w.size) };
      this.workplaces.set(region.name, pool);
    }
    return pool.list[this.rng.weightedIndex(pool.weights)];
  }

  person(opts: PersonOptions): Person {
    const rng = this.rng;
    const cohort = opts.cohort ?? this.cohort();
    const sim = opts.sim ?? share(rng, SIM_SHARE);
    const device = opts.device ?? everydayPhone(rng, cohort);
    // Rural and migrant people are likelier to live on 4G alone.
    const hasHome = rng.chance(cohort === 'worker' ? 0.55 : cohort === 'elderly' ? 0.7 : 0.85);
    const home = opts.home !== undefined ? opts.home : hasHome ? this.homeLine(opts.region) : null;
    const work = opts.work !== undefined ? opts.work : cohort === 'adult' && rng.chance(0.4) ? this.someWorkplace(opts.region) : null;
    return {
      account: opts.account ?? this.ledger.newAccount(),
      device,
      cohort,
      region: opts.region,
      sim,
      v6Cell: rng.chance(V6_CELL[sim] * (device.platform === 'ios' ? 1.1 : 1)),
      home,
      work,
      homeWifi: opts.homeWifi ?? rng.uniform(0.55, 0.95),
    };
  }
}

function cellular(plan: AddressPlan, p: Person, t: number, rng: Rng): Access {
  const net: NetType = p.device.fiveG && rng.chance(0.55) ? '5G' : '4G';
  if (p.v6Cell && rng.chance(0.85)) {
    // A fresh attach (and a fresh /64) about once a day, at a time of day that is the phone's own.
    const attach = Math.floor((t / HOUR + (p.device.seed % 24)) / 21);
    return { ip: plan.cellV6(p.region, p.sim, p.device.seed, attach), net };
  }
  return { ip: plan.cellV4(rng, p.region, p.sim), net };
}

function onHomeLine(plan: AddressPlan, p: Person, line: HomeLine, t: number, rng: Rng): Access {
  const lease = Math.floor((t / HOUR + line.phase) / line.leaseHours);
  // Dual-stack homes reach a dual-stack service over IPv6 nearly always (Happy Eyeballs).
  if (line.v6 && p.device.platform !== 'desktop' && rng.chance(0.85)) {
    const day = Math.floor(t / (24 * HOUR));
    return { ip: plan.homeV6(line.region, line.carrier, line.seed, lease, p.device.seed, day), net: 'WIFI' };
  }
  return { ip: plan.homeV4(line.region, line.carrier, line.seed, lease, line.sharedNat), net: 'WIFI' };
}

/** Where a person is at `t` and what that makes their address and NetType. */
export function reach(plan: AddressPlan, p: Person, t: number, rng: Rng): Access {
  if (p.fixedAddress) return p.fixedAddress;
  const hour = clockHour(t);
  const rest = isRestDay(t);
  const deskHours = (hour >= 8.3 && hour < 12) || (hour >= 14 && hour < 17.8);
  if (p.work && !rest && deskHours && (p.device.platform === 'desktop' || rng.chance(p.work.wifiShare))) {
    return { ip: rng.pick(p.work.addresses), net: 'WIFI' };
  }
  const home = p.home;
  const atHome = hour >= 19 || hour < 7.5 || (rest ? rng.chance(0.6) : !p.work && rng.chance(0.5));
  if (home && (p.device.platform === 'desktop' || (atHome && rng.chance(p.homeWifi)))) return onHomeLine(plan, p, home, t, rng);
  return cellular(plan, p, t, rng);
}
