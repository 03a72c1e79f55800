import type { Rng } from '../../heldout/prng';
import { ABROAD, CARRIERS, CELLULAR, HOSTING, JIANGXI, JIANGXI_CITIES, OTHER_PROVINCES, V6, type Carrier } from './address-data';

/** A deterministic 32-bit mix of two numbers: addresses derived from (line, lease) need no stored state. */
export function mix32(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x632be5ab, 0xc2b2ae35)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

const hex = (n: number): string => (n & 0xffff).toString(16);

/** Canonical text of an IPv6 address from its first two groups (given) and six more. */
export function v6Text(prefix: string, groups: readonly number[]): string {
  const all = [...prefix.split(':'), ...groups.map(hex)];
  // RFC 5952: the longest run of two or more zero groups becomes '::'.
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < all.length; ) {
    if (all[i] !== '0') {
      i++;
      continue;
    }
    let j = i;
    while (j < all.length && all[j] === '0') j++;
    if (j - i > bestLen) [best, bestLen] = [i, j - i];
    i = j;
  }
  if (best < 0) return all.join(':');
  return `${all.slice(0, best).join(':')}::${all.slice(best + bestLen).join(':')}`;
}

/** Carrier-grade NAT egresses of a carrier in a region: a few hundred addresses, a handful of them busy. */
class EgressPool {
  private readonly cumulative: Float64Array;
  constructor(readonly addresses: readonly string[]) {
    this.cumulative = new Float64Array(addresses.length);
    let total = 0;
    for (let i = 0; i < addresses.length; i++) this.cumulative[i] = total += 1 / (i + 1) ** 0.8;
  }
  pick(rng: Rng): string {
    const target = rng.next() * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] <= target) lo = mid + 1;
      else hi = mid;
    }
    return this.addresses[lo];
  }
}

export interface Region {
  name: string;
  province: string;
  inJiangxi: boolean;
  /** /16s this region's home lines draw dynamic addresses from. */
  broadband: Record<Carrier, readonly string[]>;
  /** Home broadband sold behind the carrier's own NAT: many homes, a few dozen public addresses. */
  sharedHomeNat: Record<Carrier, readonly string[]>;
  cellular: Record<Carrier, EgressPool>;
  v6Home: Record<Carrier, string>;
  v6Cell: Record<Carrier, string>;
}

const octet = (rng: Rng): number => rng.int(0, 255);
const host = (rng: Rng): number => rng.int(2, 253);

function buildRegion(rng: Rng, name: string, province: string, inJiangxi: boolean, blocks: Record<Carrier, readonly string[]>): Region {
  const pickSome = (list: readonly string[], n: number): string[] => rng.shuffle([...list]).slice(0, Math.min(n, list.length));
  const broadband = {} as Record<Carrier, readonly string[]>;
  const sharedHomeNat = {} as Record<Carrier, readonly string[]>;
  const cellular = {} as Record<Carrier, EgressPool>;
  const v6Home = {} as Record<Carrier, string>;
  const v6Cell = {} as Record<Carrier, string>;
  for (const c of CARRIERS) {
    broadband[c] = pickSome(blocks[c], inJiangxi ? 3 : 4);
    const natBlock = `${rng.pick(blocks[c])}.${octet(rng)}`;
    sharedHomeNat[c] = Array.from({ length: rng.int(24, 64) }, () => `${natBlock}.${host(rng)}`);
    // A region's phones leave through a few /24s; inside them, addresses are busy in a Zipf-like way.
    const egressBlocks = Array.from({ length: rng.int(2, 5) }, () => `${rng.pick(CELLULAR[c])}.${octet(rng)}`);
    const egress = new Set<string>();
    const size = rng.int(90, 260);
    while (egress.size < size) egress.add(`${rng.pick(egressBlocks)}.${host(rng)}`);
    cellular[c] = new EgressPool(rng.shuffle([...egress]));
    v6Home[c] = rng.pick(V6[c].home);
    v6Cell[c] = rng.pick(V6[c].cell);
  }
  return { name, province, inJiangxi, broadband, sharedHomeNat, cellular, v6Home, v6Cell };
}

export type HostingProvider = keyof typeof HOSTING;

/** One ballot's address world: regions with their pools, drawn once from the ballot's stream. */
export class AddressPlan {
  private readonly byName = new Map<string, Region>();
  readonly jiangxi: readonly Region[];
  readonly elsewhere: readonly Region[];
  private readonly nationwideWeights: number[];

  constructor(rng: Rng) {
    this.jiangxi = JIANGXI_CITIES.map((city) => buildRegion(rng, city, JIANGXI.province, true, JIANGXI.broadband));
    this.elsewhere = OTHER_PROVINCES.map((p) => buildRegion(rng, p.province, p.province, false, p.broadband));
    for (const r of [...this.jiangxi, ...this.elsewhere]) this.byName.set(r.name, r);
    // Over half of a Jiangxi ballot's far-flung crowd is still in Jiangxi; the rest left for work.
    const home = 0.55 / this.jiangxi.length;
    this.nationwideWeights = [...this.jiangxi.map(() => home), ...OTHER_PROVINCES.map((p) => p.reach * 0.45)];
  }

  region(name: string): Region {
    const r = this.byName.get(name);
    if (!r) throw new Error(`no region ${name}`);
    return r;
  }

  /** A region for someone in a nationwide crowd (a viral forward, a livestream audience). */
  nationwide(rng: Rng): Region {
    const i = rng.weightedIndex(this.nationwideWeights);
    return i < this.jiangxi.length ? this.jiangxi[i] : this.elsewhere[i - this.jiangxi.length];
  }

  /** A home line's IPv4 address during one lease (PPPoE lines are handed a new one on each redial). */
  homeV4(region: Region, carrier: Carrier, line: number, lease: number, sharedNat: boolean): string {
    const h = mix32(line, lease);
    if (sharedNat) {
      const pool = region.sharedHomeNat[carrier];
      return pool[h % pool.length];
    }
    const blocks = region.broadband[carrier];
    return `${blocks[h % blocks.length]}.${(h >>> 8) & 255}.${2 + ((h >>> 16) % 252)}`;
  }

  /** A device on a home line: the line's delegated prefix (new on redial), the device's own interface id. */
  homeV6(region: Region, carrier: Carrier, line: number, lease: number, device: number, day: number): string {
    const p = mix32(line, lease ^ 0x5bd1e995);
    const iid = mix32(device, day);
    const iid2 = mix32(iid, device);
    return v6Text(region.v6Home[carrier], [p >>> 16, p & 0xfff0, iid >>> 16, iid, iid2 >>> 16, iid2]);
  }

  cellV4(rng: Rng, region: Region, carrier: Carrier): string {
    return region.cellular[carrier].pick(rng);
  }

  /** A phone's IPv6 on cellular: a /64 per attach (about a day) and a temporary interface id. */
  cellV6(region: Region, carrier: Carrier, device: number, attach: number): string {
    const p = mix32(device, attach ^ 0x27d4eb2f);
    const iid = mix32(p, device);
    const iid2 = mix32(iid, attach);
    return v6Text(region.v6Cell[carrier], [p >>> 16, p, iid >>> 16, iid, iid2 >>> 16, iid2]);
  }

  /** A business line's static addresses: `n` consecutive hosts of a small block. */
  staticBlock(rng: Rng, region: Region, n: number, carrier: Carrier = rng.chance(0.7) ? 'telecom' : 'unicom'): string[] {
    const net = `${rng.pick(region.broadband[carrier])}.${octet(rng)}`;
    const base = 8 * rng.int(0, 29) + 1;
    return Array.from({ length: n }, (_, i) => `${net}.${base + i}`);
  }

  /** A /24 of a cloud or IDC provider, as "a.b.c". */
  hostingBlock(rng: Rng, provider: HostingProvider): string {
    return `${rng.pick(HOSTING[provider])}.${octet(rng)}`;
  }

  /** Any home line in a region, for a one-off address (a proxy exit, a visitor). */
  anyHome(rng: Rng, region: Region): string {
    const carrier = rng.pick(CARRIERS);
    return this.homeV4(region, carrier, rng.uint32(), 0, false);
  }

  abroad(rng: Rng, country: keyof typeof ABROAD): string {
    return `${rng.pick(ABROAD[country])}.${octet(rng)}.${host(rng)}`;
  }
}
