import type { Rng } from '../../heldout/prng';

/**
 * Where votes come from, as an address. Phones on mobile data share their carrier's CGNAT egress
 * addresses (a limited set of /24s per carrier and city, some busier than others, so strangers
 * share addresses); households have one broadband address; offices, schools and government
 * buildings leave through a few consecutive addresses of a dedicated line; cloud hosts sit in
 * the Chengdu regions of the big providers. The ranges are Sichuan's carriers' (from public
 * allocation lists as I remember them), other provinces' residential ranges, and cloud ranges.
 */
export type Carrier = 'mobile' | 'telecom' | 'unicom';

const SICHUAN: Record<Carrier, readonly string[]> = {
  mobile: ['223.85', '223.86', '223.87', '183.221', '183.222', '183.223', '117.172', '117.173', '117.174', '117.175', '112.45', '111.9'],
  telecom: ['171.208', '171.210', '171.213', '171.216', '171.221', '125.64', '125.65', '125.69', '125.70', '118.112', '118.116', '182.139', '182.144', '182.149'],
  unicom: ['119.4', '119.5', '119.6', '101.204', '101.205', '101.206', '101.207', '221.10', '221.236', '221.237', '110.184', '110.185'],
};

/** Residential and mobile ranges in other provinces (a proxy pool's or a migrant's exits). */
export const ELSEWHERE: readonly string[] = [
  '113.66', '113.87', '14.18', '14.23', '117.136', '112.96', '223.104', '120.229', // Guangdong
  '115.196', '115.204', '183.156', '183.157', '60.186', // Zhejiang
  '113.250', '222.178', '183.230', '106.91', // Chongqing
  '27.17', '58.48', '59.174', '221.232', // Hubei
  '36.157', '106.39', '123.147', '61.140', // Hunan, Shaanxi, Guizhou, Yunnan
  '180.110', '114.222', '49.77', '223.73', '39.144', // Jiangsu, Henan, Shandong, Hebei
];

/** Cloud ranges in Chengdu and nearby regions (Alibaba, Tencent, Huawei, UCloud, Baidu, JD). */
export const HOSTING: readonly string[] = ['47.108', '47.109', '8.137', '118.24', '139.155', '175.27', '124.70', '121.37', '106.75', '180.76', '116.198'];

export interface Cgnat {
  prefixes: string[];
  weights: number[];
}

const CARRIER_SHARE: Record<Carrier, number> = { mobile: 0.58, telecom: 0.25, unicom: 0.17 };

export class Networks {
  private readonly cgnat = new Map<string, Cgnat>();
  private readonly usedPrefixes = new Set<string>();

  constructor(private readonly rng: Rng) {}

  carrier(rng: Rng): Carrier {
    const r = rng.next();
    return r < CARRIER_SHARE.mobile ? 'mobile' : r < CARRIER_SHARE.mobile + CARRIER_SHARE.telecom ? 'telecom' : 'unicom';
  }

  /** A /24 never handed out before in this run (so a NAT or a cloud block is nobody else's). */
  private freshPrefix(blocks: readonly string[]): string {
    for (;;) {
      const p = `${this.rng.pick(blocks)}.${this.rng.int(0, 255)}`;
      if (!this.usedPrefixes.has(p)) {
        this.usedPrefixes.add(p);
        return p;
      }
    }
  }

  /** The CGNAT egress pool of a carrier in a city: 8–30 /24s, Zipf-skewed. */
  private pool(city: string, carrier: Carrier): Cgnat {
    const key = `${city}:${carrier}`;
    let pool = this.cgnat.get(key);
    if (!pool) {
      const big = city === '成都' ? 2 : 1;
      const n = big * (carrier === 'mobile' ? this.rng.int(16, 30) : this.rng.int(8, 14));
      const prefixes = Array.from({ length: n }, () => this.freshPrefix(SICHUAN[carrier]));
      pool = { prefixes, weights: prefixes.map((_, i) => 1 / (i + 1) ** 0.8) };
      this.cgnat.set(key, pool);
    }
    return pool;
  }

  /** An address a phone on mobile data gets for one session. */
  mobile(rng: Rng, city: string, carrier: Carrier): string {
    const pool = this.pool(city, carrier);
    // CGNAT egress hosts sit in a part of each /24.
    return `${pool.prefixes[rng.weightedIndex(pool.weights)]}.${rng.int(2, 120)}`;
  }

  /** A household broadband address (fixed for the week unless the modem redials). */
  broadband(rng: Rng, carrier: Carrier = this.carrier(rng)): string {
    const blocks = SICHUAN[carrier === 'mobile' && rng.chance(0.5) ? 'telecom' : carrier];
    return `${rng.pick(blocks)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  }

  /** An address on some other province's residential or mobile network. */
  elsewhere(rng: Rng): string {
    return `${rng.pick(ELSEWHERE)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  }

  /** `n` consecutive exit addresses of a dedicated line (office, school, government NAT). */
  natExits(n: number): string[] {
    const p = this.freshPrefix([...SICHUAN.telecom, ...SICHUAN.unicom]);
    const first = this.rng.int(2, 250 - n);
    return Array.from({ length: n }, (_, i) => `${p}.${first + i}`);
  }

  /** A cloud /24 (as "a.b.c"), nobody else's in this run. */
  hostingPrefix(): string {
    return this.freshPrefix(HOSTING);
  }
}

/** The /24 of an address ("a.b.c"). */
export function prefixOf(ip: string): string {
  return ip.slice(0, ip.lastIndexOf('.'));
}
