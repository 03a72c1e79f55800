import type { Rng } from '../../heldout/prng';
import { ABROAD, PREFECTURES, PROVINCES, type Abroad, type Prefecture, type Province } from './places';

/**
 * Where a vote comes from on the network. Set H's own picture of Gansu's networks in 2025:
 *
 * - Phones on mobile data sit behind the carriers' carrier-grade NAT: a prefecture's 4G/5G users
 *   leave through a few hundred public addresses, shared at once by strangers. Domestic roaming
 *   data goes home first, so a Gansu SIM in Guangzhou still shows a Gansu address.
 * - Home broadband: China Telecom and China Unicom still hand most homes a public address that
 *   changes when the line redials (every few days); China Mobile's broadband is NATed like its
 *   phones, so whole neighbourhoods share a few addresses.
 * - Offices, schools, hospitals and campuses leave through one or a few fixed addresses.
 * - Some ballots are served dual-stack; then phones often arrive over IPv6, one /64 per phone.
 *
 * The blocks are the carriers' and clouds' public ranges as commonly attributed to each province;
 * they are plausible, not an authoritative registry.
 */

export type Carrier = 'mobile' | 'telecom' | 'unicom';
export const CARRIERS: readonly Carrier[] = ['mobile', 'telecom', 'unicom'];

export interface Block {
  base: number;
  size: number;
}

export function cidr(text: string): Block {
  const [addr, len] = text.split('/');
  const parts = addr.split('.').map(Number);
  const base = ((parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]) >>> 0;
  return { base, size: 2 ** (32 - Number(len)) };
}

export function ipv4(n: number): string {
  return `${n >>> 24}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

/** A host address (not .0 or .255) drawn uniformly from a list of blocks weighted by size. */
export function hostIn(rng: Rng, blocks: readonly Block[]): number {
  let total = 0;
  for (const b of blocks) total += b.size;
  let r = Math.floor(rng.next() * total);
  for (const b of blocks) {
    if (r < b.size) {
      const n = (b.base + r) >>> 0;
      const last = n & 255;
      return last === 0 ? n + 1 : last === 255 ? n - 1 : n;
    }
    r -= b.size;
  }
  return blocks[0].base + 1;
}

/** An aligned sub-block of 2^(32-len) addresses somewhere in `blocks`. */
function subBlock(rng: Rng, blocks: readonly Block[], len: number): Block {
  const size = 2 ** (32 - len);
  const n = hostIn(rng, blocks);
  return { base: n - (n % size), size };
}

interface CarrierRanges {
  fixed: string[];
  mobile: string[];
  v6mobile: string;
  v6fixed: string;
}

const GANSU: Record<Carrier, CarrierRanges> = {
  telecom: { fixed: ['118.180.0.0/14', '61.178.0.0/16', '60.164.0.0/15', '125.74.0.0/16', '202.100.64.0/18'], mobile: ['27.224.0.0/14'], v6mobile: '240e:3b8', v6fixed: '240e:35a' },
  mobile: { fixed: ['117.156.0.0/15'], mobile: ['39.144.208.0/21', '36.142.0.0/16'], v6mobile: '2409:8962', v6fixed: '2409:8a62' },
  unicom: { fixed: ['221.7.32.0/19', '60.13.0.0/16'], mobile: ['124.152.0.0/16', '42.90.0.0/15'], v6mobile: '2408:8460', v6fixed: '2408:8262' },
};

const ELSEWHERE: Record<string, Record<Carrier, CarrierRanges>> = {
  xinjiang: r(['124.117.0.0/16', '202.100.160.0/19'], ['117.190.0.0/16'], ['124.88.0.0/16'], ['223.104.180.0/22', '117.191.0.0/16'], ['124.89.0.0/16'], ['110.157.0.0/16']),
  shaanxi: r(['117.32.0.0/13', '113.140.0.0/15'], ['111.19.0.0/16'], ['123.138.0.0/15'], ['223.104.204.0/23', '111.20.0.0/16'], ['117.36.0.0/16'], ['123.139.60.0/22']),
  guangdong: r(['113.64.0.0/11', '14.16.0.0/12', '183.0.0.0/10'], ['120.229.0.0/16'], ['58.248.0.0/13'], ['120.230.0.0/16', '223.104.64.0/20'], ['183.60.0.0/16'], ['112.96.0.0/13']),
  zhejiang: r(['60.176.0.0/12', '115.192.0.0/11', '122.224.0.0/12'], ['112.10.0.0/15'], ['101.68.0.0/14'], ['39.144.120.0/21', '112.17.0.0/16'], ['115.236.0.0/16'], ['60.12.0.0/16']),
  jiangsu: r(['114.216.0.0/13', '180.96.0.0/11'], ['112.2.0.0/15'], ['58.240.0.0/13'], ['39.144.152.0/21', '112.20.0.0/16'], ['49.64.0.0/16'], ['221.6.0.0/16']),
  beijing: r(['219.142.0.0/16', '106.37.0.0/16'], ['120.244.0.0/16'], ['123.112.0.0/12', '114.240.0.0/12'], ['120.245.0.0/16'], ['106.39.0.0/16'], ['111.196.0.0/16']),
  shanghai: r(['116.224.0.0/12', '180.152.0.0/13'], ['117.131.0.0/16'], ['58.246.0.0/15'], ['117.136.120.0/21', '223.104.212.0/22'], ['101.80.0.0/16'], ['112.64.0.0/16']),
  qinghai: r(['223.220.0.0/15'], ['111.12.0.0/16'], ['221.207.0.0/18'], ['39.144.224.0/22'], ['1.203.0.0/17'], ['221.207.64.0/18']),
  ningxia: r(['222.75.0.0/16'], ['111.113.0.0/16'], ['42.63.0.0/16'], ['39.144.74.0/23', '111.114.0.0/16'], ['222.76.0.0/16'], ['42.63.128.0/17']),
  sichuan: r(['171.208.0.0/12', '182.144.0.0/13'], ['223.85.0.0/16'], ['118.112.0.0/13'], ['39.144.140.0/22', '223.87.0.0/16'], ['182.150.0.0/16'], ['119.4.0.0/16']),
  henan: r(['171.8.0.0/13'], ['39.148.0.0/16'], ['123.52.0.0/14', '125.40.0.0/13'], ['39.144.24.0/21', '39.149.0.0/16'], ['171.12.0.0/16'], ['42.236.0.0/16']),
  shandong: r(['119.176.0.0/12'], ['120.225.0.0/16'], ['60.208.0.0/12'], ['120.224.0.0/16', '223.104.188.0/22'], ['27.223.0.0/16'], ['112.224.0.0/11']),
  hubei: r(['59.172.0.0/14', '58.48.0.0/13'], ['120.202.0.0/16'], ['27.16.0.0/12'], ['120.203.0.0/16'], ['171.113.0.0/16'], ['27.17.0.0/16']),
  fujian: r(['120.32.0.0/13', '110.80.0.0/13'], ['112.5.0.0/16'], ['36.248.0.0/14'], ['39.144.248.0/22', '112.48.0.0/16'], ['117.25.0.0/16'], ['36.250.0.0/16']),
};

/** fixed telecom, fixed mobile, fixed unicom, mobile-data mobile, mobile-data telecom, mobile-data unicom. */
function r(tf: string[], mf: string[], uf: string[], mm: string[], tm: string[], um: string[]): Record<Carrier, CarrierRanges> {
  return {
    telecom: { fixed: tf, mobile: tm, v6mobile: '240e:46c', v6fixed: '240e:3a1' },
    mobile: { fixed: mf, mobile: mm, v6mobile: '2409:8954', v6fixed: '2409:8a55' },
    unicom: { fixed: uf, mobile: um, v6mobile: '2408:8456', v6fixed: '2408:8207' },
  };
}

const OVERSEAS: Record<string, string[]> = {
  uae: ['94.200.0.0/14', '5.30.0.0/15'],
  malaysia: ['175.136.0.0/13', '60.48.0.0/13'],
  kazakhstan: ['2.132.0.0/14', '95.56.0.0/14'],
  saudi: ['37.224.0.0/13', '188.48.0.0/13'],
  egypt: ['41.232.0.0/13', '156.192.0.0/11'],
};

/** Cloud regions a script rents servers in. */
export const HOSTING: Record<string, string[]> = {
  aliyun: ['47.92.0.0/14', '47.108.0.0/15', '39.101.0.0/16', '121.40.0.0/14', '8.130.0.0/16'],
  tencent: ['43.139.0.0/16', '49.234.0.0/15', '81.68.0.0/15', '124.220.0.0/14', '119.29.0.0/16'],
  huawei: ['121.36.0.0/16', '124.70.0.0/16', '139.9.0.0/16'],
  cmcloud: ['36.138.0.0/16'],
};

/** Lanzhou's campuses on CERNET. */
export const CAMPUS_BLOCKS: Record<string, string> = {
  lzu: '202.201.0.0/19',
  xbmu: '210.26.48.0/20',
  nwnu: '219.246.64.0/18',
};

/** A carrier's market share among Gansu phone users, and among Gansu home broadband lines. */
export const MOBILE_SHARE: Record<Carrier, number> = { mobile: 0.6, telecom: 0.23, unicom: 0.17 };
export const BROADBAND_SHARE: Record<Carrier, number> = { telecom: 0.46, mobile: 0.44, unicom: 0.1 };

/** Which network pools a phone or home line belongs to. */
export type Area = { kind: 'gansu'; pref: Prefecture } | { kind: 'province'; province: Province } | { kind: 'abroad'; abroad: Abroad };

export function areaKey(a: Area): string {
  return a.kind === 'gansu' ? `gs:${a.pref.key}` : a.kind === 'province' ? `pv:${a.province.key}` : `ab:${a.abroad.key}`;
}

/** One carrier-grade NAT pool: a few /24s, each with a run of public addresses in use. */
interface NatPool {
  ranges: { base: number; count: number }[];
}

function natPool(rng: Rng, blocks: readonly Block[], nets: number, lo: number, hi: number): NatPool {
  const ranges: NatPool['ranges'] = [];
  for (let i = 0; i < nets; i++) {
    const net = subBlock(rng, blocks, 24);
    const count = rng.int(lo, hi);
    const first = rng.int(1, 255 - count);
    ranges.push({ base: net.base + first, count });
  }
  return { ranges };
}

function fromPool(rng: Rng, p: NatPool): number {
  const g = p.ranges[Math.floor(rng.next() * p.ranges.length)];
  return g.base + Math.floor(rng.next() * g.count);
}

export interface HomeLine {
  carrier: Carrier;
  /** Public addresses the line holds in turn (a redial moves to the next), or a shared NAT pool. */
  addresses?: number[];
  redialMs?: number;
  phase?: number;
  pool?: NatPool;
  area: Area;
  /** The household's IPv6 /60-ish prefix, as text without the last groups. */
  v6?: string;
}

/** The networks of one generated ballot: its pools are drawn once per run. */
export class Networks {
  private readonly mobilePools = new Map<string, NatPool>();
  private readonly fixedRegions = new Map<string, Block[]>();
  private readonly homeNat = new Map<string, NatPool>();

  constructor(
    private readonly rng: Rng,
    /** Share of phone and home votes that arrive over IPv6 (0 when the ballot is IPv4 only). */
    readonly v6Mobile: number,
    readonly v6Home: number,
  ) {
    // Draw every pool up front, in a fixed order, so a family that asks for a pool first does not
    // change the addresses of any other.
    for (const pref of PREFECTURES) for (const c of CARRIERS) this.prepare({ kind: 'gansu', pref }, c);
    for (const province of PROVINCES) for (const c of CARRIERS) this.prepare({ kind: 'province', province }, c);
    for (const abroad of ABROAD) this.prepare({ kind: 'abroad', abroad }, 'mobile');
  }

  private ranges(area: Area, c: Carrier): CarrierRanges {
    if (area.kind === 'gansu') return GANSU[c];
    if (area.kind === 'province') return ELSEWHERE[area.province.key][c];
    const blocks = OVERSEAS[area.abroad.key];
    return { fixed: blocks, mobile: blocks, v6mobile: '2a02:e0', v6fixed: '2a02:e1' };
  }

  private prepare(area: Area, c: Carrier): void {
    const key = `${areaKey(area)}:${c}`;
    const rr = this.ranges(area, c);
    const big = area.kind === 'gansu' ? ['lanzhou', 'tianshui', 'dingxi', 'longnan', 'qingyang', 'linxia'].includes(area.pref.key) : true;
    this.mobilePools.set(key, natPool(this.rng, rr.mobile.map(cidr), big ? this.rng.int(3, 6) : this.rng.int(1, 3), 60, 250));
    this.fixedRegions.set(key, [subBlock(this.rng, rr.fixed.map(cidr), 18), subBlock(this.rng, rr.fixed.map(cidr), 19)]);
    this.homeNat.set(key, natPool(this.rng, rr.fixed.map(cidr), big ? this.rng.int(2, 4) : this.rng.int(1, 2), 40, 160));
  }

  /** A public address a phone on mobile data shows right now: one of its carrier's NAT addresses. */
  mobileIp(rng: Rng, area: Area, c: Carrier): number {
    return fromPool(rng, this.mobilePools.get(`${areaKey(area)}:${c}`) as NatPool);
  }

  /** A home line: public and redialled every few days (Telecom, Unicom), or behind Mobile's NAT. */
  homeLine(rng: Rng, area: Area, c: Carrier): HomeLine {
    const key = `${areaKey(area)}:${c}`;
    const line: HomeLine = { carrier: c, area };
    if (c === 'mobile' || rng.chance(0.12)) line.pool = this.homeNat.get(key);
    else {
      const region = this.fixedRegions.get(key) as Block[];
      line.addresses = Array.from({ length: 8 }, () => hostIn(rng, region));
      line.redialMs = rng.pick([2, 3, 4, 7]) * 86_400_000;
      line.phase = rng.next();
    }
    const rr = this.ranges(area, c);
    line.v6 = `${rr.v6fixed}:${hex4(rng).toString(16)}:${(hex4(rng) & 0xfff0).toString(16)}`;
    return line;
  }

  /** The address a home line shows at an instant. */
  homeIp(rng: Rng, line: HomeLine, at: number): number {
    if (line.pool) return fromPool(rng, line.pool);
    const addrs = line.addresses as number[];
    const epoch = Math.floor(at / (line.redialMs as number) + (line.phase as number));
    return addrs[((epoch % addrs.length) + addrs.length) % addrs.length];
  }

  /** A fixed address for an office, a school or a shop: one host from the area's broadband ranges. */
  fixedIp(rng: Rng, area: Area, c: Carrier): number {
    return hostIn(rng, this.fixedRegions.get(`${areaKey(area)}:${c}`) as Block[]);
  }

  /** A phone's IPv6 address on mobile data: its carrier's prefix, a per-phone /64, a random interface id. */
  mobileV6(rng: Rng, area: Area, c: Carrier, phoneKey: number, day: number): string {
    const rr = this.ranges(area, c);
    // The /64 is handed out per attach; a phone keeps it for about a day.
    const h = mix(phoneKey * 31 + day);
    return `${rr.v6mobile}:${(h & 0xffff).toString(16)}:${((h >>> 16) & 0xffff).toString(16)}:${iid(rng)}`;
  }

  homeV6(rng: Rng, line: HomeLine): string {
    return `${line.v6}:${iid(rng)}`;
  }
}

function hex4(rng: Rng): number {
  return 0x1000 + (rng.uint32() % 0xefff);
}

/** Four random groups: an RFC 4941 temporary interface id. */
function iid(rng: Rng): string {
  const a = rng.uint32();
  const b = rng.uint32();
  return `${(a >>> 16).toString(16)}:${(a & 0xffff).toString(16)}:${(b >>> 16).toString(16)}:${(b & 0xffff).toString(16)}`;
}

function mix(x: number): number {
  let h = Math.imul(x ^ 0x9e3779b9, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/** A carrier drawn by market share. */
export function pickCarrier(rng: Rng, shares: Record<Carrier, number>): Carrier {
  return CARRIERS[rng.weightedIndex(CARRIERS.map((c) => shares[c]))];
}

export function hostingPool(rng: Rng, cloud: string): Block {
  return subBlock(rng, HOSTING[cloud].map(cidr), 24);
}

export function campusBlock(key: string): Block {
  return cidr(CAMPUS_BLOCKS[key]);
}
