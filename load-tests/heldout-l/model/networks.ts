import type { Rng } from '../../heldout/prng';

export type Carrier = 'mobile' | 'telecom' | 'unicom';

/** First two octets of each carrier's Hunan blocks, and of Guangdong's (for the diaspora). */
const HUNAN: Record<Carrier, string[]> = {
  mobile: ['111.8', '111.22', '120.226', '120.227', '223.144', '223.152', '39.149', '36.158'],
  telecom: ['175.0', '175.8', '222.240', '222.244', '124.228', '113.218', '113.246', '59.51'],
  unicom: ['58.20', '110.53', '118.250', '118.254', '220.168', '220.202'],
};
const GUANGDONG: Record<Carrier, string[]> = {
  mobile: ['120.229', '120.230', '183.232', '183.238', '112.96', '223.104'],
  telecom: ['14.16', '14.116', '113.87', '113.110', '119.123', '183.14'],
  unicom: ['58.248', '112.90', '163.177', '221.4'],
};
const ELSEWHERE = ['101.80', '114.88', '117.136', '123.120', '171.8', '182.148', '27.16', '61.140', '106.38', '125.70'];
/** South China hosting ranges (Alibaba, Tencent, Huawei clouds). */
const CLOUD = ['47.106', '47.107', '47.112', '8.134', '8.138', '120.24', '43.136', '43.139', '101.33', '119.29', '121.37', '139.9'];

const CARRIER_SHARE: Array<[Carrier, number]> = [['mobile', 0.58], ['telecom', 0.26], ['unicom', 0.16]];

function octet(rng: Rng): number {
  return rng.int(1, 254);
}

/** Address plans: carrier CGNAT pools per city, home broadband, institutional NATs, hosting. */
export class Networks {
  private readonly pools = new Map<string, string[]>();
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  carrier(r: Rng): Carrier {
    return CARRIER_SHARE[r.weightedIndex(CARRIER_SHARE.map((c) => c[1]))][0];
  }

  /** A city's CGNAT egress /24s for one carrier: a few dozen, skewed, shared by strangers. */
  private pool(key: string, blocks: string[], size: number): string[] {
    let p = this.pools.get(key);
    if (!p) {
      p = [];
      for (let i = 0; i < size; i++) p.push(`${this.rng.pick(blocks)}.${octet(this.rng)}`);
      this.pools.set(key, p);
    }
    return p;
  }

  /** A mobile-data address behind the carrier's CGNAT in a Hunan city, or in Guangdong. */
  mobile(r: Rng, city: string, carrier: Carrier): string {
    const blocks = city === '广东' ? GUANGDONG[carrier] : city === '外省' ? ELSEWHERE : HUNAN[carrier];
    const p = this.pool(`m:${city}:${carrier}`, blocks, carrier === 'mobile' ? 30 : 14);
    const i = Math.min(p.length - 1, Math.floor(p.length * Math.pow(r.next(), 1.6)));
    return `${p[i]}.${octet(r)}`;
  }

  /** One household's broadband address (fresh; it may be redialled another day). */
  broadband(city: string): string {
    if (city === '外省') return this.elsewhere();
    const gd = city === '广东';
    const carrier: Carrier = this.rng.chance(gd ? 0.5 : 0.62) ? 'telecom' : this.rng.chance(0.55) ? 'mobile' : 'unicom';
    return this.fresh(() => `${this.rng.pick((gd ? GUANGDONG : HUNAN)[carrier])}.${octet(this.rng)}.${octet(this.rng)}`);
  }

  /** A broadband address anywhere else in China. */
  elsewhere(): string {
    return this.fresh(() => `${this.rng.pick(ELSEWHERE)}.${octet(this.rng)}.${octet(this.rng)}`);
  }

  /** An institution's NAT: `n` consecutive public addresses of one /24. */
  nat(city: string, n: number): string[] {
    const first = this.broadband(city).split('.');
    const last = Math.min(250 - n, Number(first[3]));
    return Array.from({ length: n }, (_, i) => `${first[0]}.${first[1]}.${first[2]}.${last + i}`);
  }

  /** A hosting /24 prefix ("a.b.c"). */
  cloud24(): string {
    return `${this.rng.pick(CLOUD)}.${octet(this.rng)}`;
  }

  private fresh(make: () => string): string {
    for (;;) {
      const ip = make();
      if (!this.used.has(ip)) {
        this.used.add(ip);
        return ip;
      }
    }
  }
}
