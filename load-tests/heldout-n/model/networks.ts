import { Rng } from '../../heldout/prng';
import type { City } from './ballot';

/**
 * Where votes come from, as address blocks: each carrier's blocks in Guangxi, Guangdong and the
 * rest of China, foreign access networks and cloud hosting. Blocks are /16 prefixes that the
 * carriers really announce in those provinces as far as I know them; the addresses inside are
 * drawn, not real subscribers.
 */
export type Carrier = 'mobile' | 'telecom' | 'unicom';
/** A Guangxi city, Guangdong (where Guangxi's migrants work), or another province. */
export type Area = City | 'guangdong' | 'elsewhere';

const BLOCKS: Record<'gx' | 'gd' | 'cn', Record<Carrier, readonly string[]>> = {
  gx: {
    mobile: ['117.140', '117.141', '117.142', '117.143', '111.58', '111.59', '36.136', '36.137'],
    telecom: ['113.12', '113.13', '113.14', '113.15', '113.16', '113.17', '180.136', '180.137', '180.138', '180.139', '180.140', '180.141', '171.104', '171.105', '171.106', '171.107', '171.108', '171.109', '222.216', '222.217', '219.159'],
    unicom: ['121.31', '116.252', '116.253', '221.7', '222.84'],
  },
  gd: {
    mobile: ['120.229', '120.230', '120.231', '120.232', '120.235', '120.236', '120.239', '183.232', '183.236', '183.238', '223.104'],
    telecom: ['113.65', '113.66', '113.67', '113.87', '113.88', '113.91', '113.109', '113.110', '14.17', '14.18', '14.23', '14.27', '183.6', '183.12', '183.37', '119.123', '116.22'],
    unicom: ['58.248', '58.249', '58.250', '58.252', '112.91', '112.94', '112.96', '221.4', '210.21'],
  },
  cn: {
    mobile: ['223.64', '223.66', '223.72', '223.88', '223.96', '223.104', '112.17', '111.18', '39.144', '120.204'],
    telecom: ['49.64', '49.72', '49.80', '115.192', '115.200', '60.176', '175.0', '175.8', '27.148', '27.152', '27.16', '27.24', '171.208', '171.216', '182.128', '182.140', '116.52', '220.163', '59.50', '61.183'],
    unicom: ['27.192', '27.200', '123.112', '123.120', '221.192', '221.200', '60.0', '60.10', '112.224', '113.56'],
  },
};

/** Cloud and IDC ranges (Alibaba Cloud, Tencent Cloud, Huawei Cloud, Baidu, a Guangxi IDC). */
const HOSTING = ['47.92', '47.96', '47.106', '47.112', '47.115', '39.96', '39.104', '39.108', '8.134', '8.138', '43.136', '43.138', '43.139', '106.52', '106.53', '106.55', '1.12', '1.13', '1.14', '121.36', '121.37', '139.9', '124.70', '116.205', '180.76', '106.12', '222.217'];

/** Foreign access networks of where Guangxi people live abroad. */
const FOREIGN: Record<'my' | 'sg' | 'vn' | 'us' | 'au' | 'th', readonly string[]> = {
  my: ['175.136', '175.139', '175.140', '175.143', '60.48', '60.50', '210.186'],
  sg: ['116.14', '116.86', '118.200', '119.74'],
  vn: ['113.160', '113.161', '113.185', '14.160', '14.186', '171.224'],
  us: ['73.15', '73.93', '24.6', '24.130', '98.207', '71.202', '108.28'],
  au: ['1.144', '49.180', '101.160', '110.175'],
  th: ['171.96', '171.100', '49.228', '184.22'],
};
export type Country = keyof typeof FOREIGN;

const province = (area: Area): 'gx' | 'gd' | 'cn' => (area === 'guangdong' ? 'gd' : area === 'elsewhere' ? 'cn' : 'gx');

/** Address pools are fixed per run: the same key always gives the same /24s. */
export class Networks {
  private readonly base: string;
  private readonly pools = new Map<string, string[]>();
  private readonly hostingTaken = new Set<string>();

  constructor(private readonly rng: Rng) {
    this.base = String(rng.uint32());
  }

  private pool(key: string, blocks: readonly string[], size: number): string[] {
    let p = this.pools.get(key);
    if (!p) {
      const r = new Rng(`${this.base}:${key}`);
      const set = new Set<string>();
      while (set.size < size) set.add(`${r.pick(blocks)}.${r.int(0, 255)}`);
      this.pools.set(key, (p = [...set]));
    }
    return p;
  }

  /**
   * A mobile-data address: carriers put their subscribers behind CGNAT, a few dozen egress /24s
   * per carrier and city, the first few far busier than the rest, so strangers share addresses.
   */
  mobile(rng: Rng, carrier: Carrier, area: Area): string {
    const size = carrier === 'mobile' ? 24 : 12;
    const p = this.pool(`m:${carrier}:${area}`, BLOCKS[province(area)][carrier], area === 'elsewhere' ? size * 6 : size);
    const i = Math.min(p.length - 1, Math.floor(rng.exponential(p.length / 4)));
    return `${p[i]}.${rng.int(1, 254)}`;
  }

  /** A household broadband address (dynamic: a new one when the modem redials). */
  broadband(rng: Rng, carrier: Carrier, area: Area): string {
    const p = this.pool(`b:${carrier}:${area}`, BLOCKS[province(area)][carrier], area === 'elsewhere' ? 600 : 160);
    return `${rng.pick(p)}.${rng.int(2, 254)}`;
  }

  /** A fixed office, campus or government exit: `count` consecutive addresses in a business /24. */
  nat(rng: Rng, carrier: Carrier, area: Area, count = 1): string[] {
    const p = this.pool(`n:${carrier}:${area}`, BLOCKS[province(area)][carrier], 64);
    const prefix = rng.pick(p);
    const first = rng.int(2, 250 - count);
    return Array.from({ length: count }, (_, i) => `${prefix}.${first + i}`);
  }

  /** A cloud or IDC /24 nobody else in this run uses (as `a.b.c`). */
  hosting(rng: Rng): string {
    for (;;) {
      const s = `${rng.pick(HOSTING)}.${rng.int(0, 255)}`;
      if (!this.hostingTaken.has(s)) {
        this.hostingTaken.add(s);
        return s;
      }
    }
  }

  /** An address abroad. */
  foreign(rng: Rng, country: Country): string {
    return `${rng.pick(FOREIGN[country])}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  }

  /** A carrier for a person of this area: mobile data share, or home broadband share. */
  static carrier(rng: Rng, broadband: boolean): Carrier {
    const r = rng.next();
    if (broadband) return r < 0.55 ? 'telecom' : r < 0.85 ? 'mobile' : 'unicom';
    return r < 0.6 ? 'mobile' : r < 0.82 ? 'telecom' : 'unicom';
  }
}
