import type { Rng } from '../../heldout/prng';

/** First two octets of carrier ranges (plausible, per carrier) and where they sit. */
const JX = { mobile: ['223.82', '223.83', '223.84', '117.168', '39.164'], telecom: ['117.40', '117.41', '59.52', '59.53', '182.98', '106.225'], unicom: ['118.212', '220.177', '58.17'] };
const GD = { mobile: ['120.229', '120.230', '223.104', '183.232'], telecom: ['113.87', '14.150', '183.37'], unicom: ['112.96', '58.248'] };
const ZJ = { mobile: ['112.17', '223.93', '39.170'], telecom: ['115.192', '60.186'], unicom: ['101.69', '60.12'] };
const FJ = { mobile: ['120.36', '112.48'], telecom: ['27.154', '110.87'], unicom: ['58.22', '36.250'] };
const OTHER = ['61.148', '36.112', '111.19', '123.150', '101.86', '113.240', '124.64', '175.0', '110.184', '222.90'];
const HOSTING = ['47.96', '47.108', '47.113', '101.33', '119.29', '129.226', '124.70', '121.36', '139.9', '49.235', '175.178', '118.31'];

export type Region = 'jiangxi' | 'guangdong' | 'zhejiang' | 'fujian' | 'china';
export type Carrier = 'mobile' | 'telecom' | 'unicom';

const REGION = { jiangxi: JX, guangdong: GD, zhejiang: ZJ, fujian: FJ } as const;

/** Address plans of one run: carriers' CGNAT egress per city, household lines, NATs and hosting /24s. */
export class Networks {
  private readonly cgnat = new Map<string, string[]>();
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  private octets(): string {
    return `${this.rng.int(0, 255)}`;
  }

  /** A /24 never handed out before in this run under the prefix. */
  fresh24(prefix: string): string {
    for (let tries = 0; ; tries++) {
      const p = `${prefix}.${this.rng.int(0, 255)}`;
      // A crowded prefix may run out of unused /24s: then sharing one is fine.
      if (!this.used.has(p) || tries > 40) {
        this.used.add(p);
        return p;
      }
    }
  }

  private prefixes(region: Region, carrier: Carrier): readonly string[] {
    return region === 'china' ? OTHER : REGION[region][carrier];
  }

  /** Mobile data through a carrier's CGNAT: a limited set of egress /24s per (region, place, carrier), so strangers share addresses. */
  mobile(rng: Rng, region: Region, place: string, carrier?: Carrier): string {
    const c = carrier ?? pickCarrier(rng);
    const key = `${region}:${place}:${c}`;
    let pool = this.cgnat.get(key);
    if (!pool) {
      const n = c === 'mobile' ? 18 : 9;
      pool = [];
      for (let i = 0; i < n; i++) pool.push(this.fresh24(this.rng.pick(this.prefixes(region, c))));
      this.cgnat.set(key, pool);
    }
    // Skewed: the first few gateways carry most traffic.
    const i = Math.min(pool.length - 1, Math.floor(rng.exponential(pool.length / 3)));
    return `${pool[i]}.${rng.int(1, 254)}`;
  }

  /** A household broadband address (telecom mostly), fixed for the week in most homes. */
  broadband(region: Region = 'jiangxi', carrier: Carrier = this.rng.chance(0.7) ? 'telecom' : this.rng.chance(0.6) ? 'unicom' : 'mobile'): string {
    return `${this.rng.pick(this.prefixes(region, carrier))}.${this.rng.int(0, 255)}.${this.rng.int(2, 254)}`;
  }

  /** A NAT of `n` consecutive public addresses (government, school, factory, hotel), in one /24. */
  nat(n: number, region: Region = 'jiangxi', carrier: Carrier = 'telecom'): string[] {
    const p = this.fresh24(this.rng.pick(this.prefixes(region, carrier)));
    const first = this.rng.int(2, 250 - n);
    return Array.from({ length: n }, (_, i) => `${p}.${first + i}`);
  }

  /** A hosting (cloud / IDC) /24 prefix. */
  hosting24(): string {
    return this.fresh24(this.rng.pick(HOSTING));
  }

  /** An address outside mainland China carriers: Hong Kong, Malaysia, Singapore, Europe etc. */
  abroad(rng: Rng): string {
    return `${rng.pick(['223.104', '42.2', '175.136', '116.88', '81.2', '73.15', '1.168'])}.${this.octets()}.${rng.int(2, 254)}`;
  }
}

export function pickCarrier(rng: Rng): Carrier {
  const r = rng.next();
  return r < 0.58 ? 'mobile' : r < 0.84 ? 'telecom' : 'unicom';
}
