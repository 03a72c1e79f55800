import type { Rng } from '../../heldout/prng';
import type { Region } from './ballot';

/**
 * Where votes come from on the wire. Mobile data leaves through carrier CGNAT, so a prefecture's
 * subscribers share a limited set of egress /24s (strangers share addresses); home broadband
 * has one address per household (redialled now and then); offices, schools and hospitals sit
 * behind a few NAT addresses; migrants, people abroad and hosting ranges have their own space.
 */
export type Carrier = 'mobile' | 'unicom' | 'telecom';
export type Elsewhere = 'zhejiang' | 'guangdong' | 'shanghai' | 'fujian' | 'sichuan';
export type Abroad = 'thailand' | 'malaysia' | 'laos' | 'myanmar' | 'singapore';

/** First two octets of the ranges each operator uses (public allocations, spread out by region below). */
const MOBILE_SPACE: Record<Carrier, readonly string[]> = {
  mobile: ['223.104', '39.144', '39.130', '111.23', '36.143'],
  unicom: ['112.112', '42.49', '101.206', '140.243'],
  telecom: ['106.61', '182.240', '14.16', '117.136'],
};
const BROADBAND_SPACE: Record<Carrier, readonly string[]> = {
  telecom: ['116.52', '116.53', '116.54', '116.55', '182.246', '182.247', '222.219', '222.221'],
  unicom: ['14.204', '14.205', '58.59', '220.165'],
  mobile: ['36.106', '120.227', '111.50', '183.224'],
};
const ELSEWHERE_SPACE: Record<Elsewhere, readonly string[]> = {
  zhejiang: ['223.104', '39.188', '115.196', '122.233', '60.186'],
  guangdong: ['223.104', '120.229', '113.110', '183.39', '14.127'],
  shanghai: ['117.143', '101.86', '180.166', '116.228'],
  fujian: ['117.136', '110.84', '36.248', '27.154'],
  sichuan: ['223.87', '171.216', '182.150', '118.113'],
};
const ABROAD_SPACE: Record<Abroad, readonly string[]> = {
  thailand: ['49.228', '171.96', '171.97', '183.88', '1.46'],
  malaysia: ['175.136', '115.132', '60.51', '113.210'],
  laos: ['115.84', '103.43', '183.182'],
  myanmar: ['37.111', '103.25', '136.228'],
  singapore: ['116.86', '118.200', '42.60'],
};
/** Hosting: Alibaba Cloud, Tencent Cloud, Huawei Cloud, a Guangdong IDC. */
const CLOUD_SPACE = ['47.108', '47.109', '8.137', '43.139', '119.91', '162.14', '121.37', '124.70', '106.75', '180.184'];
/** Government, school and hospital leased lines in Yunnan. */
const INSTITUTION_SPACE = ['220.163', '222.172', '116.249', '61.166', '202.203'];

const REGION_CARRIER: Record<Region, readonly number[]> = {
  // mobile, unicom, telecom shares of mobile subscribers
  kunming: [0.55, 0.2, 0.25],
  central: [0.65, 0.15, 0.2],
  border: [0.7, 0.12, 0.18],
  northeast: [0.72, 0.1, 0.18],
  northwest: [0.62, 0.16, 0.22],
};
const CARRIERS: readonly Carrier[] = ['mobile', 'unicom', 'telecom'];

export class Networks {
  private readonly pools = new Map<string, string[]>();

  constructor(private readonly rng: Rng) {}

  /** A fixed set of /24s for a key, drawn once from the set's network stream. */
  private pool(key: string, space: readonly string[], size: number): string[] {
    let p = this.pools.get(key);
    if (!p) {
      p = [];
      const seen = new Set<string>();
      while (p.length < size) {
        const prefix = `${this.rng.pick(space)}.${this.rng.int(0, 255)}`;
        if (!seen.has(prefix)) {
          seen.add(prefix);
          p.push(prefix);
        }
      }
      this.pools.set(key, p);
    }
    return p;
  }

  carrier(rng: Rng, region: Region): Carrier {
    return CARRIERS[rng.weightedIndex(REGION_CARRIER[region])];
  }

  /** A CGNAT egress address of a carrier in a prefecture: skewed to its busiest /24s. */
  mobile(rng: Rng, carrier: Carrier, place: string): string {
    const p = this.pool(`m:${carrier}:${place}`, MOBILE_SPACE[carrier], carrier === 'mobile' ? 24 : 12);
    const i = Math.min(p.length - 1, Math.floor(rng.exponential(p.length / 3)));
    return `${p[i]}.${rng.int(1, 254)}`;
  }

  /** A household's broadband address in a prefecture. */
  broadband(rng: Rng, carrier: Carrier, place: string): string {
    const p = this.pool(`b:${carrier}:${place}`, BROADBAND_SPACE[carrier], 40);
    return `${rng.pick(p)}.${rng.int(2, 254)}`;
  }

  /** Mobile or broadband in another province (migrants, proxies). */
  elsewhere(rng: Rng, province: Elsewhere): string {
    const p = this.pool(`e:${province}`, ELSEWHERE_SPACE[province], 60);
    return `${rng.pick(p)}.${rng.int(2, 254)}`;
  }

  abroad(rng: Rng, country: Abroad): string {
    const p = this.pool(`a:${country}`, ABROAD_SPACE[country], 20);
    return `${rng.pick(p)}.${rng.int(2, 254)}`;
  }

  /** `n` addresses of one hosting /24 (a rented server or two), fresh for each call. */
  cloud(rng: Rng, n: number): string[] {
    const prefix = `${rng.pick(CLOUD_SPACE)}.${rng.int(0, 255)}`;
    const first = rng.int(2, 250 - n);
    return Array.from({ length: n }, (_, i) => `${prefix}.${first + i * rng.int(1, 2)}`);
  }

  /** An institution's NAT: `n` consecutive addresses of a leased /24. */
  nat(rng: Rng, n: number): string[] {
    const prefix = `${rng.pick(INSTITUTION_SPACE)}.${rng.int(0, 255)}`;
    const first = rng.int(2, 250 - n);
    return Array.from({ length: n }, (_, i) => `${prefix}.${first + i}`);
  }
}
