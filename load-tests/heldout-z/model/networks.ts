import type { Rng } from '../../heldout/prng';
import { LEAGUE_IDS, type League } from './ballot';

/**
 * Where a vote's address comes from. Mobile data leaves through carrier CGNAT: per carrier and
 * league a limited set of egress /24s, so strangers share addresses; a rural sumu's base station
 * reaches the internet through a couple of addresses only. Prefixes are plausible, from memory,
 * not a registry: Inner Mongolia Unicom 1.24/13 and 110.16/14, Telecom 222.74/15, Mobile
 * 111.56/16 and 117.161/16; Beijing, other provinces, clouds, Mongolia and Russia elsewhere.
 */
export type Carrier = 'mobile' | 'unicom' | 'telecom';

const CARRIER_BLOCKS: Record<Carrier, ReadonlyArray<[number, number]>> = {
  mobile: [[111, 56], [117, 161], [223, 112]],
  unicom: [[1, 24], [1, 26], [110, 16], [110, 17], [116, 113]],
  telecom: [[222, 74], [222, 75], [61, 134]],
};
const CARRIER_POOL: Record<Carrier, number> = { mobile: 18, unicom: 10, telecom: 6 };

export const BEIJING: Record<Carrier, ReadonlyArray<[number, number]>> = {
  mobile: [[111, 192], [111, 193], [223, 104]],
  unicom: [[123, 112], [123, 113], [114, 242], [61, 148]],
  telecom: [[106, 120], [106, 121]],
};
/** Home broadband of other provinces (Hebei, Shandong, Henan, Liaoning, Shanxi, Heilongjiang, Guangdong, Jiangsu). */
const PROVINCES: ReadonlyArray<[number, number]> = [
  [121, 28], [121, 29], [60, 208], [60, 209], [123, 52], [123, 53], [42, 226], [42, 227], [60, 220], [221, 204], [113, 100], [183, 38], [117, 89], [58, 216], [114, 221], [36, 98],
];
/** Cloud ranges: Alibaba North China, Tencent Beijing, and data-centre hosts in Ulanqab and Horinger. */
export const CLOUD: ReadonlyArray<[number, number]> = [
  [47, 93], [47, 94], [39, 105], [39, 106], [8, 142], [101, 42], [123, 56], [121, 36], [124, 70], [114, 115],
];
/** Mongolia (Mobicom, Unitel, Skytel) and Zabaykalsky Krai (MTS, Beeline) mobile. */
const MONGOLIA: ReadonlyArray<[number, number]> = [[202, 131], [202, 179], [103, 57], [66, 181], [180, 149]];
const RUSSIA_EAST: ReadonlyArray<[number, number]> = [[95, 188], [176, 59], [85, 140]];

export type Wire = { ip: string; net: 'WIFI' | '4G' | '5G' };

export class Networks {
  private readonly pools = new Map<string, string[]>();

  constructor(private readonly rng: Rng) {}

  private prefix(blocks: ReadonlyArray<[number, number]>): string {
    const [a, b] = this.rng.pick(blocks);
    return `${a}.${b}.${this.rng.int(0, 255)}`;
  }

  /** A named, fixed set of addresses (a NAT, a base station, a line), made on first use. */
  pool(name: string, size: number, blocks: ReadonlyArray<[number, number]>, consecutive = true): string[] {
    let p = this.pools.get(name);
    if (!p) {
      const prefix = this.prefix(blocks);
      const first = this.rng.int(2, 250 - size);
      p = Array.from({ length: size }, (_, i) => (consecutive ? `${prefix}.${first + i}` : `${this.prefix(blocks)}.${this.rng.int(2, 253)}`));
      this.pools.set(name, p);
    }
    return p;
  }

  private cgnat(key: string, blocks: ReadonlyArray<[number, number]>, size: number): string[] {
    let p = this.pools.get(key);
    if (!p) {
      p = Array.from({ length: size }, () => this.prefix(blocks));
      this.pools.set(key, p);
    }
    return p;
  }

  /** A mobile-data egress address of a league's carrier CGNAT (skewed toward its busiest /24s). */
  mobile(rng: Rng, league: League, carrier: Carrier = this.carrier(rng)): string {
    const p = this.cgnat(`cgnat:${league}:${carrier}`, CARRIER_BLOCKS[carrier], CARRIER_POOL[carrier]);
    const i = Math.min(p.length - 1, Math.floor(rng.exponential(p.length / 3)));
    return `${p[i]}.${rng.int(1, 254)}`;
  }

  carrier(rng: Rng): Carrier {
    const r = rng.next();
    return r < 0.62 ? 'mobile' : r < 0.87 ? 'unicom' : 'telecom';
  }

  /** A rural sumu's base station: two or three CGNAT addresses for everyone in range. */
  sumu(league: League, sumu: number): string[] {
    return this.pool(`sumu:${league}:${sumu}`, this.rng.int(2, 3), CARRIER_BLOCKS.mobile, false);
  }

  /** A household broadband line (Telecom or Unicom of the league). */
  broadband(rng: Rng, league: League): string {
    const carrier: Carrier = rng.chance(0.55) ? 'telecom' : 'unicom';
    const p = this.cgnat(`bb:${league}:${carrier}`, CARRIER_BLOCKS[carrier], 40);
    return `${rng.pick(p)}.${rng.int(2, 253)}`;
  }

  beijingMobile(rng: Rng): string {
    const carrier = this.carrier(rng);
    const p = this.cgnat(`cgnat:beijing:${carrier}`, BEIJING[carrier], 16);
    return `${p[Math.min(p.length - 1, Math.floor(rng.exponential(5)))]}.${rng.int(1, 254)}`;
  }

  beijingHome(rng: Rng): string {
    const p = this.cgnat('bb:beijing', [...BEIJING.unicom, ...BEIJING.telecom], 60);
    return `${rng.pick(p)}.${rng.int(2, 253)}`;
  }

  /** A home line somewhere else in China (what a residential-proxy pool also hands out). */
  province(rng: Rng): string {
    return `${this.prefix(PROVINCES)}.${rng.int(2, 253)}`;
  }

  mongolia(rng: Rng): string {
    const p = this.cgnat('cgnat:mongolia', MONGOLIA, 8);
    return `${rng.pick(p)}.${rng.int(1, 254)}`;
  }

  russiaEast(rng: Rng): string {
    const p = this.cgnat('cgnat:russia', RUSSIA_EAST, 5);
    return `${rng.pick(p)}.${rng.int(1, 254)}`;
  }

  /** A cloud /24 (for scripts): its prefix, e.g. "47.93.118". */
  cloudPrefix(): string {
    return this.prefix(CLOUD);
  }

  /** An Inner Mongolia home or mobile address anywhere in the region. */
  anywhere(rng: Rng): string {
    const l = rng.pick(LEAGUE_IDS);
    return rng.chance(0.5) ? this.mobile(rng, l) : this.broadband(rng, l);
  }
}

export const MOBILE_BLOCKS = CARRIER_BLOCKS.mobile;
export const TELECOM_BLOCKS = CARRIER_BLOCKS.telecom;
export const UNICOM_BLOCKS = CARRIER_BLOCKS.unicom;
